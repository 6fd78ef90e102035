"""Greedy string tiling (Wise, 1993; as JPlag runs it), seeded by the k-gram hashes already computed.

Tiles are maximal common runs of at least `k` symbols, taken longest first and never overlapping: a function moved
elsewhere, statements swapped or dead code inserted between them only cut the copy into more tiles. Only positions
whose k-gram the other stream also holds are ever looked at, so an unrelated pair costs two set operations.
"""

from __future__ import annotations

from collections import defaultdict

Tile = tuple[int, int, int]  # start in a, start in b, length


def _runs(free: bytearray) -> list[int]:
    """How many free symbols start at each position (slices, not a loop per symbol)."""
    runs = [0] * (len(free) + 1)
    start = free.find(1)
    while start != -1:
        end = free.find(0, start)
        end = len(free) if end == -1 else end
        runs[start:end] = range(end - start, 0, -1)
        start = free.find(1, end)
    return runs


def _seeds(a: list[int], b: list[int], starts: tuple, free: tuple[bytearray, bytearray], k: int) -> list[Tile]:
    """Every maximal common run of at least `k` free symbols, as (length, start in a, start in b)."""
    starts_a, starts_b = starts
    free_a, free_b = free
    runs_a, runs_b = _runs(free_a), _runs(free_b)
    found: list[Tile] = []
    for i, value in starts_a:
        if runs_a[i] < k:
            continue
        for j in starts_b[value]:
            if runs_b[j] < k or (i and j and a[i - 1] == b[j - 1] and free_a[i - 1] and free_b[j - 1]):
                continue  # not free, or the run starting one symbol earlier holds this one
            limit = min(runs_a[i], runs_b[j])
            length = 0
            while length < limit and a[i + length] == b[j + length]:
                length += 1
            if length >= k:
                found.append((length, i, j))
    return found


def tile(
    a: list[int], b: list[int], hashes_a: list[int], hashes_b: list[int], free_a: bytearray, free_b: bytearray, k: int
) -> list[Tile]:
    """The tiles of `a` and `b`; `free_*` (1 = may match) are consumed. Positions outside them never match."""
    shared = set(hashes_a).intersection(hashes_b)
    if not shared:
        return []
    starts_a = [(i, value) for i, value in enumerate(hashes_a) if value in shared]
    starts_b: dict[int, list[int]] = defaultdict(list)
    for j, value in enumerate(hashes_b):
        if value in shared:
            starts_b[value].append(j)
    tiles: list[Tile] = []
    while seeds := _seeds(a, b, (starts_a, starts_b), (free_a, free_b), k):
        seeds.sort(reverse=True)
        for length, i, j in seeds:
            if free_a.find(0, i, i + length) == -1 and free_b.find(0, j, j + length) == -1:
                free_a[i : i + length] = bytes(length)
                free_b[j : j + length] = bytes(length)
                tiles.append((i, j, length))
    return tiles
