"""Hostile programs are data: each gets the verdict it must get, stays contained, and the worker grades on.

Every program prints `ok` only when its attack was contained, so a wrong verdict shows an escape.
"""

from __future__ import annotations

import textwrap
import time
from urllib.parse import urlparse

import httpx
import psutil
import pytest

from app.settings import PROJECT_ROOT
from jobs.sandbox import Limits
from tests.grading_support import ECHO_TEST, add_question, submit_and_wait, world_with


def _ports(services: dict[str, str]) -> list[int]:
    return [urlparse(services[name]).port for name in ("database", "redis", "s3")]


def py(source: str) -> str:
    return textwrap.dedent(source).strip() + "\n"


def hostile_python(services: dict[str, str]) -> list[tuple[str, str, str]]:
    ports = _ports(services)
    data_dir = services["data_dir"]
    return [
        (
            "fork bomb",
            py("""
            import os
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
        """),
            "time_limit",
        ),
        (
            "thread bomb",
            py("""
            import threading, time
            while True:
                try:
                    threading.Thread(target=time.sleep, args=(100,)).start()
                except RuntimeError:
                    pass
        """),
            "time_limit",
        ),  # the cgroup's process limit refuses new threads; the loop spins until its time is up
        ("cpu loop", "while True:\n    pass\n", "time_limit"),
        ("sleep loop", "import time\nwhile True:\n    time.sleep(1)\n", "time_limit"),
        ("heap bomb", "chunks = []\nwhile True:\n    chunks.append(bytearray(50 * 2**20))\n", "memory_limit"),
        # address space that is never touched costs no memory: memory is what the cgroup counts, not reservations
        ("mmap bomb", "import mmap\nmaps = [mmap.mmap(-1, 2**30) for _ in range(64)]\n", "wrong_answer"),
        (
            "mmap bomb, touched",
            "import mmap\nm = mmap.mmap(-1, 2**30)\nfor i in range(0, 2**30, 4096):\n    m[i] = 1\n",
            "memory_limit",
        ),
        ("stack recursion", "def f(n):\n    return f(n + 1) + 1\nf(0)\n", "runtime_error"),
        ("stdout flood", "while True:\n    print('x' * 4096)\n", "output_limit"),
        ("stderr flood", "import sys\nwhile True:\n    sys.stderr.write('e' * 4096)\n", "time_limit"),
        (
            "disk fill",
            "with open('fill', 'wb') as f:\n    while True:\n        f.write(b'0' * 2**20)\n",
            "runtime_error",
        ),
        (
            "loopback services",
            py(f"""
            import socket
            reached = []
            for port in {ports}:
                try:
                    s = socket.socket()  # refused by the filter: programs get AF_UNIX only
                except OSError:
                    continue
                s.settimeout(1)
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    reached.append(port)
            print("ok" if not reached else f"reached {{reached}}")
        """),
            "accepted",
        ),
        (
            "outside address",
            py("""
            import socket
            try:
                s = socket.socket()  # refused by the filter; and no route leaves the empty network namespace
                s.settimeout(1)
                s.connect(("192.0.2.1", 80))  # TEST-NET-1
                print("connected")
            except OSError:
                print("ok")
        """),
            "accepted",
        ),
        (
            "environment secrets",
            py("""
            import os
            leaked = [k for k in os.environ if k not in ("PATH", "HOME", "LANG", "PWD", "PYTHONDONTWRITEBYTECODE",
                                                          "PYTHONHASHSEED")]
            print("ok" if not leaked else f"leaked {leaked}")
        """),
            "accepted",
        ),
        (
            "project and data files",
            py(f"""
            import os
            paths = [{str(PROJECT_ROOT)!r}, {data_dir!r}, "/root", "/etc/passwd", "/var/lib"]
            seen = [p for p in paths if os.path.exists(p)]
            print("ok" if not seen else f"saw {{seen}}")
        """),
            "accepted",
        ),
        (
            "proc of other processes",
            py("""
            import os
            pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
            names = []
            for pid in pids:
                try:
                    names.append(open(f"/proc/{pid}/cmdline", "rb").read())
                except OSError:
                    pass
            hostile = [n for n in names if b"postgres" in n or b"weed" in n or b"rq" in n or b"uvicorn" in n]
            print("ok" if len(pids) <= 4 and not hostile else f"saw {pids} {hostile}")
        """),
            "accepted",
        ),
        ("kill everything", "import os, signal\nos.kill(-1, signal.SIGKILL)\n", "runtime_error"),
        (
            "raise the process limit",
            py(f"""
            import resource
            soft, hard = resource.getrlimit(resource.RLIMIT_NPROC)
            resource.setrlimit(resource.RLIMIT_NPROC, (hard, hard))
            print("ok" if resource.getrlimit(resource.RLIMIT_NPROC)[0] <= {Limits().processes} else "raised")
        """),
            "accepted",
        ),
        (
            "forge the harness's answers",
            py("""
            import json, os
            forged = {"step": "test", "index": 0, "outcome": None, "exit_code": 0, "stdout": "ok\\n", "stderr": "",
                      "result": "", "time_ms": 1, "cpu_ms": 1, "max_rss_kb": 1}
            try:
                fd = os.open("/proc/1/fd/1", os.O_WRONLY)
                os.write(fd, (json.dumps(forged) + "\\n" + json.dumps({"step": "done"}) + "\\n").encode())
            except OSError:
                pass
        """),
            "wrong_answer",
        ),
        (
            "symlink out",
            py(f"""
            import os
            os.symlink({str(PROJECT_ROOT / "pyproject.toml")!r}, "escape")
            os.symlink("/proc/1/root/etc/shadow", "shadow")
            try:
                open("escape").read()
                print("escaped")
            except OSError:
                try:
                    open("shadow").read()
                    print("escaped")
                except OSError:
                    print("ok")
        """),
            "accepted",
        ),
        (
            "leave a file",
            "open('/work/left', 'w').write('x')\nopen('/tmp/left', 'w').write('x')\nprint('ok')\n",
            "accepted",
        ),
        (
            "find a left file",
            py("""
            import os
            print("ok" if not os.path.exists("/work/left") and not os.path.exists("/tmp/left") else "found")
        """),
            "accepted",
        ),
        (
            "write outside work",
            py("""
            try:
                open("/usr/evil", "w")
                print("wrote")
            except OSError:
                print("ok")
        """),
            "accepted",
        ),
    ]


