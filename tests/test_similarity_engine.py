"""The similarity engine alone (no database): ranking on the evaluation set, what is ignored, where matches are."""

from __future__ import annotations

import re

import pytest

from bench.similarity_quality import EVAL, LEVELS, Case, Copy, cases, score_all
from bench.similarity_scorers import product_scores
from jobs.similarity import Submission, compare
from jobs.similarity.tokens import Vocabulary, tokenize

ALL_CASES = cases()
SCORES = score_all(product_scores, ALL_CASES)
INDEPENDENT = {pair: SCORES[pair] for case in ALL_CASES for pair in case.independent_pairs()}
SINGLE = [(case, copy) for case in ALL_CASES for copy in case.copies if copy.level != "combined"]

STARTER = '''import sys


def read_matrix():
    """Read the matrix: first line rows and columns, then one row per line."""
    rows, cols = map(int, sys.stdin.readline().split())
    matrix = []
    for _ in range(rows):
        matrix.append([int(value) for value in sys.stdin.readline().split()])
    return matrix, rows, cols


def print_matrix(matrix):
    for row in matrix:
        print(" ".join(str(value) for value in row))
'''


def test_the_evaluation_set_has_six_tasks_per_language_and_every_level_in_each() -> None:
    """The manifest lists every file of the set (and only those), and each language has tasks enough to speak of."""
    listed = {path for case in ALL_CASES for path in case.files}
    on_disk = {path for path in EVAL.glob("*/*/*") if path.is_file()}
    assert listed == on_disk
    for language in ("python", "c", "java"):
        chosen = [case for case in ALL_CASES if case.language == language]
        assert len(chosen) >= 6 and all(len(case.independent) >= 3 for case in chosen), language
        assert {copy.level for case in chosen for copy in case.copies} == set(LEVELS), language


@pytest.mark.parametrize(("case", "copy"), SINGLE, ids=[f"{case.task.name}/{copy.path.stem}" for case, copy in SINGLE])
def test_a_disguised_copy_at_each_level_ranks_above_every_independent_pair(case: Case, copy: Copy) -> None:
    """Driven by the manifest: every copy carrying one disguise (L1-L6) scores above every independent pair of the
    whole set, the hard negatives of the short tasks included."""
    highest = max(INDEPENDENT, key=INDEPENDENT.get)
    assert SCORES[(case.original, copy.path)] > INDEPENDENT[highest], (SCORES[(case.original, copy.path)], highest)


def test_a_counted_loop_and_its_while_loop_are_the_same_tokens() -> None:
    c_like = "void f(int n) { int t = 0; %s }"
    for language, wrap, counted, written_out in (
        ("c", c_like, "for (int i = 0; i < n; i++) { t += i; }", "int i = 0; while (i < n) { t += i; i++; }"),
        (
            "java",
            f"class A {{ {c_like} }}",
            "for (int i = 0; i < n; i += 1) t += i;",
            "int i = 0; while (i < n) {t += i; i += 1;}",
        ),
        ("python", "%s", "for i in range(2, n):\n    t += i\n", "i = 2\nwhile i < n:\n    t += i\n    i += 1\n"),
    ):
        assert _symbols(wrap % counted, language) == _symbols(wrap % written_out, language), language


def test_a_switch_and_its_if_chain_are_the_same_tokens() -> None:
    switch = "switch (c) { case 1: case 2: x(); break; case 3: y(); break; default: z(); }"
    chain = "if (c == 1 || c == 2) { x(); } else if (c == 3) y(); else { z(); }"
    assert _symbols(f"void f(int c) {{ {switch} }}", "c") == _symbols(f"void f(int c) {{ {chain} }}", "c")
    java = "class A {{ void f(int c) {{ {} }} }}"
    assert _symbols(java.format(switch), "java") == _symbols(java.format(chain), "java")


