"""What each language's tree-sitter grammar is made of, for the similarity tokens: which node kinds are dropped,
normalized (identifiers, strings, numbers), kept as written, or rewritten into one form (see `tokens`)."""

from __future__ import annotations

import builtins
from functools import cache

import tree_sitter_c
import tree_sitter_cpp
import tree_sitter_java
import tree_sitter_javascript
import tree_sitter_python
from tree_sitter import Language as Grammar
from tree_sitter import Node, Parser

from tables.enums import Language

GRAMMARS = {
    Language.python: tree_sitter_python,
    Language.c: tree_sitter_c,
    Language.cpp: tree_sitter_cpp,
    Language.java: tree_sitter_java,
    Language.javascript: tree_sitter_javascript,
}
LANGUAGES = tuple(GRAMMARS)

SKIPPED = frozenset(
    {"comment", "line_comment", "block_comment", "preproc_include", "import_declaration", "package_declaration"}
)
STRINGS = frozenset(
    {
        "string",
        "concatenated_string",
        "string_literal",
        "raw_string_literal",
        "char_literal",
        "character_literal",
        "text_block",
        "template_string",
        "system_lib_string",
    }
)
NUMBERS = frozenset(
    {
        "integer",
        "float",
        "number",
        "number_literal",
        "decimal_integer_literal",
        "decimal_floating_point_literal",
        "hex_integer_literal",
        "octal_integer_literal",
        "binary_integer_literal",
    }
)
# block braces and statement ends: optional around a single statement or where a formatter moves them
LAYOUT = frozenset({"{", "}", ";"})
# one spelling for what a disguise swaps: loops of every kind, a branch on cases, one-step updates
SYNONYMS = {
    "while": ("for",),
    "do": ("for",),
    "elif": ("else", "if"),
    "switch": ("if",),
    "match": ("if",),
    "case": ("if",),
    "default": ("else",),
    "++": ("+=", "NUM"),
    "--": ("-=", "NUM"),
}
# the fields of a counted loop (`for (init; condition; update)`), which is compared as the while loop it stands for
LOOP_PARTS = {
    Language.c: ("initializer", "condition", "update"),
    Language.cpp: ("initializer", "condition", "update"),
    Language.java: ("init", "condition", "update"),
    Language.javascript: ("initializer", "condition", "increment"),
}
MAX_DEPTH = 64  # counted loops and switches nested deeper keep their written form (the recursion stays bounded)
SWITCHES = {Language.c: "switch_statement", Language.cpp: "switch_statement", Language.java: "switch_expression"}
# where a value is given a name, and the choices that may be given (rewritten as the branches they stand for)
ASSIGNMENTS = frozenset(
    {"assignment", "augmented_assignment", "assignment_expression", "init_declarator", "variable_declarator"}
)
CHOICES = frozenset({"conditional_expression", "ternary_expression"})
NOT_POSITIONAL = frozenset({"keyword_argument", "list_splat", "dictionary_splat"})
KEPT_NAMES = {Language.python: frozenset(name.encode() for name in dir(builtins) if not name.startswith("_"))}


# what a node of each kind stands for
DESCEND, SKIP, STRING, NUMBER, NAME, TEXT, KIND, STATEMENT, LOOP, SWITCH, RANGE, ASSIGNMENT = range(12)


@cache
def parser(language: str) -> Parser:
    return Parser(Grammar(GRAMMARS[language].language()))


@cache
def categories_of(language: str) -> tuple[list[int], list[str]]:
    """Per node kind id: its category and its name (a leaf's symbol when nothing else applies)."""
    grammar = Grammar(GRAMMARS[language].language())
    names = [grammar.node_kind_for_id(kind) or "" for kind in range(grammar.node_kind_count)]
    categories = []
    for kind, name in enumerate(names):
        if name in SKIPPED:
            category = SKIP
        elif name in STRINGS:
            category = STRING
        elif name in NUMBERS:
            category = NUMBER
        elif grammar.node_kind_is_named(kind) and name.endswith("identifier"):
            category = NAME
        elif name == "primitive_type":
            category = TEXT
        elif name == "for_statement" and language in LOOP_PARTS:
            category = LOOP
        elif name == SWITCHES.get(language):
            category = SWITCH
        elif name == "for_statement" and language == Language.python:
            category = RANGE
        elif name in ASSIGNMENTS:
            category = ASSIGNMENT
        elif name == "expression_statement" and language == Language.python:
            category = STATEMENT  # a bare string statement is a docstring
        else:
            category = KIND
        categories.append(category)
    return categories, names


class Vocabulary:
    """Symbols as small integers, shared by every stream compared together."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def id(self, symbol: str) -> int:
        return self.ids.setdefault(symbol, len(self.ids))


def leaf_symbol(node: Node, category: int, name: str, kept: frozenset[bytes]) -> str | None:
    """The symbol a leaf (or a whole literal) stands for; None to look inside it."""
    if category == STRING:
        return "STR"
    if category == NUMBER:
        return "NUM"
    if category == NAME:
        return node.text.decode() if node.text in kept else "ID"
    if category == TEXT:
        return node.text.decode()
    if node.child_count:
        return None
    return None if name in LAYOUT else name
