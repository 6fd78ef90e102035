"""Rank the pairs of one question's submissions by how much of their code one could have taken from the other.

Ignored before anything is compared: every k-gram of the starter code and of the reference solution, and every
fingerprint held by more than `common_share` of the submissions (and more than `common_min` of them): what every
student was given or is expected to write alike never makes two of them similar.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from jobs.similarity.fingerprints import candidate_pairs, kgram_hashes, postings, winnow
from jobs.similarity.tiling import tile
from jobs.similarity.tokens import Vocabulary, tokenize


@dataclass(frozen=True)
class Options:
    k: int = 8  # symbols in a k-gram, and the shortest passage that counts as matched
    window: int = 5  # winnowing window: passages of k + window - 1 symbols are always seen by the index
    common_share: float = 0.5  # a fingerprint held by more than this share of the submissions is ignored...
    common_min: int = 3  # ...when also held by more than this many (two students alone are never "common")
    max_posting: int = 32  # a fingerprint held by more submissions than this pairs nobody
    min_shared: int = 3  # fingerprints two submissions must share to be aligned...
    min_overlap: float = 0.1  # ...and this share of the smaller one's fingerprints
    min_score: float = 0.0  # pairs scoring below this are left out of the result


@dataclass(frozen=True)
class Submission:
    key: Hashable  # what the caller knows it by (an attempt id)
    code: str
    current: bool = True  # False: an earlier term's, compared with current ones only


@dataclass(frozen=True, order=True)
class Region:
    """Matched lines, inclusive and 1-based, in the first and the second submission of a pair."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int


@dataclass(frozen=True)
class Pair:
    a: Hashable
    b: Hashable
    score: float  # matched symbols of both over their symbols not ignored, in [0, 1]
    matched_tokens: int
    regions: list[Region] = field(default_factory=list)


@dataclass
class _Stream:
    symbols: list[int]
    lines: list[int]
    hashes: list[int]


def _ignored_kgrams(code: Sequence[str], language: str, vocabulary: Vocabulary, k: int) -> set[int]:
    ignored: set[int] = set()
    for text in code:
        if text:
            ignored.update(kgram_hashes(tokenize(text, language, vocabulary)[0], k))
    return ignored


def _free(stream: _Stream, ignored: set[int], k: int) -> bytearray:
    """1 where a symbol may match: not inside any ignored k-gram."""
    free = bytearray(b"\x01") * len(stream.symbols)
    for start, value in enumerate(stream.hashes):
        if value in ignored:
            free[start : start + k] = bytes(len(free[start : start + k]))
    return free


def _span(lines: list[int], per_line: Counter[int], start: int, length: int) -> tuple[int, int]:
    """The lines a tile covers, without a first or last line it holds no more than half the tokens of (a tile may
    run a token or two into the next statement when that reads alike)."""
    end = start + length
    first, last = lines[start], lines[end - 1]
    head = bisect_right(lines, first, start, end) - start
    if first < last and head * 2 <= per_line[first]:
        first = lines[start + head]
    tail = end - bisect_left(lines, last, start, end)
    if first < last and tail * 2 <= per_line[last]:
        last = lines[end - tail - 1]
    return first, last


def _pair(first: _Stream, second: _Stream, free: tuple[bytearray, bytearray], k: int) -> tuple[float, list, int]:
    size = sum(free[0]) + sum(free[1])
    tiles = tile(first.symbols, second.symbols, first.hashes, second.hashes, bytearray(free[0]), bytearray(free[1]), k)
    matched = sum(length for _, _, length in tiles)
    per_a, per_b = Counter(first.lines), Counter(second.lines)
    regions = sorted(
        Region(*_span(first.lines, per_a, i, length), *_span(second.lines, per_b, j, length)) for i, j, length in tiles
    )
    return (min(1.0, 2 * matched / size) if size else 0.0), regions, matched


def compare(
    language: str, submissions: Sequence[Submission], *, ignore: Sequence[str] = (), options: Options = Options()
) -> list[Pair]:
    """Pairs with at least one current submission, best first; `ignore`: starter code and reference solution."""
    k = options.k
    vocabulary = Vocabulary()
    streams = []
    for submission in submissions:
        symbols, lines = tokenize(submission.code, language, vocabulary)
        streams.append(_Stream(symbols, lines, kgram_hashes(symbols, k)))
    ignored = _ignored_kgrams(ignore, language, vocabulary, k)
    fingerprints = [winnow(stream.hashes, options.window) - ignored for stream in streams]
    index = postings(fingerprints)
    common_over = max(options.common_min, options.common_share * len(streams))
    ignored |= {value for value, holders in index.items() if len(holders) > common_over}
    candidates = candidate_pairs(
        index,
        ignored,
        [len(held - ignored) for held in fingerprints],
        max_posting=options.max_posting,
        min_shared=options.min_shared,
        min_overlap=options.min_overlap,
        wanted=[number for number, submission in enumerate(submissions) if submission.current],
    )
    free: dict[int, bytearray] = {}
    pairs = []
    for i, j in candidates:
        for number in (i, j):
            if number not in free:
                free[number] = _free(streams[number], ignored, k)
        score, regions, matched = _pair(streams[i], streams[j], (free[i], free[j]), k)
        if score >= options.min_score and matched:
            pairs.append(Pair(submissions[i].key, submissions[j].key, round(score, 4), matched, regions))
    pairs.sort(key=lambda pair: -pair.score)
    return pairs