HOSTILE_C = [
    ("c fork bomb", "#include <unistd.h>\nint main(void){ for(;;) fork(); }\n", "time_limit"),
    (
        "c heap bomb",
        "#include <stdlib.h>\n#include <string.h>\nint main(void){ for(;;){ char *p = malloc(1<<24);"
        " if(!p) { *(volatile int*)0 = 1; } memset(p, 1, 1<<24);} }\n",
        "memory_limit",
    ),
    ("c stdout flood", '#include <stdio.h>\nint main(void){ for(;;) puts("xxxxxxxxxxxxxxxx"); }\n', "output_limit"),
    (
        "c network",
        "#include <stdio.h>\n#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"
        "int main(void){ struct sockaddr_in a = {0}; a.sin_family = AF_INET; a.sin_port = htons(80);"
        ' inet_pton(AF_INET, "192.0.2.1", &a.sin_addr); int s = socket(AF_INET, SOCK_STREAM, 0);'
        ' puts(connect(s, (void*)&a, sizeof a) == 0 ? "connected" : "ok"); }\n',
        "accepted",
    ),
    # the harness is the namespace's init, so kill(-1) finds nothing it may signal: the program prints nothing
    ("c kill everything", "#include <signal.h>\nint main(void){ kill(-1, SIGKILL); return 0; }\n", "wrong_answer"),
    (
        "c read secrets",
        '#include <stdio.h>\nint main(void){ FILE *f = fopen("/etc/shadow", "r"); puts(f ? "read" : "ok"); }\n',
        "accepted",
    ),
]


def _leftovers(workers) -> list[str]:
    """Processes of a sandbox slot uid that are not a worker's next sandbox (one bwrap, its harness and the harness's
    template, which run nothing yet), under this session's workers or orphaned to the host's init; another test
    session's or a benchmark's sandboxes on the same machine are not ours to count."""

    def slot_uid(process: psutil.Process) -> bool:
        return 62000 <= process.uids().real < 62064

    found: list[str] = []
    try:
        for worker in workers:
            ours = [p for p in psutil.Process(worker.pid).children(recursive=True) if slot_uid(p)]
            bwraps = [p for p in ours if p.name() == "bwrap"]
            harnesses = [p for p in ours if p.ppid() in {b.pid for b in bwraps}]
            templates = [p for p in ours if p.ppid() in {h.pid for h in harnesses}]  # forked before any job
            rest = [p for p in ours if p not in bwraps and p not in harnesses and p not in templates]
            if len(bwraps) > 1 or len(harnesses) > 1 or len(templates) > 1 or rest:
                found += [f"{p.pid} {p.name()} (worker {worker.pid})" for p in ours]
        found += [f"{p.pid} {p.name()} (orphan)" for p in psutil.process_iter() if p.ppid() == 1 and slot_uid(p)]
    except psutil.Error:  # something ended while we looked: look again
        return ["(changing)"]
    return found


def _settles(condition, seconds: float = 5.0) -> bool:
    """A killed sandbox's namespace is torn down asynchronously; a real leak is still there after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _ordinary_still_graded(api: httpx.Client, world) -> None:
    result = submit_and_wait(api, world, "print('ok')\n", user=world.classmate)
    assert result["verdict"] == "accepted", result


PYTHON_CASES = 23


def test_at_least_twenty_hostile_programs(services) -> None:
    assert len(hostile_python(services)) == PYTHON_CASES  # every one of them is run below
    assert len(hostile_python(services)) + len(HOSTILE_C) >= 20


@pytest.mark.parametrize("index", range(PYTHON_CASES))
def test_hostile_python_is_contained(api: httpx.Client, workers, services, index: int) -> None:
    name, code, verdict = hostile_python(services)[index]
    world = world_with(ECHO_TEST, time_limit_ms=1000, memory_limit_mb=256)
    result = submit_and_wait(api, world, code)
    assert result["verdict"] == verdict, (name, result)
    assert all(w.poll() is None for w in workers), f"{name} killed a worker"
    assert _settles(lambda: not _leftovers(workers)), (f"{name} left processes behind", _leftovers(workers))
    _ordinary_still_graded(api, world)


@pytest.mark.parametrize("index", range(len(HOSTILE_C)))
def test_hostile_c_is_contained(api: httpx.Client, workers, index: int) -> None:
    name, code, verdict = HOSTILE_C[index]
    world = world_with(ECHO_TEST, language="c", time_limit_ms=1000, memory_limit_mb=256)
    result = submit_and_wait(api, world, code)
    assert result["verdict"] == verdict, (name, result)
    assert all(w.poll() is None for w in workers), f"{name} killed a worker"
    _ordinary_still_graded(api, add_question(world, ECHO_TEST))
