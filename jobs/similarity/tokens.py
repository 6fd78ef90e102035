"""Token streams that survive renaming and reformatting, from each language's tree-sitter grammar.

Comments, layout, docstrings, `#include` and Java `import` lines are dropped; every identifier becomes `ID` (Python's
builtins excepted: they cannot be renamed), every string or character literal `STR`, every number `NUM`; keywords,
types such as `int`, operators and punctuation stay as written. Each token keeps the line it starts on, so matches
can be shown as line ranges. Tree-sitter parses a 200-line file in milliseconds and never fails: a syntax error
becomes an error node whose tokens are still compared.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from functools import cache

import tree_sitter_c
import tree_sitter_cpp
import tree_sitter_java
import tree_sitter_javascript
import tree_sitter_python
from tree_sitter import Language, Node, Parser

GRAMMARS = {
    "python": tree_sitter_python,
    "c": tree_sitter_c,
    "cpp": tree_sitter_cpp,
    "java": tree_sitter_java,
    "javascript": tree_sitter_javascript,
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
    "c": ("initializer", "condition", "update"),
    "cpp": ("initializer", "condition", "update"),
    "java": ("init", "condition", "update"),
    "javascript": ("initializer", "condition", "increment"),
}
MAX_DEPTH = 64  # counted loops and switches nested deeper keep their written form (the recursion stays bounded)
SWITCHES = {"c": "switch_statement", "cpp": "switch_statement", "java": "switch_expression"}
KEPT_NAMES = {"python": frozenset(name.encode() for name in dir(builtins) if not name.startswith("_"))}


# what a node of each kind stands for
_DESCEND, _SKIP, _STRING, _NUMBER, _NAME, _TEXT, _KIND, _STATEMENT, _LOOP, _SWITCH = range(10)


@cache
def _parser(language: str) -> Parser:
    return Parser(Language(GRAMMARS[language].language()))


@cache
def _categories(language: str) -> tuple[list[int], list[str]]:
    """Per node kind id: its category and its name (a leaf's symbol when nothing else applies)."""
    grammar = Language(GRAMMARS[language].language())
    names = [grammar.node_kind_for_id(kind) or "" for kind in range(grammar.node_kind_count)]
    categories = []
    for kind, name in enumerate(names):
        if name in SKIPPED:
            category = _SKIP
        elif name in STRINGS:
            category = _STRING
        elif name in NUMBERS:
            category = _NUMBER
        elif grammar.node_kind_is_named(kind) and name.endswith("identifier"):
            category = _NAME
        elif name == "primitive_type":
            category = _TEXT
        elif name == "for_statement" and language in LOOP_PARTS:
            category = _LOOP
        elif name == SWITCHES.get(language):
            category = _SWITCH
        elif name == "expression_statement" and language == "python":
            category = _STATEMENT  # a bare string statement is a docstring
        else:
            category = _KIND
        categories.append(category)
    return categories, names


class Vocabulary:
    """Symbols as small integers, shared by every stream compared together."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def id(self, symbol: str) -> int:
        return self.ids.setdefault(symbol, len(self.ids))


def _symbol(node: Node, category: int, name: str, kept: frozenset[bytes]) -> str | None:
    """The symbol a leaf (or a whole literal) stands for; None to look inside it."""
    if category == _STRING:
        return "STR"
    if category == _NUMBER:
        return "NUM"
    if category == _NAME:
        return node.text.decode() if node.text in kept else "ID"
    if category == _TEXT:
        return node.text.decode()
    if node.child_count:
        return None
    return None if name in LAYOUT else name


@dataclass
class _Context:
    vocabulary: Vocabulary
    kept: frozenset[bytes]
    categories: list[int]
    names: list[str]
    loop_parts: tuple[str, str, str]
    symbols: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    known: dict[str, tuple[int, ...]] = field(default_factory=dict)  # a symbol's ids, its synonym's spelled out

    def ids(self, symbol: str) -> tuple[int, ...]:
        found = self.known.get(symbol)
        if found is None:
            found = self.known[symbol] = tuple(map(self.vocabulary.id, SYNONYMS.get(symbol, (symbol,))))
        return found

    def emit(self, symbol: str, line: int) -> None:
        found = self.ids(symbol)
        self.symbols.extend(found)
        self.lines.extend((line,) * len(found))


def _counted_loop(node: Node, context: _Context, depth: int) -> None:
    """`for (init; condition; update) body` as the while loop it stands for: init, loop (condition), body, update."""
    init, condition, update = (node.children_by_field_name(part) for part in context.loop_parts)
    line = node.start_point[0] + 1
    for part in init:
        _walk(part, context, depth)
    context.emit("for", line)
    context.emit("(", line)
    for part in condition:
        _walk(part, context, depth)
    context.emit(")", line)
    for part in (*node.children_by_field_name("body"), *update):
        _walk(part, context, depth)


def _case_units(node: Node) -> list[tuple[list[Node | None], list[Node]]]:
    """A switch's cases as (the values they match, None for `default`; their statements), fall-through labels
    joined to the case whose statements they share."""
    units: list[tuple[list[Node | None], list[Node]]] = []
    labels: list[Node | None] = []
    for unit in node.child_by_field_name("body").named_children:
        if unit.type == "case_statement":  # C, C++: one label per unit
            value = unit.child_by_field_name("value")
            labels.append(value)
            statements = [child for child in unit.named_children if child != value]
        elif unit.type in ("switch_block_statement_group", "switch_rule"):  # Java
            found = [child for child in unit.named_children if child.type == "switch_label"]
            labels.extend(value for label in found for value in (label.named_children or [None]))
            statements = [child for child in unit.named_children if child.type != "switch_label"]
        else:
            continue
        if statements:
            units.append((labels, statements))
            labels = []
    return units


def _switch(node: Node, context: _Context, depth: int) -> None:
    """`switch (s) { case a: case b: x; break; default: y; }` as the if chain it stands for:
    `if (s == a || s == b) x else y`."""
    line = node.start_point[0] + 1
    subject = node.child_by_field_name("condition")
    subject = subject.named_children[0] if subject is not None and subject.named_child_count else subject
    for number, (labels, statements) in enumerate(_case_units(node)):
        values = [value for value in labels if value is not None]
        if number or not values:
            context.emit("else", line)
        if values:
            context.emit("if", line)
            context.emit("(", line)
            for count, value in enumerate(values):
                if count:
                    context.emit("||", line)
                if subject is not None:
                    _walk(subject, context, depth)
                context.emit("==", line)
                _walk(value, context, depth)
            context.emit(")", line)
        if statements[-1].type == "break_statement":
            statements = statements[:-1]
        for statement in statements:
            _walk(statement, context, depth)


def _walk(root: Node, context: _Context, depth: int) -> None:
    categories, names, kept, known = context.categories, context.names, context.kept, context.known
    symbols, lines, count = context.symbols, context.lines, len(context.categories)
    cursor = root.walk()
    while True:
        node = cursor.node
        kind = node.kind_id
        category = categories[kind] if kind < count else _KIND  # beyond: ERROR, whose tokens still count
        symbol = None
        descend = False
        if category == _LOOP and depth < MAX_DEPTH:
            _counted_loop(node, context, depth + 1)
        elif category == _SWITCH and depth < MAX_DEPTH and node.child_by_field_name("body") is not None:
            _switch(node, context, depth + 1)
        elif category != _SKIP and not (
            category == _STATEMENT and node.named_child_count == 1 and node.children[0].type == "string"
        ):
            symbol = _symbol(node, category, names[kind] if kind < count else node.type, kept)
            descend = symbol is None
        if symbol is not None:  # inline: once per token
            found = known.get(symbol) or context.ids(symbol)
            symbols.extend(found)
            lines.extend((node.start_point[0] + 1,) * len(found))
        if descend and cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return


def tokenize(code: str, language: str, vocabulary: Vocabulary) -> tuple[list[int], list[int]]:
    """The normalized symbols of `code` and the 1-based line each starts on."""
    categories, names = _categories(language)
    parts = LOOP_PARTS.get(language, ("", "", ""))
    context = _Context(vocabulary, KEPT_NAMES.get(language, frozenset()), categories, names, parts)
    _walk(_parser(language).parse(code.encode()).root_node, context, 0)
    return context.symbols, context.lines