def test_a_chosen_value_and_its_branches_are_the_same_tokens() -> None:
    c_like = "void f(int c) { %s }"
    for language, wrap, chosen, branches in (
        (
            "c",
            c_like,
            "long l = c > 0 ? 1 : c; l = c ? l : 2;",
            "long l; if (c > 0) l = 1; else l = c; if (c) l = l; else l = 2;",
        ),
        ("java", f"class A {{ {c_like} }}", "int l = c > 0 ? 1 : c;", "int l;\nif (c > 0) { l = 1; } else { l = c; }"),
        ("python", "%s", "l = 1 if c > 0 else c\n", "if c > 0:\n    l = 1\nelse:\n    l = c\n"),
    ):
        assert _symbols(wrap % chosen, language) == _symbols(wrap % branches, language), language


def test_loops_and_switches_nested_past_any_depth_keep_their_tokens() -> None:
    """The rewritten forms recurse; a hostile submission nesting 500 deep is tokenized all the same."""
    loops = "void f() {" + "for (int i = 0; i < 1; i++) {" * 500 + "x();" + "}" * 501
    assert _symbols(loops, "c").count("for") == 500
    switches = "class A { void f(int c) {" + "switch (c) { case 1: " * 500 + "x();" + "}" * 502
    symbols = _symbols(switches, "java")
    assert symbols.count("if") >= 500 and symbols[-3:] == ["ID", "(", ")"]  # every switch, and the call inside


def _symbols(code: str, language: str) -> list[str]:
    vocabulary = Vocabulary()
    symbols, _ = tokenize(code, language, vocabulary)
    names = {number: symbol for symbol, number in vocabulary.ids.items()}
    return [names[number] for number in symbols]


def test_starter_code_alone_never_makes_a_pair_similar() -> None:
    """Two students who kept the whole starter code and wrote different bodies: nothing in common but what they
    were given. Without the starter code ignored, the same pair would be reported."""
    first = STARTER + "\n\nmatrix, rows, cols = read_matrix()\nprint(sum(sum(row) for row in matrix))\n"
    second = STARTER + (
        "\n\ndef transpose(m):\n    return [list(column) for column in zip(*m)]\n\n\n"
        "grid, r, c = read_matrix()\nprint_matrix(transpose(grid))\n"
    )
    submissions = [Submission("first", first), Submission("second", second)]
    assert compare("python", submissions, ignore=[STARTER]) == []
    unaware = compare("python", submissions)
    assert unaware and unaware[0].score > 0.5  # the guard: the starter code alone does look like a copy


def test_matched_regions_point_at_the_copied_lines() -> None:
    """A function copied into an otherwise different program is reported at its lines in both files."""
    copied = """def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
"""
    renamed = re.sub(r"\bn\b", "x", copied.replace("collatz_length", "chain").replace("steps", "count"))
    first = "import sys\n\n" + copied + "\n\nprint(max(range(1, 1000), key=collatz_length))\n"  # lines 3-11
    second = (
        "values = [int(v) for v in input().split()]\ntotal = 0\nfor v in values:\n    total += v * v\n\n\n"
        + renamed  # lines 7-15
        + "\n\nprint(total, chain(total))\n"
    )
    [pair] = compare("python", [Submission("a", first), Submission("b", second)])
    assert pair.regions, pair
    lines_a = set().union(*(range(r.a_first, r.a_last + 1) for r in pair.regions))
    lines_b = set().union(*(range(r.b_first, r.b_last + 1) for r in pair.regions))
    assert lines_a <= set(range(3, 12)) and len(lines_a) >= 7, pair.regions
    assert lines_b <= set(range(7, 16)) and len(lines_b) >= 7, pair.regions


def test_earlier_terms_are_compared_with_current_submissions_only() -> None:
    code = next(case for case in ALL_CASES if case.language == "python").original.read_text()
    submissions = [Submission("old-1", code, current=False), Submission("old-2", code, current=False)]
    assert compare("python", submissions) == []
    pairs = compare("python", [*submissions, Submission("now", code)])
    assert {frozenset((pair.a, pair.b)) for pair in pairs} == {frozenset(("now", "old-1")), frozenset(("now", "old-2"))}
