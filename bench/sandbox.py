"""The sandbox's own cost, side by side with bare runs: pre-started and cold, each isolation measure, each language."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tables.enums import Language, Verdict


def median(values: list[float]) -> float:
    return statistics.median(values)


def sandbox_overhead(runs: int) -> dict:
    """Interleaved: a trivial program through the sandbox (pre-started, as workers run it; and cold) vs bare, and
    what each isolation measure costs: bubblewrap's start with and without the seccomp filter and disabled user
    namespaces, the cgroup work around a submission, and a test's own cost (fork, clean-up) from 1 vs 11 tests."""
    from jobs.sandbox import Limits, Slot, TestCase, judge, scratch
    from jobs.sandbox.cgroups import SandboxCgroup

    slot = Slot(int(os.environ.get("SANDBOX_BASE_UID", "62000")), 64)
    one = [TestCase("io", "", "")]
    eleven = one * 11
    bare, warm, cold, many, hardened, plain, cgroup = [], [], [], [], [], [], []
    for _ in range(runs):
        slot.prestart()
        slot.wait_ready()  # what an idle worker holds: a sandbox that is up and waiting for its request
        started = time.perf_counter()
        subprocess.run(["/usr/bin/python3", "-c", "pass"], check=True)
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        warm_run = judge(slot, language=Language.python, source="pass\n", tests=one, limits=Limits())
        warm.append(time.perf_counter() - started)
        started = time.perf_counter()
        cold_run = judge(slot, language=Language.python, source="pass\n", tests=one, limits=Limits())
        cold.append(time.perf_counter() - started)  # no spare left: bwrap and the interpreter start on the clock
        slot.prestart()
        slot.wait_ready()
        started = time.perf_counter()
        many_run = judge(slot, language=Language.python, source="pass\n", tests=eleven, limits=Limits())
        many.append(time.perf_counter() - started)
        for run in (warm_run, cold_run, many_run):  # a sandbox that failed fast would look fast
            assert run.compile_ok and {t.verdict for t in run.tests} == {Verdict.accepted}, run
        hardened.append(_bwrap_start(slot, strip=False))
        plain.append(_bwrap_start(slot, strip=True))
        started = time.perf_counter()  # what a submission's sandbox costs beside bubblewrap: its mounts, its cgroup
        scratch.fresh(Path(slot.harness).with_name(f"bench-scratch-{slot.uid}"), slot.uid)
        own = SandboxCgroup.create(f"bench-{slot.uid}")
        own.limit(memory_bytes=512 << 20, processes=64)
        own.reset_peak()
        for _ in range(3):
            own.read()
        own.remove()
        cgroup.append(time.perf_counter() - started)
    return {
        "runs": runs,
        "bare_ms": median(bare) * 1000,
        "sandbox_prestarted_ms": median(warm) * 1000,
        "sandbox_cold_ms": median(cold) * 1000,
        "ratio_prestarted": median(warm) / median(bare),
        "ratio_cold": median(cold) / median(bare),
        "per_test_ms": (median(many) - median(warm)) / 10 * 1000,
        "start_hardened_ms": median(hardened) * 1000,
        "start_without_seccomp_and_userns_ms": median(plain) * 1000,
        "cgroup_per_submission_ms": median(cgroup) * 1000,
    }


def _bwrap_start(slot, *, strip: bool) -> float:
    """Seconds from spawn to the harness's ready line; `strip` drops the seccomp filter and --disable-userns."""
    from jobs.sandbox import bwrap, seccomp

    seccomp_fds = seccomp.open_filters()
    from jobs.sandbox import scratch

    place = Path(slot.harness).with_name(f"bench-scratch-{slot.uid}")
    mounts = scratch.fresh(place, slot.uid)
    argv = bwrap.bwrap_argv(slot.harness, [] if strip else seccomp_fds, mounts)
    if strip:
        argv = [a for a in argv if a != "--disable-userns"]
    started = time.perf_counter()
    process = subprocess.Popen(
        [bwrap.SETPRIV, f"--reuid={slot.uid}", f"--regid={slot.uid}", "--clear-groups", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={},
        pass_fds=seccomp_fds,
    )
    for fd in seccomp_fds:
        os.close(fd)
    process.stdout.readline()
    took = time.perf_counter() - started
    process.kill()
    process.wait()
    for name in scratch.PLACES:
        scratch.release(place / name)
    return took


SUM_PROGRAMS = {
    Language.python: "a, b = map(int, input().split())\nprint(a + b)\n",
    Language.c: '#include <stdio.h>\nint main(void){ long a, b; scanf("%ld %ld", &a, &b); printf("%ld\\n", a + b); }\n',
    Language.cpp: "#include <iostream>\nint main(){ long a, b; std::cin >> a >> b; std::cout << a + b << '\\n'; }\n",
    Language.java: "import java.util.*;\npublic class Main { public static void main(String[] x) {"
    " Scanner s = new Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); } }\n",
    Language.javascript: "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\n"
    "console.log(a + b);\n",
}


def language_overhead(runs: int) -> dict:
    """Per language, one submission (compile once, one test) bare on the host versus through the pre-started
    sandbox, interleaved: the bare run compiles and runs with the same toolchain commands, without isolation."""
    from jobs.sandbox import Limits, Slot, TestCase, judge
    from jobs.sandbox.languages import LANGUAGES

    slot = Slot(int(os.environ.get("SANDBOX_BASE_UID", "62000")), 64)
    test = [TestCase("io", "20 22\n", "42\n")]
    results = {}
    for name, source in SUM_PROGRAMS.items():
        entry, bare, boxed = LANGUAGES[name], [], []
        for _ in range(runs):
            bare.append(_bare_run(entry, source))
            slot.prestart()
            slot.wait_ready()
            started = time.perf_counter()
            judgement = judge(slot, language=name, source=source, tests=test, limits=Limits())
            boxed.append(time.perf_counter() - started)
            assert [t.verdict for t in judgement.tests] == [Verdict.accepted], judgement
        results[name] = {"bare_ms": median(bare) * 1000, "sandbox_ms": median(boxed) * 1000}
    slot.close()
    return results


def _bare_run(entry, source: str) -> float:
    """The same compile and run commands in a scratch directory standing in for /work."""
    from jobs.sandbox import Limits

    with tempfile.TemporaryDirectory() as work:
        file, _ = entry.files(source)
        Path(work, file).write_text(source)
        started = time.perf_counter()
        limits = entry.limits_for(Limits())
        if entry.compile:
            argv = [a.replace("/work", work) for a in entry.argv(entry.compile, source, limits)]
            subprocess.run(argv, check=True, capture_output=True)
        run = entry.argv(entry.run, source, limits) if entry.run else ["/usr/bin/python3", f"/work/{file}"]
        done = subprocess.run([a.replace("/work", work) for a in run], input=b"20 22\n", capture_output=True)
        took = time.perf_counter() - started
        assert done.stdout.strip() == b"42", done
        return took
