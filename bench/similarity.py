"""`python -m bench.similarity [--quick]`: the similarity engine against copydetect 0.5.0 on the same files, one run.

Prints ROC AUC per disguise level and language on the evaluation set (bench/similarity_eval, as its manifest lists
it) for both, the CPU seconds each spent there and on 1,000 unrelated synthetic submissions of ~200 lines, and the
engine's cost at 100, 1,000 and 5,000.
CPU time is this process's own (both run in it, one after the other, on one core).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.similarity_quality import LEVEL_NAMES, LEVELS, cases, quality, score_all
from bench.similarity_scorers import copydetect_scores, product_scores
from bench.synthetic_code import program
from jobs.similarity import Submission, compare
from tables.enums import Language

RESULTS = Path(__file__).parent / "results"


def _cpu(work) -> tuple[object, float]:
    started = time.process_time()
    result = work()
    return result, time.process_time() - started


def _write_programs(folder: Path, count: int) -> list[Path]:
    paths = []
    for seed in range(count):
        path = folder / f"s{seed:05d}.py"
        path.write_text(program(seed))
        paths.append(path)
    return paths


def _copydetect_all_pairs(folder: Path) -> None:
    """copydetect as its users run it: every file against every other (it has no index), no report."""
    from copydetect import CopyDetector

    detector = CopyDetector(test_dirs=[str(folder)], extensions=["py"], silent=True, autoopen=False)
    detector.run()


def _engine_all(paths: list[Path]) -> int:
    return len(compare(Language.python, [Submission(path, path.read_text()) for path in paths]))


def scale(sizes: tuple[int, ...], copydetect_at: int) -> dict:
    figures: dict = {"engine_cpu_s": {}, "engine_pairs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            paths = _write_programs(folder, size)
            pairs, seconds = _cpu(lambda paths=paths: _engine_all(paths))
            figures["engine_cpu_s"][size], figures["engine_pairs"][size] = seconds, pairs
            if size == copydetect_at:
                figures["copydetect_cpu_s"] = _cpu(lambda folder=folder: _copydetect_all_pairs(folder))[1]
    return figures


def evaluate() -> dict:
    all_cases = cases()
    product, product_cpu = _cpu(lambda: score_all(product_scores, all_cases))
    other, other_cpu = _cpu(lambda: score_all(copydetect_scores, all_cases))
    return {
        "product": quality(product, all_cases),
        "copydetect": quality(other, all_cases),
        "product_cpu_s": product_cpu,
        "copydetect_cpu_s": other_cpu,
        "cases": len(all_cases),
        "pairs": len(product),
    }


def _quality_rows(figures: dict) -> list[list[str]]:
    ours, theirs = figures["product"], figures["copydetect"]
    languages = [language for language in ours if language not in ("all", "any")]
    out = []
    for level in LEVELS:
        mine, other = ours["all"][level], theirs["all"][level]
        each = ", ".join(
            f"{language} {ours[language][level]['auc']:.3f} vs {theirs[language][level]['auc']:.3f}"
            for language in languages
        )
        out.append(
            [
                f"AUC {level} {LEVEL_NAMES[level]} ({mine['copies']} copies)",
                f"{mine['auc']:.3f} vs {other['auc']:.3f}",
                "(info)",
                f"{each}; lowest copy {mine['lowest_copy']:.2f} vs {other['lowest_copy']:.2f}, highest independent "
                f"{mine['highest_independent']:.2f} vs {other['highest_independent']:.2f}",
            ]
        )
    means = {name: _mean_auc(figures[name]["all"]) for name in ("product", "copydetect")}
    each = ", ".join(f"{lang} {_mean_auc(ours[lang]):.3f} vs {_mean_auc(theirs[lang]):.3f}" for lang in languages)
    out.append(
        [
            "AUC, mean of L1-L6 and combined",
            f"{means['product']:.3f} vs {means['copydetect']:.3f}",
            ">= 0.9",
            f"{each}; {figures['cases']} tasks, {figures['pairs']} pairs",
        ]
    )
    out.append(
        [
            "CPU on the evaluation set",
            f"{figures['product_cpu_s']:.2f} vs {figures['copydetect_cpu_s']:.2f} s",
            "(info)",
            "product vs copydetect, the same files",
        ]
    )
    return out


def _mean_auc(per_level: dict) -> float:
    return sum(per_level[level]["auc"] for level in LEVELS) / len(LEVELS)


def rows(quality_figures: dict, scale_figures: dict, at: int) -> list[list[str]]:
    out = _quality_rows(quality_figures)
    engine = scale_figures["engine_cpu_s"]
    if "copydetect_cpu_s" in scale_figures:
        ratio = scale_figures["copydetect_cpu_s"] / engine[at]
        out.append(
            [
                f"CPU at {at} submissions of ~200 lines",
                f"{ratio:.1f}x less",
                ">= 10x",
                f"{engine[at]:.1f} s vs copydetect {scale_figures['copydetect_cpu_s']:.1f} s",
            ]
        )
    sizes = sorted(engine)
    growth = ", ".join(f"{size}: {engine[size]:.1f} s ({scale_figures['engine_pairs'][size]} pairs)" for size in sizes)
    per = engine[sizes[-1]] / sizes[-1] / (engine[sizes[0]] / sizes[0])
    out.append(
        [
            "Engine cost by submissions",
            f"{per:.2f}x per submission",
            "near 1 (linear)",
            f"{growth}; per-submission cost at {sizes[-1]} over that at {sizes[0]}",
        ]
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 and 300 submissions; copydetect at 300")
    args = parser.parse_args()
    sizes, at = ((100, 300), 300) if args.quick else ((100, 1000, 5000), 1000)
    quality_figures = evaluate()
    scale_figures = scale(sizes, at)
    lines = ["| measure | result | target | absolute |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows(quality_figures, scale_figures, at)]
    print("\n".join(lines))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kind = "quick" if args.quick else "full"
    path = RESULTS / f"{stamp}-similarity-{kind}-{commit}.json"
    path.write_text(json.dumps({"quality": quality_figures, "scale": scale_figures, "commit": commit}, indent=1))
    print(f"results: {path}")


if __name__ == "__main__":
    main()
