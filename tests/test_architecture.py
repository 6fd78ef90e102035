"""Dependencies run one way: jobs -> app -> tables, and the sandbox stands alone; inside app, the domain packages
import one way too (DOMAINS, lowest first); raw SQL in the API runs through one helper (app/common/sql.py), and raw
SQL binds its values by name.

Every import statement counts, at module level or inside a function, so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# package (a dotted prefix) -> the first-party packages it must not import
FORBIDDEN = {
    "app": ("jobs",),
    "tables": ("app", "jobs"),
    "jobs.sandbox": ("app", "tables", "jobs.grading", "jobs.rejudge", "jobs.analytics", "jobs.outbox"),
}
# The domains of app/, each with its services and schemas, lowest first: a domain imports only itself and the domains
# before it. `common` is the kernel every domain uses (the SQL helper, class access checks, paging, merge patch);
# `grading` is the attempt contract and the grade ledger, which the API and the workers share; `lti` is the
# integration on top of everything. HTTP (controllers, asgi, auth middleware, OpenAPI) sits above all domains.
DOMAINS = (
    "common",
    "audit",
    "accounts",
    "grading",
    "courses",
    "questions",
    "content",
    "submissions",
    "exams",
    "reviews",
    "grades",
    "insight",
    "lti",
)
# what a domain may use of app/ besides the domains below it
DOMAIN_MAY_USE = ("app.errors", "app.settings", "app.adapters", "app.logs")
# what the workers may use of the API's side: the domains' services, adapters, settings and the one logging set-up
# (JSON lines with the request id, the same in every process); never the HTTP layer
JOBS_MAY_USE = tuple(f"app.{domain}" for domain in DOMAINS) + ("app.adapters", "app.settings", "app.logs")


def imported_modules(source: str, module: str) -> set[str]:
    """Every module an import statement anywhere in `source` names, relative imports resolved against `module`."""
    names: set[str] = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(package: str) -> dict[str, set[str]]:
    folder = ROOT.joinpath(*package.split("."))
    modules = {module_name(path): path for path in folder.rglob("*.py")}
    assert modules, f"no modules found under {folder}"
    return {name: imported_modules(path.read_text(), name) for name, path in modules.items()}


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_nothing_of_the_layers_above_it(package: str) -> None:
    offending = {
        f"{module} imports {name}"
        for module, names in imports_of(package).items()
        for name in names
        if any(within(name, forbidden) for forbidden in FORBIDDEN[package])
    }
    assert not offending, sorted(offending)


def test_jobs_use_only_the_services_adapters_settings_and_contract_of_app() -> None:
    offending = {
        f"{module} imports {name}"
        for module, names in imports_of("jobs").items()
        for name in names
        if within(name, "app") and name != "app" and not any(within(name, allowed) for allowed in JOBS_MAY_USE)
    }
    assert not offending, sorted(offending)


@pytest.mark.parametrize("domain", DOMAINS)
def test_a_domain_imports_only_itself_the_domains_below_it_and_the_kernel(domain: str) -> None:
    allowed = tuple(f"app.{below}" for below in DOMAINS[: DOMAINS.index(domain) + 1]) + DOMAIN_MAY_USE
    offending = {
        f"{module} imports {name}"
        for module, names in imports_of(f"app.{domain}").items()
        for name in names
        if within(name, "app") and name != "app" and not any(within(name, ok) for ok in allowed)
    }
    assert not offending, sorted(offending)


def test_every_module_of_app_is_in_a_domain_or_the_http_layer() -> None:
    """No third home for logic: a new services/ folder (or a module beside asgi.py that domains import) fails here."""
    domains = {f"app.{domain}" for domain in DOMAINS}
    for name in imports_of("app"):
        parts = name.split(".")
        if len(parts) > 2 and parts[1] not in ("controllers", "adapters", "static"):
            assert ".".join(parts[:2]) in domains, f"{name} is in no domain of DOMAINS"


def test_every_job_message_has_its_handler() -> None:
    """The API enqueues typed messages; the workers' one entry point must handle each of them."""
    from app.grading import messages
    from jobs.dispatch import HANDLERS

    assert set(HANDLERS) == set(messages.JOB_TYPES) == set(messages.AnyJob.__args__)
    assert messages.DISPATCH == "jobs.dispatch.handle"


def test_a_lazy_import_inside_a_function_is_seen() -> None:
    source = "import os\n\ndef later():\n    from jobs.grading import grade_attempt\n    from . import sibling\n"
    assert {"os", "jobs.grading", "jobs.grading.grade_attempt", "app.submissions.sibling"} <= imported_modules(
        source, "app.submissions.example"
    )


# what runs SQL past Piccolo's query builder: a table's raw(), the engine's own calls, a transaction's connection
RAW_SQL_ATTRIBUTES = {"raw", "run_querystring", "run_ddl", "connection"}
RAW_SQL_HOMES = {"app.common.sql", "app.db"}  # the one helper, and the engine it runs on


