"""k-gram hashes, winnowing (Schleimer, Wilkerson and Aiken, 2003) and the inverted index of fingerprints.

The index pairs only submissions that share fingerprints, so the cost grows with the pairs that match, not with
every pair; a fingerprint held by more than `max_posting` submissions pairs nobody (it is an idiom, not a copy).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations


def kgram_hashes(symbols: list[int], k: int) -> list[int]:
    """The hash of every run of `k` symbols, by its first position (tuples of ints hash the same in every process)."""
    return [hash(tuple(symbols[start : start + k])) for start in range(len(symbols) - k + 1)]


def winnow(hashes: list[int], window: int) -> set[int]:
    """The smallest hash of every `window` consecutive k-grams: any passage of window + k - 1 symbols shared by two
    streams leaves at least one fingerprint in both."""
    if len(hashes) <= window:
        return set(hashes)
    return {min(hashes[start : start + window]) for start in range(len(hashes) - window + 1)}


def postings(fingerprints: list[set[int]]) -> dict[int, list[int]]:
    """Fingerprint -> the submissions (by index) that hold it."""
    index: dict[int, list[int]] = defaultdict(list)
    for document, held in enumerate(fingerprints):
        for fingerprint in held:
            index[fingerprint].append(document)
    return index


def candidate_pairs(
    index: dict[int, list[int]], ignored: set[int], *, max_posting: int, min_shared: int, wanted: Iterable[int]
) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least `min_shared` fingerprints outside `ignored`, one of them in `wanted`."""
    wanted = set(wanted)
    shared: Counter[tuple[int, int]] = Counter()
    for fingerprint, documents in index.items():
        if 2 <= len(documents) <= max_posting and fingerprint not in ignored:
            shared.update(combinations(documents, 2))
    return sorted(pair for pair, count in shared.items() if count >= min_shared and (wanted & set(pair)))
