"""Ranking quality on the committed evaluation set, as its manifest (bench/similarity_eval/manifest.json) lists it.

Each task holds an original, independent solutions written apart, and disguised copies of the original (one or
several of the six classic levels). A copy pair is the original with one copy; an independent pair is any two of the
original and the independent solutions of one task. AUC: the chance that a copy pair scores above an independent
pair (ties count half), per level and language against that language's independent pairs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

EVAL = Path(__file__).parent / "similarity_eval"
MANIFEST = EVAL / "manifest.json"
LEVELS = ("L1", "L2", "L3", "L4", "L5", "L6", "combined")
LEVEL_NAMES = {
    "L1": "comments and layout",
    "L2": "renamed identifiers",
    "L3": "reordered declarations",
    "L4": "reordered statements",
    "L5": "changed control structures",
    "L6": "inserted dead code",
    "combined": "several at once",
}

# a scorer sees every file of one language at once (as a class's submissions) and scores the pairs asked for
Scorer = Callable[[str, dict[Path, str], list[tuple[Path, Path]]], dict[tuple[Path, Path], float]]


@dataclass(frozen=True)
class Copy:
    path: Path
    level: str
    disguises: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    language: str
    task: Path
    original: Path
    independent: tuple[Path, ...]
    copies: tuple[Copy, ...]

    @property
    def files(self) -> list[Path]:
        return [self.original, *self.independent, *(copy.path for copy in self.copies)]

    def copy_pairs(self) -> list[tuple[Copy, tuple[Path, Path]]]:
        return [(copy, (self.original, copy.path)) for copy in self.copies]

    def independent_pairs(self) -> list[tuple[Path, Path]]:
        return list(combinations((self.original, *self.independent), 2))


def cases(manifest: Path = MANIFEST) -> list[Case]:
    found = []
    for task in json.loads(manifest.read_text())["tasks"]:
        folder = manifest.parent / task["task"]
        copies = tuple(Copy(folder / c["file"], c["level"], tuple(c["disguises"])) for c in task["copies"])
        independent = tuple(folder / name for name in task["independent"])
        found.append(Case(task["language"], folder, folder / task["original"], independent, copies))
    return found


def auc(positives: list[float], negatives: list[float]) -> float:
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def score_all(scorer: Scorer, all_cases: list[Case]) -> dict[tuple[Path, Path], float]:
    scores: dict[tuple[Path, Path], float] = {}
    for language in sorted({case.language for case in all_cases}):
        chosen = [case for case in all_cases if case.language == language]
        files = {path: path.read_text() for case in chosen for path in case.files}
        wanted = [pair for case in chosen for pair in (*(p for _, p in case.copy_pairs()), *case.independent_pairs())]
        scores.update(scorer(language, files, wanted))
    return scores


def _figures(positives: list[float], negatives: list[float]) -> dict[str, float]:
    return {
        "auc": auc(positives, negatives),
        "lowest_copy": min(positives),
        "highest_independent": max(negatives),
        "copies": len(positives),
    }


def quality(scores: dict[tuple[Path, Path], float], all_cases: list[Case]) -> dict[str, dict]:
    """Per language (and `all`) and level: AUC of its copies against that language's independent pairs."""
    report: dict[str, dict] = {}
    languages = sorted({case.language for case in all_cases})
    for language in (*languages, "all"):
        chosen = [case for case in all_cases if language in ("all", case.language)]
        negatives = [scores[pair] for case in chosen for pair in case.independent_pairs()]
        copies = [(copy.level, scores[pair]) for case in chosen for copy, pair in case.copy_pairs()]
        report[language] = {
            level: _figures([score for at, score in copies if at == level], negatives)
            for level in LEVELS
            if any(at == level for at, _ in copies)
        }
        report[language]["any"] = _figures([score for _, score in copies], negatives)
    return report