def raw_sql_uses(source: str) -> list[int]:
    """Lines of `source` that reach for raw SQL other than through the helper."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in RAW_SQL_ATTRIBUTES
    )


def test_raw_sql_in_the_api_runs_only_through_the_sql_helper() -> None:
    """app/common/sql.py is the one way raw SQL runs in the API (counted, its rows typed); the rest of app/ uses
    Piccolo's query builder or that helper."""
    modules = {module_name(path): path for path in (ROOT / "app").rglob("*.py")}
    offending = {
        f"{name} line {line}"
        for name, path in modules.items()
        if name not in RAW_SQL_HOMES
        for line in raw_sql_uses(path.read_text())
    }
    assert not offending, sorted(offending)


def test_a_raw_query_outside_the_helper_is_seen() -> None:
    source = (
        "async def f():\n    await User.raw('SELECT 1')\n    async with e.transaction() as t:\n        t.connection\n"
    )
    assert raw_sql_uses(source) == [2, 4]


# Values bind by name: a `{}` (or `{name}`) is Piccolo's positional placeholder and `$1` asyncpg's, so one outside
# the SQL's own quoted text, in a query handed to Piccolo raw (QueryString, a table's raw), to the helper or to an
# asyncpg connection, binds by counting. Dollar-quoted text (`$$ ... $$`, `$fn$ ... $fn$`: a function's body, whose
# `$1` is its own argument) is quoted text too.
ASYNCPG_CALLS = {"fetch", "fetchrow", "fetchval", "execute", "executemany", "cursor", "prepare", "copy_from_query"}
QUERY_CALLS = {"QueryString", "raw", "rows", "sql_rows", "fetch_one"} | ASYNCPG_CALLS
PLACEHOLDER = re.compile(r"\{\w*\}|\$\d+")
# asyncpg reads `$n` only: a query naming `:name` handed to it as it is (not through sql.named) binds nothing
NAME_PARAMETER = re.compile(r"(?<![:\w]):[A-Za-z_]\w*")
SQL_QUOTED = re.compile(r"'[^']*'|\$((?:[A-Za-z_]\w*)?)\$.*?\$\1\$", re.DOTALL)
UNKNOWN = "?"  # text the module does not spell out (a call's answer, an f-string's field)


def _local_names(tree: ast.Module, module: str) -> dict[str, str]:
    """Each name a module binds at its top (its constants and its imports) -> the dotted name it stands for."""
    names = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(
                {target.id: f"{module}.{target.id}" for target in node.targets if isinstance(target, ast.Name)}
            )
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update({alias.asname or alias.name: f"{node.module}.{alias.name}" for alias in node.names})
        elif isinstance(node, ast.Import):
            names.update({alias.asname or alias.name: alias.name for alias in node.names})
    return names


class QueryText:
    """The text a query expression makes, as far as the modules' source spells it out: literals, f-strings,
    concatenation, str.format, and module-level constants (of this module or one it imports)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.trees = {module: ast.parse(source) for module, source in sources.items()}
        self.names = {module: _local_names(tree, module) for module, tree in self.trees.items()}
        self.constants = {
            f"{module}.{target.id}": node.value
            for module, tree in self.trees.items()
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }

    def _constant(self, dotted: str | None) -> str:
        if dotted not in self.constants:
            return UNKNOWN
        return self.of(self.constants[dotted], dotted.rsplit(".", 1)[0])

    def _format(self, call: ast.Call, module: str) -> str:
        """`template.format(...)`: each field becomes the text of the argument it names (or the next positional)."""
        template = self.of(call.func.value, module)
        given = {keyword.arg: self.of(keyword.value, module) for keyword in call.keywords}
        given |= {str(index): self.of(arg, module) for index, arg in enumerate(call.args)}
        numbered = iter(range(len(call.args)))
        try:
            parts = list(string.Formatter().parse(template))
        except ValueError:
            return template
        text = ""
        for literal, field, _, _ in parts:
            if field == "":
                field = str(next(numbered, ""))
            text += literal + ("" if field is None else given.get(field, UNKNOWN))
        return text

    def of(self, node: ast.expr, module: str) -> str:
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else UNKNOWN
        if isinstance(node, ast.JoinedStr):
            return "".join(
                self.of(value, module) if isinstance(value, ast.Constant) else UNKNOWN for value in node.values
            )
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.of(node.left, module) + self.of(node.right, module)
        if isinstance(node, ast.Name):
            return self._constant(self.names[module].get(node.id))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.names[module]:
            return self._constant(f"{self.names[module][node.value.id]}.{node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return self._format(node, module)
        return UNKNOWN


def _named_spread(call: ast.Call) -> bool:
    """`fetch(*named(...))`: the values' list would bind as one value (asyncpg takes `query, *values`)."""
    return any(
        isinstance(arg, ast.Starred)
        and isinstance(arg.value, ast.Call)
        and (getattr(arg.value.func, "id", None) == "named" or getattr(arg.value.func, "attr", None) == "named")
        for arg in call.args
    )


