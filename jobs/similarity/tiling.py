"""Greedy string tiling (Wise, 1993; as JPlag runs it), seeded by the k-gram hashes already computed.

Tiles are maximal common runs of at least `k` symbols, taken longest first and never overlapping: a function moved
elsewhere, statements swapped or dead code inserted between them only cut the copy into more tiles.
"""

from __future__ import annotations

from collections import defaultdict

Tile = tuple[int, int, int]  # start in a, start in b, length


def _runs(available: bytearray) -> list[int]:
    """How many available symbols start at each position."""
    runs = [0] * (len(available) + 1)
    for position in range(len(available) - 1, -1, -1):
        runs[position] = runs[position + 1] + 1 if available[position] else 0
    return runs


def _seeds(
    a: list[int], b: list[int], hashes_a: list[int], hashes_b: list[int], free_a: bytearray, free_b: bytearray, k: int
) -> list[Tile]:
    """Every maximal common run of at least `k` free symbols, as (length, start a, start b) for sorting."""
    runs_a, runs_b = _runs(free_a), _runs(free_b)
    where: dict[int, list[int]] = defaultdict(list)
    for start, value in enumerate(hashes_b):
        if runs_b[start] >= k:
            where[value].append(start)
    found: list[Tile] = []
    for i, value in enumerate(hashes_a):
        if runs_a[i] < k or value not in where:
            continue
        for j in where[value]:
            if i and j and a[i - 1] == b[j - 1] and free_a[i - 1] and free_b[j - 1]:
                continue  # the run that starts one symbol earlier holds this one
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
    tiles: list[Tile] = []
    while seeds := _seeds(a, b, hashes_a, hashes_b, free_a, free_b, k):
        seeds.sort(reverse=True)
        for length, i, j in seeds:
            if free_a.find(0, i, i + length) == -1 and free_b.find(0, j, j + length) == -1:
                free_a[i : i + length] = bytes(length)
                free_b[j : j + length] = bytes(length)
                tiles.append((i, j, length))
    return tiles
