"""The language registry: every per-language rule lives in its entry, and adding a language is adding one entry
(plus its Debian package). Ids are the values of `tables.enums.Language`; this package imports nothing of the
project, so a test holds the two lists equal.

Commands are argv templates: `{source}` is the source file's name, `{main}` the class or module to run, `{memory_mb}`
and `{heap_mb}` come from the test's memory limit. Memory is counted by the slot's cgroup for every language, never
by RLIMIT_AS (the JVM and V8 reserve far more address space than they use).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from jobs.sandbox.limits import Limits

COMPILE_LIMITS = Limits(cpu_ms=15000, wall_ms=30000, memory_mb=1024, output_bytes=16384, file_bytes=64 << 20)
PYTHON_COMPILE_LIMITS = Limits(cpu_ms=5000, wall_ms=10000, memory_mb=256, output_bytes=16384, file_bytes=1 << 20)
# The fixed allowance, in each test's absolute cgroup limit, for what the sandbox holds beside the program: the
# harness (its interpreter and heap, ~9 MB resident), a test child's own copies of the harness's pages, and an honest
# build written in /work and kept in the harness's memory to restore it (a few KB to a few hundred KB). Measured
# once per language with `python -m jobs.sandbox.footprint` (README: "Memory"), plus a margin for noise; a build
# larger than the margin is charged to the program's own limit.
SANDBOX_MB = 16
JAVA_HOME = os.path.realpath("/usr/bin/javac").removesuffix("/bin/javac")  # /usr/bin/java is a link into /etc


@dataclass(frozen=True)
class Language:
    id: str
    name: str
    source_file: str
    compile: tuple[str, ...] | None  # argv run once per submission in a child, or None for Python's own compile
    run: tuple[str, ...] | None  # argv run per test, or None for Python's compiled code run in a forked child
    test_kinds: tuple[str, ...]
    compile_limits: Limits
    version: tuple[str, ...]  # argv whose first output line names the toolchain's version
    extra_cpu_ms: int = 0  # a runtime's own start (JIT, GC threads) on top of the question's limit
    extra_memory_mb: int = 0  # a runtime's own footprint on top of the question's limit
    sandbox_mb: int = SANDBOX_MB  # what the sandbox holds beside the program (see SANDBOX_MB)
    names: Callable[[str], tuple[str, str]] | None = None  # source -> (file name, main), where the source decides

    def files(self, source: str) -> tuple[str, str]:
        """(the source file's name, what to run) for this source."""
        return self.names(source) if self.names else (self.source_file, "")

    def limits_for(self, limits: Limits) -> Limits:
        return replace(
            limits,
            cpu_ms=limits.cpu_ms + self.extra_cpu_ms,
            wall_ms=limits.wall_ms + 2 * self.extra_cpu_ms,
            memory_mb=limits.memory_mb + self.extra_memory_mb,
        )

    def argv(self, template: tuple[str, ...], source: str, limits: Limits) -> list[str]:
        file, main = self.files(source)
        # the runtime's heap may grow to the whole limit: the cgroup, not the runtime, decides memory_limit
        values = {"source": file, "main": main, "memory_mb": limits.memory_mb, "heap_mb": max(32, limits.memory_mb)}
        return [part.format(**values) for part in template]


def _java_names(source: str) -> tuple[str, str]:
    """The file is named after the public class (javac insists); the class run is the one declaring main."""
    public = re.search(r"\bpublic\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)", source)
    main_at = re.search(r"\bstatic\s+(?:final\s+)?void\s+main\s*\(", source)
    declared = list(re.finditer(r"\bclass\s+([A-Za-z_$][\w$]*)", source[: main_at.start()] if main_at else source))
    main = declared[-1].group(1) if declared else (public.group(1) if public else "Main")
    return f"{public.group(1) if public else main}.java", main


JVM_FLAGS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:ActiveProcessorCount=1")

LANGUAGES: dict[str, Language] = {
    "python": Language(
        "python",
        "Python 3",
        "solution.py",
        compile=None,
        run=None,
        test_kinds=("io", "call", "checker"),
        compile_limits=PYTHON_COMPILE_LIMITS,
        version=("/usr/bin/python3", "--version"),
    ),
    "c": Language(
        "c",
        "C (gcc, GNU C11)",
        "solution.c",
        compile=("/usr/bin/gcc", "-O2", "-std=gnu11", "-pipe", "-o", "/work/program", "/work/{source}", "-lm"),
        run=("/work/program",),
        test_kinds=("io", "checker"),
        compile_limits=COMPILE_LIMITS,
        version=("/usr/bin/gcc", "--version"),
    ),
    "cpp": Language(
        "cpp",
        "C++17 (g++)",
        "solution.cpp",
        compile=("/usr/bin/g++", "-O2", "-std=c++17", "-pipe", "-o", "/work/program", "/work/{source}"),
        run=("/work/program",),
        test_kinds=("io", "checker"),
        compile_limits=COMPILE_LIMITS,
        version=("/usr/bin/g++", "--version"),
    ),
    "java": Language(
        "java",
        "Java (OpenJDK)",
        "Main.java",
        compile=(
            f"{JAVA_HOME}/bin/javac",
            *(f"-J{flag}" for flag in JVM_FLAGS),
            "-J-Xmx512m",
            "-encoding",
            "UTF-8",
            "-d",
            "/work",
            "/work/{source}",
        ),
        run=(f"{JAVA_HOME}/bin/java", *JVM_FLAGS, "-Xmx{heap_mb}m", "-Xss64m", "-cp", "/work", "{main}"),
        test_kinds=("io", "checker"),
        compile_limits=COMPILE_LIMITS,
        version=(f"{JAVA_HOME}/bin/java", "-version"),
        extra_cpu_ms=500,
        extra_memory_mb=96,
        names=_java_names,
    ),
    "javascript": Language(
        "javascript",
        "JavaScript (Node.js)",
        "solution.js",
        compile=("/usr/bin/node", "--check", "/work/{source}"),
        run=("/usr/bin/node", "--max-old-space-size={heap_mb}", "--stack-size=16000", "/work/{source}"),
        test_kinds=("io", "checker"),
        compile_limits=COMPILE_LIMITS,
        version=("/usr/bin/node", "--version"),
        extra_cpu_ms=200,
        extra_memory_mb=64,
    ),
}
# configuration a runtime reads outside /usr (Debian's OpenJDK keeps jvm.cfg and its security files in /etc)
READ_ONLY_BINDS = ("/etc/java-17-openjdk",)


def language(name: str) -> Language:
    try:
        return LANGUAGES[name]
    except KeyError:
        raise ValueError(f"unsupported language {name!r}") from None


@cache
def installed_versions() -> dict[str, str]:
    """Each language's toolchain version as the toolchain itself says it (first line), or "not installed"."""
    versions = {}
    for entry in LANGUAGES.values():
        try:
            done = subprocess.run(entry.version, capture_output=True, text=True, timeout=20)
            lines = (done.stdout or done.stderr).strip().splitlines()
            versions[entry.id] = lines[0] if done.returncode == 0 and lines else "not installed"
        except (OSError, subprocess.TimeoutExpired):
            versions[entry.id] = "not installed"
    return versions