def counted_placeholders(sources: dict[str, str]) -> list[str]:
    """Where a query handed to Piccolo raw, to the SQL helper or to an asyncpg connection holds a positional
    placeholder, or one naming its parameters goes to asyncpg without sql.named."""
    text = QueryText(sources)
    found = []
    for module, tree in text.trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            queries = [SQL_QUOTED.sub("", text.of(arg, module)) for arg in node.args] if called in QUERY_CALLS else []
            if (
                any(PLACEHOLDER.search(query) for query in queries)
                or (called in ASYNCPG_CALLS and queries and NAME_PARAMETER.search(queries[0]))
                or (called in ASYNCPG_CALLS - {"executemany"} and _named_spread(node))
            ):
                found.append((module, node.lineno))
    return [f"{module} line {line}" for module, line in sorted(found)]


def test_raw_sql_binds_its_values_by_name() -> None:
    """app/ and the workers name what a query binds (`:name`), on Piccolo and on asyncpg connections alike (through
    sql.named); the sql helper takes no positional value at all."""
    paths = [
        *(ROOT / "app").rglob("*.py"),
        *(path for path in (ROOT / "jobs").rglob("*.py") if "sandbox" not in path.parts),
    ]
    offending = counted_placeholders({module_name(path): path.read_text() for path in paths})
    assert not offending, offending


def test_a_counted_placeholder_is_seen() -> None:
    sources = {
        "app.x.queries": 'ONE_SQL = "SELECT * FROM t WHERE id = {}"\nNAMED_SQL = "SELECT \'{}\'::jsonb, :id"\n',
        "app.x.service": (
            "from app.common import sql\n"
            "from app.x import queries\n"
            "from app.x.queries import NAMED_SQL\n"
            'PICKED = "SELECT {} FROM t WHERE id = {{}}".format("a")\n'
            'FIELDS = f"SELECT {x} FROM t WHERE id = {{}}"\n'
            "async def f():\n"
            "    await sql.rows(queries.ONE_SQL, 1)\n"
            "    await sql.rows(PICKED, 1)\n"
            "    await sql.fetch(Row, FIELDS + ' LIMIT 1', 1)\n"
            "    await Table.raw('SELECT {}', 1)\n"
            "    QueryString('{} = 1', x)\n"
            "    await sql.rows(NAMED_SQL, id=1)\n"
            "    await sql.rows('SELECT x FROM t WHERE id = :id' + ' AND y = :y', id=1, y=2)\n"
            "    await sql.rows(unknown(), id=1)\n"
        ),
    }
    assert counted_placeholders(sources) == [f"app.x.service line {line}" for line in (7, 8, 9, 10, 11)]


def test_a_counted_placeholder_on_an_asyncpg_connection_is_seen() -> None:
    sources = {
        "jobs.x": (
            "from app.common.sql import named\n"
            'NAMED_SQL = "SELECT * FROM t WHERE id = :id"\n'
            'LOAD_SQL = "SELECT * FROM t WHERE id = $1"\n'
            "BODY_SQL = \"CREATE FUNCTION f(int) RETURNS int AS $$ SELECT $1 $$; SELECT '$2', $fn$ $3 $fn$\"\n"
            "async def f(connection):\n"
            "    await connection.fetchrow(LOAD_SQL, 1)\n"
            '    await connection.fetchval(f"SELECT {x} WHERE id = $1", 1)\n'
            "    await connection.execute('DELETE FROM t WHERE id = $1', 1)\n"
            "    await connection.executemany('INSERT INTO t VALUES ($1, $2)', rows)\n"
            "    await connection.fetch('SELECT ' + '$1', 1)\n"
            "    await connection.execute(BODY_SQL)\n"
            "    query, args = named('SELECT * FROM t WHERE id = :id', id=1)\n"
            "    await connection.fetch(query, *args)\n"
            "    await connection.execute('DO $$ BEGIN PERFORM 1; END $$')\n"
            "    await connection.fetchval(NAMED_SQL, 1)\n"
            "    await connection.fetch(NAMED_SQL)\n"
            "    await sql.fetch(Row, NAMED_SQL, id=1)\n"
            "    await connection.fetch(\"SELECT '10:30'::time, now()::date\")\n"
            "    await connection.fetch(*named('SELECT * FROM t WHERE id = :id', id=1))\n"
        ),
    }
    assert counted_placeholders(sources) == [f"jobs.x line {line}" for line in (6, 7, 8, 9, 10, 15, 16, 19)]


# sizes a reader takes in at once: modules of the product's own code, and each function in them
SIZED_FOLDERS = ("app", "jobs", "tables", "seeds", "bench")
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60


def oversized(source: str, name: str) -> list[str]:
    found = []
    if (lines := len(source.splitlines())) > MAX_MODULE_LINES:
        found.append(f"{name}: {lines} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    return found


def test_no_module_over_300_lines_and_no_function_over_60() -> None:
    offending = [
        found
        for folder in SIZED_FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        for found in oversized(path.read_text(), path.relative_to(ROOT).as_posix())
    ]
    assert not offending, offending


def test_a_long_function_is_seen() -> None:
    source = "def long():\n" + "    x = 1\n" * 60
    assert oversized(source, "m.py") == ["m.py:1 long: 61 lines"]
