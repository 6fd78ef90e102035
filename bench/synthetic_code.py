"""Unrelated Python programs of about 200 lines each, to time the engine at 100, 1,000 and 5,000 submissions.

Each program is drawn from its own seeded random stream: functions of random statements (assignments of random
expression trees, conditionals, loops, calls, returns) nested at random, so two programs share only what any two
unrelated programs share (short idioms), not whole passages.
"""

from __future__ import annotations

import random

WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "total",
    "count",
    "index",
    "value",
    "item",
    "row",
    "col",
    "left",
    "right",
    "best",
    "score",
    "acc",
    "tmp",
    "data",
]
CALLS = ("abs", "len", "min", "max", "sum", "sorted", "int", "str", "round", "list")
OPERATORS = ("+", "-", "*", "//", "%", "**", "&", "|")
COMPARISONS = ("<", ">", "<=", ">=", "==", "!=")


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lines: list[str] = []

    def name(self) -> str:
        return self.rng.choice(WORDS) + "_" + str(self.rng.randrange(1000))

    def expression(self, names: list[str], depth: int = 0) -> str:
        roll = self.rng.random()
        if depth > 1 or roll < 0.45:
            return self.rng.choice(names) if self.rng.random() < 0.6 else str(self.rng.randrange(1000))
        if roll < 0.5:
            args = ", ".join(self.expression(names, depth + 1) for _ in range(self.rng.randrange(1, 3)))
            return f"{self.rng.choice(CALLS)}({args})"
        if roll < 0.6:
            return f"{self.rng.choice(names)}[{self.expression(names, depth + 1)}]"
        left, right = self.expression(names, depth + 1), self.expression(names, depth + 1)
        return f"({left} {self.rng.choice(OPERATORS)} {right})"

    def condition(self, names: list[str]) -> str:
        return f"{self.expression(names, 1)} {self.rng.choice(COMPARISONS)} {self.expression(names, 1)}"

    def block(self, names: list[str], pad: str, depth: int) -> None:
        for _ in range(self.rng.randrange(2, 6)):
            roll = self.rng.random()
            if depth < 3 and roll < 0.15:
                self.lines.append(f"{pad}if {self.condition(names)}:")
                self.block(names, pad + "    ", depth + 1)
                if self.rng.random() < 0.4:
                    self.lines.append(f"{pad}else:")
                    self.block(names, pad + "    ", depth + 1)
            elif depth < 3 and roll < 0.25:
                loop = self.name()
                self.lines.append(f"{pad}for {loop} in range({self.expression(names, 1)}):")
                self.block([*names, loop], pad + "    ", depth + 1)
            elif depth < 3 and roll < 0.3:
                self.lines.append(f"{pad}while {self.condition(names)}:")
                self.block(names, pad + "    ", depth + 1)
                self.lines.append(f"{pad}    break")
            elif roll < 0.4:
                self.lines.append(f"{pad}print({self.expression(names)}, {self.expression(names)})")
            else:
                target = self.rng.choice(names)
                self.lines.append(f"{pad}{target} {self.rng.choice(('=', '+=', '-='))} {self.expression(names)}")

    def function(self) -> None:
        names = [self.name() for _ in range(self.rng.randrange(2, 6))]
        self.lines.append(f"def {self.name()}({', '.join(names[:2])}):")
        self.lines.extend(f"    {name} = {self.rng.randrange(100)}" for name in names[2:])
        self.block(names, "    ", 0)
        self.lines.append(f"    return {self.expression(names)}")
        self.lines.append("")


def program(seed: int, lines: int = 200) -> str:
    writer = _Writer(seed)
    while len(writer.lines) < lines:
        writer.function()
    return "\n".join(writer.lines) + "\n"
