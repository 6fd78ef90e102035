"""Ranking quality on the committed evaluation set (bench/similarity_eval/<language>/<task>/).

Each task holds `original.*`, independent solutions `independent_*.*` and disguised copies of the original at the
six classic levels, cumulative (`L1_*` comments and layout ... `L6_*` dead code inserted). A copy pair is the
original with one copy; an independent pair is any two of the original and the independent solutions of one task.
AUC per level: the chance that a copy pair scores above an independent pair (ties count half).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path, PurePath

from tables.enums import LANGUAGES

EVAL = Path(__file__).parent / "similarity_eval"
LEVELS = ("L1", "L2", "L3", "L4", "L5", "L6")
LEVEL_NAMES = {
    "L1": "comments and layout",
    "L2": "renamed identifiers",
    "L3": "reordered declarations",
    "L4": "reordered statements",
    "L5": "changed control structures",
    "L6": "inserted dead code",
}
EXTENSIONS = {PurePath(info.source_file).suffix[1:]: language for language, info in LANGUAGES.items()}

# a scorer sees every file of one language at once (as a class's submissions) and scores the pairs asked for
Scorer = Callable[[str, dict[Path, str], list[tuple[Path, Path]]], dict[tuple[Path, Path], float]]


@dataclass(frozen=True)
class Case:
    language: str
    task: Path
    files: dict[str, Path]  # stem -> path

    def copy_pairs(self) -> dict[str, tuple[Path, Path]]:
        original = self.files["original"]
        return {stem[:2]: (original, path) for stem, path in self.files.items() if stem[:2] in LEVELS}

    def independent_pairs(self) -> list[tuple[Path, Path]]:
        solutions = [path for stem, path in sorted(self.files.items()) if stem[:2] not in LEVELS]
        return list(combinations(solutions, 2))


def cases(root: Path = EVAL) -> list[Case]:
    found = []
    for task in sorted(path for path in root.glob("*/*") if path.is_dir()):
        files = {path.stem: path for path in sorted(task.iterdir()) if path.suffix[1:] in EXTENSIONS}
        language = EXTENSIONS[next(iter(files.values())).suffix[1:]]
        found.append(Case(language, task, files))
    return found


def auc(positives: list[float], negatives: list[float]) -> float:
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def score_all(scorer: Scorer, all_cases: list[Case]) -> dict[tuple[Path, Path], float]:
    scores: dict[tuple[Path, Path], float] = {}
    for language in sorted({case.language for case in all_cases}):
        chosen = [case for case in all_cases if case.language == language]
        files = {path: path.read_text() for case in chosen for path in case.files.values()}
        wanted = [pair for case in chosen for pair in (*case.copy_pairs().values(), *case.independent_pairs())]
        scores.update(scorer(language, files, wanted))
    return scores


def quality(scores: dict[tuple[Path, Path], float], all_cases: list[Case]) -> dict[str, dict[str, float]]:
    """Per level: AUC of its copies against every independent pair, and the margins the tests speak of."""
    negatives = [scores[pair] for case in all_cases for pair in case.independent_pairs()]
    report = {}
    for level in LEVELS:
        positives = [scores[case.copy_pairs()[level]] for case in all_cases]
        report[level] = {
            "auc": auc(positives, negatives),
            "lowest_copy": min(positives),
            "highest_independent": max(negatives),
        }
    return report
