"""Code similarity: a pure engine (no database, no HTTP) that ranks pairs of submissions of one question.

Stages: `tokens` (a Pygments lexer per language, identifiers and literals normalized), `fingerprints` (k-grams
winnowed, an inverted index that yields only pairs sharing fingerprints), `tiling` (greedy string tiling of each
candidate pair), and `engine` (what to ignore, the score, the matched line ranges).
"""

from jobs.similarity.engine import Options, Pair, Region, Submission, compare

__all__ = ["Options", "Pair", "Region", "Submission", "compare"]
