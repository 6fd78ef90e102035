"""Dependencies run one way: jobs -> app -> tables, and the sandbox stands alone; inside app, the domain packages
import one way too (DOMAINS, lowest first); raw SQL in the API runs through one helper (app/common/sql.py).

Every import statement counts, at module level or inside a function, so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
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
