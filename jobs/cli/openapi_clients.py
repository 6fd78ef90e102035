"""The OpenAPI document and the clients made from it, under clients/: `autograder openapi clients` writes them, a
test regenerates them into a temporary folder and fails while they differ from the committed ones.

- clients/openapi.json: the document the API serves at /schema/openapi.json
- clients/python/autograder_client: a Python client (openapi-python-client, pinned in requirements-dev.lock)
- clients/typescript/api.d.ts: TypeScript types (openapi-typescript, pinned in clients/package-lock.json), which
  clients/typescript/course.ts uses; `tsc --noEmit` checks it
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.settings import PROJECT_ROOT

CLIENTS = PROJECT_ROOT / "clients"
NODE_BIN = CLIENTS / "node_modules" / ".bin"
PACKAGE = "autograder_client"
GENERATED = ("openapi.json", f"python/{PACKAGE}", "typescript/api.d.ts")
TIMEOUT = 600


def _run(args: list[str], cwd: Path) -> None:
    # the venv's own tools first (openapi-python-client calls none, but its errors should name ours)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")


def install_node_tools() -> None:
    """clients/node_modules at the versions clients/package-lock.json pins (npm ci), unless they are there."""
    stamp = CLIENTS / "node_modules" / ".lock-installed"
    lock = (CLIENTS / "package-lock.json").read_text()
    if stamp.exists() and stamp.read_text() == lock:
        return
    _run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], CLIENTS)
    stamp.write_text(lock)


def generate(into: Path = CLIENTS) -> None:
    """Write the document, the Python client and the TypeScript types under `into`."""
    install_node_tools()
    into.mkdir(parents=True, exist_ok=True)
    spec = into / "openapi.json"
    # in a process of its own: building the app loads piccolo_conf, whose engine must not be this process's
    _run([sys.executable, "-m", "app.openapi_document", str(spec)], PROJECT_ROOT)
    package = into / "python" / PACKAGE
    shutil.rmtree(package, ignore_errors=True)
    package.parent.mkdir(parents=True, exist_ok=True)
    _run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            f"--path={spec}",
            f"--output-path={package}",
            "--meta=none",
            f"--config={CLIENTS / 'python-client.yaml'}",
        ],
        into,
    )
    _import_unset(package)
    types = into / "typescript" / "api.d.ts"
    types.parent.mkdir(parents=True, exist_ok=True)
    # a field with a default may be left out of a request: not required (openapi-typescript's default says it is)
    _run(
        [str(NODE_BIN / "openapi-typescript"), str(spec), "--default-non-nullable=false", "--output", str(types)], into
    )


def _import_unset(package: Path) -> None:
    """openapi-python-client 0.29.1 types a body of several content types (the roster's JSON or CSV) `... | Unset`
    without importing `Unset` when nothing else in the module is optional: import it there."""
    imported = "from ...types import Response, UNSET\n"
    for module in (package / "api").rglob("*.py"):
        text = module.read_text()
        if "| Unset" in text and imported in text:
            module.write_text(text.replace(imported, "from ...types import Response, UNSET, Unset\n"))


def type_check() -> str:
    """`tsc --noEmit` over clients/typescript (the types and the script that uses them); its output."""
    install_node_tools()
    done = subprocess.run(
        [str(NODE_BIN / "tsc"), "--noEmit", "-p", str(CLIENTS / "typescript")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"tsc --noEmit failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout
