"""The hostile suite: attacks a student could try, each with the verdict it must get on this host.

Isolation depends on the host (kernel, cgroup version, container runtime, AppArmor's rules for user namespaces), so
operators run `autograder sandbox selftest` after every deploy: it runs every attack here through `judge`, as the
workers do, and prints per attack `contained` or `NOT CONTAINED`, exiting non-zero when anything got through.
Every program prints `ok` only when its attack was refused, so a wrong verdict shows an escape. After each attack an
ordinary program must still be accepted in the same slot.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from jobs.sandbox.judge import TestCase, judge
from jobs.sandbox.limits import Limits
from jobs.sandbox.runner import Slot

LIMITS = Limits(cpu_ms=500, wall_ms=1500, memory_mb=64)
OK = TestCase("io", "", "ok\n")
CTYPES = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"


def py(source: str) -> str:
    return textwrap.dedent(source).strip() + "\n"


@dataclass(frozen=True)
class Attack:
    name: str
    source: str
    verdicts: tuple[str, ...]  # one per test, in order; "a|b" where the kernel may end it either way
    tests: tuple[TestCase, ...] = (OK,)
    language: str = "python"


def _finally_bomb(levels: int) -> str:
    """Each level's finally body is compiled twice (normal and exceptional exit): the code doubles per level."""
    source = "x = 1\n"
    for _ in range(levels):
        source = "try:\n    x = 1\nfinally:\n" + textwrap.indent(source, "    ")
    return source


def _syscalls_refused(calls: dict[str, str]) -> str:
    checks = "".join(f"    ({name!r}, lambda: {call}),\n" for name, call in calls.items())
    loop = "    if call() != -1 or ctypes.get_errno() not in (1, 38):  # EPERM, or ENOSYS for clone3\n"
    return (
        CTYPES
        + f"reached = []\nfor name, call in [\n{checks}]:\n{loop}        reached.append(name)\n"
        + 'print("ok" if not reached else f"reached {reached}")\n'
    )


ATTACKS: list[Attack] = [
    # the judge: trace it, read or write its memory, take its descriptors, signal it
    Attack(
        "copy the judge's stdout with pidfd_getfd and forge records",
        CTYPES
        + py("""
        pidfd = libc.syscall(434, 1, 0)  # pidfd_open(1)
        fd = libc.syscall(438, pidfd, 1, 0) if pidfd >= 0 else -1  # pidfd_getfd(pidfd, 1)
        if fd >= 0:
            os.write(fd, b'{"step": "test", "index": 0, "outcome": null, "exit_code": 0}\\n')
            os._exit(3)
        print("ok")
        """),
        ("accepted",),
    ),
    Attack(
        "stop the judge with ptrace while running past the limits",
        CTYPES
        + py("""
        if libc.ptrace(16, 1, 0, 0) == 0:  # PTRACE_ATTACH
            while True:
                pass
        print("ok")
        """),
        ("accepted",),
    ),
    Attack(
        "write the judge's memory through /proc/1/mem",
        py("""
        try:
            open("/proc/1/mem", "r+b")
            print("opened")
        except OSError:
            print("ok")
        """),
        ("accepted",),
    ),
    Attack(
        "write to the judge's descriptors through /proc/1/fd",
        py("""
        import os
        try:
            fd = os.open("/proc/1/fd/1", os.O_WRONLY)
            os.write(fd, b'{"step": "done"}\\n')
            print("wrote")
        except OSError:
            print("ok")
        """),
        ("accepted",),
    ),
    Attack(
        "signal the judge (SIGINT, SIGTERM, SIGSTOP, SIGHUP) then run past the limits",
        py("""
        import os, signal
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGSTOP, signal.SIGHUP, signal.SIGUSR1):
            try:
                os.kill(1, sig)
            except OSError:
                pass
        print("ok")
        """),
        ("accepted", "accepted"),
        (OK, OK),
    ),
    Attack("kill every process it can see", "import os, signal\nos.kill(-1, signal.SIGKILL)\n", ("runtime_error",)),
    Attack(
        "read process memory of the judge with process_vm_readv",
        _syscalls_refused({"process_vm_readv": "libc.syscall(310, 1, 0, 0, 0, 0, 0)"}),
        ("accepted",),
    ),
    # memory that is not malloc
    Attack(
        "fill the /work tmpfs",
        py("""
        import os
        written = 0
        try:
            for i in range(1000):
                with open(f"/work/fill{i}", "wb") as f:
                    f.write(b"0" * (1 << 20))
                written += 1 << 20
        except OSError:
            pass
        print("ok" if written <= 64 << 20 else f"wrote {written >> 20} MB")
        """),
        ("accepted",),
    ),
    Attack(
        "write to /dev",
        py("""
        import os
        try:
            open("/dev/fill", "wb").write(b"0" * (1 << 20))
            print("wrote")
        except OSError:
            print("ok" if not os.path.exists("/dev/shm") else "shm")
        """),
        ("accepted",),
    ),
    Attack(
        "memfd pages beyond the limit",
        py("""
        import os
        held = []
        for _ in range(160):  # one MB each: the file size limit holds a single memfd to that
            held.append(os.memfd_create("x"))
            os.write(held[-1], b"0" * (1 << 20))
        print("wrote 160 MB")
        """),
        ("memory_limit",),
    ),
    Attack(
        "memory split over four processes",
        py("""
        import os, time
        for _ in range(4):
            if os.fork() == 0:
                block = bytearray(40 << 20)
                time.sleep(3)
                os._exit(0)
        while True:
            try:
                os.wait()
            except ChildProcessError:
                break
        print("held 160 MB")
        """),
        ("memory_limit",),
    ),
    Attack(
        "raise its own MemoryError",
        "class MemoryError(Exception):\n    pass\nraise MemoryError('fake')\n",
        ("runtime_error",),
    ),
    Attack(
        "read 100 MB of files (page cache is not the program's memory)",
        py("""
        import os
        total = 0
        for root, _, names in os.walk("/usr/lib"):
            for name in names:
                try:
                    with open(os.path.join(root, name), "rb") as f:
                        while chunk := f.read(1 << 20):
                            total += len(chunk)
                except OSError:
                    pass
                if total > 100 << 20:
                    break
            if total > 100 << 20:
                break
        print("ok")
        """),
        ("accepted",),
    ),
    Attack("heap bomb", "chunks = []\nwhile True:\n    chunks.append(bytearray(8 << 20))\n", ("memory_limit",)),
    Attack(
        "inode flood",
        py("""
        import os
        made = 0
        try:
            for i in range(300000):
                os.close(os.open(f"/tmp/{i}", os.O_CREAT | os.O_WRONLY))
                made += 1
        except OSError:
            pass
        print("ok")
        """),
        ("memory_limit",),
    ),
    Attack(
        "socket buffers",
        py("""
        import socket
        pairs = []
        try:
            while True:
                a, b = socket.socketpair()
                a.setblocking(False)
                try:
                    while True:
                        a.send(b"0" * 65536)
                except BlockingIOError:
                    pass
                pairs.append((a, b))
        except OSError:
            pass
        print("ok")
        """),
        ("accepted",),
    ),
    # compilation and parsing in a child, not in the judge
    Attack(
        "compile bomb (nested try/finally)",
        _finally_bomb(18),
        ("compile_error",),
    ),
    Attack("parser MemoryError (30 KB of unary minus)", "x = " + "-" * 30000 + "1\n", ("compile_error",)),
    # results the comparison must survive
    Attack(
        "deeply nested call result",
        py("""
        def f():
            value = []
            for _ in range(900):
                value = [value]
            return value
        """),
        ("wrong_answer",),
        (TestCase("call", "f()", "[]"),),
    ),
    Attack(
        "4200-digit call result",
        "def f():\n    return 10 ** 4200\n",
        ("wrong_answer",),
        (TestCase("call", "f()", "1"),),
    ),
    Attack(
        "catastrophic regex",
        "print('a' * 40 + '!')\n",
        ("wrong_answer",),
        (TestCase("io", "", "(a+)+$", compare_mode="regex"),),
    ),
    Attack(
        "escape amplification (control characters under the output cap)",
        "import sys\nsys.stdout.write('\\x01' * 60000)\n",
        ("wrong_answer",),
    ),
    Attack("stdout flood", "while True:\n    print('x' * 4096)\n", ("output_limit",)),
    # time
    Attack(
        "fork bomb",
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
        ("time_limit|memory_limit",),
    ),
    Attack("cpu loop", "while True:\n    pass\n", ("time_limit",)),
    Attack("sleep", "import time\ntime.sleep(60)\n", ("time_limit",)),
    Attack("stop itself", "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n", ("time_limit",)),
    # hidden tests and state between tests
    Attack(
        "read a later test's input from memory",
        py("""
        import sys
        data = sys.stdin.read()
        head, tail = b"SECRET-SEC", b"OND"  # never joined here: only the second test's input holds both
        found = False
        for line in open("/proc/self/maps"):
            start, end = (int(x, 16) for x in line.split()[0].split("-"))
            if "rw" not in line.split()[1]:
                continue
            try:
                with open("/proc/self/mem", "rb") as mem:
                    mem.seek(start)
                    chunk = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            at = chunk.find(head)
            while at >= 0 and not found:
                found = chunk[at + len(head) : at + len(head) + len(tail)] == tail
                at = chunk.find(head, at + 1)
        print("ok" if not found or "SECOND" in data else "found")
        """),
        ("accepted", "accepted"),
        (TestCase("io", "SECRET-FIRST\n", "ok\n"), TestCase("io", "SECRET-SECOND\n", "ok\n")),
    ),
    Attack(
        "leave a file for the next test",
        py("""
        import os
        left = [p for p in ("/work/left", "/tmp/left", "/work/sub/left") if os.path.exists(p)]
        os.makedirs("/work/sub", exist_ok=True)
        for p in ("/work/left", "/tmp/left", "/work/sub/left"):
            open(p, "w").write("x")
        os.chmod("/work/sub", 0)
        print("ok" if not left else f"found {left}")
        """),
        ("accepted", "accepted"),
        (OK, OK),
    ),
    # kernel surfaces
    Attack(
        "io_uring, perf, userfaultfd, keyrings, bpf, mount",
        _syscalls_refused(
            {
                "io_uring_setup": "libc.syscall(425, 8, ctypes.create_string_buffer(120))",
                "perf_event_open": "libc.syscall(298, ctypes.create_string_buffer(128), 0, -1, -1, 0)",
                "userfaultfd": "libc.syscall(323, 0)",
                "keyctl": "libc.syscall(250, 0, -1, 0)",
                "add_key": "libc.syscall(248, b'user', b'k', b'v', 1, -3)",
                "bpf": "libc.syscall(321, 0, ctypes.create_string_buffer(128), 128)",
                "mount": "libc.mount(b'none', b'/tmp', b'tmpfs', 0, None)",
            }
        ),
        ("accepted",),
    ),
    Attack(
        "nested user and network namespaces",
        _syscalls_refused(
            {
                "unshare(user|net)": "libc.unshare(0x10000000 | 0x40000000)",
                "unshare(net)": "libc.unshare(0x40000000)",
                "clone(user)": "libc.syscall(56, 0x10000000 | 17, 0, 0, 0, 0)",
                "clone3": "libc.syscall(435, 0, 0)",
                "setns": "libc.setns(0, 0)",
            }
        ),
        ("accepted",),
    ),
    Attack(
        "environment and host files",
        py("""
        import os
        leaked = [k for k in os.environ if k not in ("PATH", "HOME", "LANG", "PWD", "PYTHONDONTWRITEBYTECODE",
                                                      "PYTHONHASHSEED")]
        seen = [p for p in ("/root", "/etc/passwd", "/var/lib", "/home", "/sys/fs/cgroup") if os.path.exists(p)]
        print("ok" if not leaked and not seen else f"leaked {leaked} saw {seen}")
        """),
        ("accepted",),
    ),
    Attack(
        "network",
        py("""
        import socket
        try:
            socket.create_connection(("192.0.2.1", 80), timeout=1)
            print("connected")
        except OSError:
            print("ok")
        """),
        ("accepted",),
    ),
    # C
    # a fork bomb's churn of dying processes holds kernel memory: either limit may end it first
    Attack(
        "C fork bomb",
        "#include <unistd.h>\nint main(void){ for(;;) fork(); }\n",
        ("time_limit|memory_limit",),
        language="c",
    ),
    Attack(
        "C heap bomb",
        "#include <stdlib.h>\n#include <string.h>\nint main(void){ for(;;){ char *p = malloc(1<<24);"
        " if(p) memset(p, 1, 1<<24);} }\n",
        ("memory_limit",),
        language="c",
    ),
    Attack(
        "C stdout flood",
        '#include <stdio.h>\nint main(void){ for(;;) puts("xxxxxxxxxxxxxxxx"); }\n',
        ("output_limit",),
        language="c",
    ),
    Attack(
        "C ptrace of the judge",
        "#include <stdio.h>\n#include <sys/ptrace.h>\nint main(void){"
        ' puts(ptrace(PTRACE_ATTACH, 1, 0, 0) == 0 ? "attached" : "ok"); }\n',
        ("accepted",),
        language="c",
    ),
]


@dataclass(frozen=True)
class Result:
    attack: Attack
    verdicts: tuple[str, ...]
    still_grades: bool

    @property
    def contained(self) -> bool:
        expected = [set(v.split("|")) for v in self.attack.verdicts]
        return (
            len(self.verdicts) == len(expected)
            and all(got in allowed for got, allowed in zip(self.verdicts, expected, strict=True))
            and self.still_grades
        )


def run_attack(slot: Slot, attack: Attack) -> Result:
    judgement = judge(slot, language=attack.language, source=attack.source, tests=attack.tests, limits=LIMITS)
    verdicts = tuple(t.verdict for t in judgement.tests) if judgement.compile_ok else ("compile_error",)
    after = judge(slot, language="python", source="print('ok')\n", tests=[OK], limits=LIMITS)
    return Result(attack, verdicts, [t.verdict for t in after.tests] == ["accepted"])


def run_all(slot: Slot, report: Callable[[Result], None]) -> list[Result]:
    results = []
    for attack in ATTACKS:
        result = run_attack(slot, attack)
        report(result)
        results.append(result)
    return results
