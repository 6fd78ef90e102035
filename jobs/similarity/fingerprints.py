"""k-gram hashes, winnowing (Schleimer, Wilkerson and Aiken, 2003) and the inverted index of fingerprints.

The index pairs only submissions that share fingerprints, so the cost grows with the pairs that match, not with
every pair; a fingerprint held by more than `max_posting` submissions pairs nobody (it is an idiom, not a copy).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations


def _sliding(values: list[int], width: int, join: Callable[[list[int], list[int]], list[int]]) -> list[int]:
    """`join` folded over every run of `width` values, by the run's first position.

    Runs are built by doubling (pairs, pairs of pairs, ...) and `join` works on whole lists, so each step is one pass
    in C rather than a Python loop per symbol."""
    levels = {1: values}
    size = 1
    while size * 2 <= width:
        levels[size * 2] = join(levels[size], levels[size][size:])
        size *= 2
    result, covered = levels[size], size
    while covered < width:
        part = 1 << ((width - covered).bit_length() - 1)
        result = join(result, levels[part][covered:])
        covered += part
    return result


def _hash_pairs(first: list[int], second: list[int]) -> list[int]:
    return list(map(hash, zip(first, second, strict=False)))  # the second may run longer


def _min_pairs(first: list[int], second: list[int]) -> list[int]:
    return list(map(min, first, second))


def kgram_hashes(symbols: list[int], k: int) -> list[int]:
    """A hash of every run of `k` symbols, by its first position; it depends only on the run's symbols (tuples of
    ints hash the same in every process)."""
    return _sliding(list(symbols), k, _hash_pairs)


def winnow(hashes: list[int], window: int) -> set[int]:
    """The smallest hash of every `window` consecutive k-grams: any passage of window + k - 1 symbols shared by two
    streams leaves at least one fingerprint in both."""
    if len(hashes) <= window:
        return set(hashes)
    return set(_sliding(hashes, window, _min_pairs))


def postings(fingerprints: list[set[int]]) -> dict[int, list[int]]:
    """Fingerprint -> the submissions (by index) that hold it."""
    index: dict[int, list[int]] = defaultdict(list)
    for document, held in enumerate(fingerprints):
        for fingerprint in held:
            index[fingerprint].append(document)
    return index


def candidate_pairs(
    index: dict[int, list[int]],
    ignored: set[int],
    sizes: list[int],
    *,
    max_posting: int,
    min_shared: int,
    min_overlap: float,
    wanted: Iterable[int],
) -> list[tuple[int, int]]:
    """Pairs (i < j), one of them in `wanted`, sharing at least `min_shared` fingerprints outside `ignored` and at
    least `min_overlap` of the smaller one's (`sizes`: each submission's fingerprints outside `ignored`)."""
    wanted = set(wanted)
    shared: Counter[tuple[int, int]] = Counter()
    for fingerprint, documents in index.items():
        if 2 <= len(documents) <= max_posting and fingerprint not in ignored:
            shared.update(combinations(documents, 2))
    return sorted(
        (i, j)
        for (i, j), count in shared.items()
        if count >= max(min_shared, min_overlap * min(sizes[i], sizes[j])) and (i in wanted or j in wanted)
    )
