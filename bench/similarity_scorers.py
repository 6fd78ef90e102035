"""The two scorers the similarity benchmark runs side by side: the product's engine and copydetect 0.5.0."""

from __future__ import annotations

from pathlib import Path, PurePath

from jobs.similarity import Options, Submission, compare
from tables.enums import LANGUAGES

COPYDETECT_EXTENSIONS = {language: PurePath(info.source_file).suffix[1:] for language, info in LANGUAGES.items()}


def product_scores(
    language: str, files: dict[Path, str], wanted: list[tuple[Path, Path]], options: Options = Options()
) -> dict[tuple[Path, Path], float]:
    """Every file as a submission of one question; a pair the index never proposed scores 0."""
    pairs = compare(language, [Submission(path, code) for path, code in files.items()], options=options)
    found = {frozenset((pair.a, pair.b)): pair.score for pair in pairs}
    return {pair: found.get(frozenset(pair), 0.0) for pair in wanted}


def copydetect_scores(
    language: str, files: dict[Path, str], wanted: list[tuple[Path, Path]]
) -> dict[tuple[Path, Path], float]:
    """copydetect's own fingerprints (default noise and guarantee thresholds) and pairwise comparison; a pair's
    score is the mean of its two directed similarities (each file's share of copied tokens)."""
    from copydetect import CodeFingerprint, compare_files, defaults

    window = defaults.GUARANTEE_THRESHOLD - defaults.NOISE_THRESHOLD + 1
    prints = {path: CodeFingerprint(str(path), defaults.NOISE_THRESHOLD, window) for path in files}
    scores = {}
    for first, second in wanted:
        _, (one, two), _ = compare_files(prints[first], prints[second])
        scores[(first, second)] = (float(one) + float(two)) / 2
    return scores
