"""Token streams that survive renaming and reformatting.

Comments, whitespace, docstrings and preprocessor lines are dropped; every identifier becomes `ID`, every string or
character literal `STR`, every number `NUM`; keywords, builtins, operators and punctuation stay as written. Each
token keeps the line it starts on, so matches can be shown as line ranges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from pygments.lexer import Lexer
from pygments.lexers import CLexer, CppLexer, JavaLexer, JavascriptLexer, PythonLexer
from pygments.token import Comment, Keyword, Literal, Name, Number, String, Text, Whitespace, _TokenType

LEXERS: dict[str, type[Lexer]] = {
    "python": PythonLexer,
    "c": CLexer,
    "cpp": CppLexer,
    "java": JavaLexer,
    "javascript": JavascriptLexer,
}
LANGUAGES = tuple(LEXERS)

# builtins cannot be renamed and tell programs apart; everything else named by the author is one symbol
KEEP_NAMES = (Name.Builtin, Name.Builtin.Pseudo, Keyword)
_NEWLINE = re.compile("\n")


@cache
def _lexer(language: str) -> Lexer:
    return LEXERS[language](stripnl=False, ensurenl=True)


def _symbol(kind: _TokenType, value: str) -> str | None:
    """The normalized symbol of one lexer token, or None to drop it."""
    if kind in Comment or kind in Whitespace or kind is Text or kind in String.Doc:
        return None
    if kind in String or kind in Literal.String:
        return "STR"
    if kind in Number:
        return "NUM"
    if kind in Name and not any(kind in keep for keep in KEEP_NAMES):
        return "ID"
    text = value.strip()
    return text or None


class Vocabulary:
    """Symbols as small integers, shared by every stream compared together."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def id(self, symbol: str) -> int:
        return self.ids.setdefault(symbol, len(self.ids))


def tokenize(code: str, language: str, vocabulary: Vocabulary) -> tuple[list[int], list[int]]:
    """The normalized symbols of `code` and the 1-based line each starts on; adjacent string parts are one literal."""
    line_starts = [0, *(match.end() for match in _NEWLINE.finditer(code))]
    symbols: list[int] = []
    lines: list[int] = []
    previous = None
    for offset, kind, value in _lexer(language).get_tokens_unprocessed(code):
        symbol = _symbol(kind, value)
        if symbol is None or (symbol == "STR" and previous == "STR"):
            continue
        previous = symbol
        symbols.append(vocabulary.id(symbol))
        lines.append(bisect_right(line_starts, offset))
    return symbols, lines
