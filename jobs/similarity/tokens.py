"""Token streams that survive renaming and reformatting, from each language's tree-sitter grammar.

Comments, layout, docstrings, `#include` and Java `import` lines are dropped; every identifier becomes `ID` (Python's
builtins excepted: they cannot be renamed), every string or character literal `STR`, every number `NUM`; keywords,
types such as `int`, operators and punctuation stay as written. What a disguise swaps for its equal is written one
way: a counted `for` loop as its while loop, a `switch` as its if chain, a Python `for ... in range(...)` as its
while loop, `x = c ? a : b` as its two branches, every loop keyword alike, `elif` as `else if`, `i++` as `i += 1`.
Each token keeps the line it starts on, so matches can be shown as line ranges. Tree-sitter parses a 200-line file in
milliseconds and never fails: a syntax error becomes an error node whose tokens are still compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from jobs.similarity.grammar import (
    ASSIGNMENT,
    CHOICES,
    KEPT_NAMES,
    KIND,
    LOOP,
    LOOP_PARTS,
    MAX_DEPTH,
    NOT_POSITIONAL,
    RANGE,
    SKIP,
    STATEMENT,
    SWITCH,
    SYNONYMS,
    Vocabulary,
    categories_of,
    leaf_symbol,
    parser,
)
from tables.enums import Language


@dataclass
class _Context:
    vocabulary: Vocabulary
    kept: frozenset[bytes]
    categories: list[int]
    names: list[str]
    loop_parts: tuple[str, str, str]
    indented: bool  # blocks open with `:` (Python), not `(condition)`
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


def _cases_in_block(node: Node) -> bool:
    """A switch whose cases sit in its block (anything else keeps its tokens as written)."""
    body = node.child_by_field_name("body")
    return body is not None and body.type in ("compound_statement", "switch_block")


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


def _range_parts(node: Node) -> tuple[Node, list[Node]] | None:
    """A Python `for x in range(...)` loop's variable and range arguments (1 to 3, positional), or None."""
    target, call = node.child_by_field_name("left"), node.child_by_field_name("right")
    if target is None or call is None or call.type != "call" or node.child_by_field_name("alternative") is not None:
        return None
    function, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    if function is None or function.text != b"range" or arguments is None:
        return None
    values = arguments.named_children
    if not 1 <= len(values) <= 3 or any(value.type in NOT_POSITIONAL for value in values):
        return None
    return target, values


def _range_loop(node: Node, target: Node, values: list[Node], context: _Context, depth: int) -> None:
    """`for x in range(a, b, s): body` as the while loop it stands for: `x = a; while x < b: body; x += s`."""
    line = node.start_point[0] + 1
    start, stop, step = (None, values[0], None) if len(values) == 1 else (values[0], values[1], values[2:])
    parts: list[Node | str] = [target, "=", start or "NUM", "for", target, "<", stop, ":"]
    parts += [node.child_by_field_name("body"), target, "+=", step[0] if step else "NUM"]
    for part in parts:
        if isinstance(part, str):
            context.emit(part, line)
        elif part is not None:
            _walk(part, context, depth)


def _field(node: Node, *names: str) -> Node | None:
    return next((found for name in names if (found := node.child_by_field_name(name)) is not None), None)


def _choice(node: Node) -> tuple[Node, str, Node, Node, Node] | None:
    """`x = c ? a : b` (or `x = a if c else b`): (x, its operator, c, a, b), or None."""
    target, value = _field(node, "left", "declarator", "name"), _field(node, "right", "value")
    if target is None or value is None or value.type not in CHOICES:
        return None
    operator = node.child_by_field_name("operator")
    if value.child_by_field_name("condition") is not None:
        condition, first, second = (_field(value, name) for name in ("condition", "consequence", "alternative"))
    elif value.named_child_count == 3:  # Python: a if c else b
        first, condition, second = value.named_children
    else:
        return None
    if condition is None or first is None or second is None:
        return None
    return target, "=" if operator is None else operator.type, condition, first, second


def _choice_as_branches(node: Node, parts: tuple, context: _Context, depth: int) -> None:
    """`x = c ? a : b` as the branches it stands for: `if (c) x = a; else x = b;` (Python: `if c: ... else: ...`)."""
    target, operator, condition, first, second = parts
    line = node.start_point[0] + 1
    python = context.indented
    declared = [target] if node.type.endswith("declarator") else []  # `int x = ...`: `int x; if ...`
    sequence = [*declared, "if", "" if python else "(", condition, ":" if python else ")", target, operator, first]
    sequence.append("else")
    sequence += [":" if python else "", target, operator, second]
    for part in sequence:
        if isinstance(part, str):
            if part:
                context.emit(part, line)
        else:
            _walk(part, context, depth)


def _walk(root: Node, context: _Context, depth: int) -> None:
    categories, names, kept, known = context.categories, context.names, context.kept, context.known
    symbols, lines, count = context.symbols, context.lines, len(context.categories)
    cursor = root.walk()
    while True:
        node = cursor.node
        kind = node.kind_id
        category = categories[kind] if kind < count else KIND  # beyond: ERROR, whose tokens still count
        symbol = None
        descend = False
        if category == LOOP and depth < MAX_DEPTH:
            _counted_loop(node, context, depth + 1)
        elif category == SWITCH and depth < MAX_DEPTH and _cases_in_block(node):
            _switch(node, context, depth + 1)
        elif category == RANGE and depth < MAX_DEPTH and (parts := _range_parts(node)) is not None:
            _range_loop(node, *parts, context, depth + 1)
        elif category == ASSIGNMENT and depth < MAX_DEPTH and (choice := _choice(node)) is not None:
            _choice_as_branches(node, choice, context, depth + 1)
        elif category != SKIP and not (
            category == STATEMENT and node.named_child_count == 1 and node.children[0].type == "string"
        ):
            symbol = leaf_symbol(node, category, names[kind] if kind < count else node.type, kept)
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
    categories, names = categories_of(language)
    parts = LOOP_PARTS.get(language, ("", "", ""))
    kept = KEPT_NAMES.get(language, frozenset())
    context = _Context(vocabulary, kept, categories, names, parts, language == Language.python)
    _walk(parser(language).parse(code.encode()).root_node, context, 0)
    return context.symbols, context.lines
