"""Attacks on the sandbox's accounting and on the judge's reach (issue 22): memory left charged by a build or an
earlier test, kernel memory outside the limit, calls that take the judge's pid, syscalls newer than any list, a tree
the clean-up cannot walk, earlier tests in a later test's memory, output past what a comparison reads, bytes the
database refuses, and call tests that shadow the judge's builtins."""

from __future__ import annotations

from dataclasses import replace

from jobs.sandbox.attack_kit import CTYPES, LIMITS, OK, Attack, py, syscalls_refused
from jobs.sandbox.attacks_resources import OVER_MB
from jobs.sandbox.cases import TestCase

# 65,536 failed lookups on the host's file system (tmpfs keeps no negative dentries) leave ~13 MB of negative dentries,
# kernel memory charged to the sandbox's cgroup, as gcc's `__has_include` of made-up names does
DENTRIES = (
    "import os\ntag = os.urandom(8).hex()  # names no earlier run has looked up\n"
    "for i in range(1 << 16):\n    os.path.exists(f'/usr/lib/no-such-{tag}-{i}')\n"
)
GRAB_PAST_LIMIT = f"x = b'x' * ({OVER_MB} << 20)\nprint('held')\n"

ATTACKS: list[Attack] = [
    Attack(
        "leave negative dentries in one test, hold more than the limit in the next",
        py("""
        import sys
        if sys.stdin.read() == "first\\n":
        """)
        + "\n".join("    " + line for line in DENTRIES.splitlines())
        + "\n    print('ok')\nelse:\n"
        + "\n".join("    " + line for line in GRAB_PAST_LIMIT.splitlines())
        + "\n",
        ("accepted", "memory_limit"),
        (TestCase("io", "first\n", "ok\n"), TestCase("io", "second\n", "ok\n")),
        limits=replace(LIMITS, cpu_ms=3000, wall_ms=6000),  # the lookups take ~0.8 s
    ),
    Attack(
        "delete its own 24 MB build, then hold the limit, the allowance and more",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n"
        "__attribute__((used)) static const char ballast[24 << 20] = {1};\n"  # the build is 24 MB
        f'int main(void){{ unlink("/work/program"); long n = {OVER_MB}L << 20; volatile char *p = malloc(n);'
        " for (long i = 0; i < n; i += 4096) p[i] = ballast[i % 4096] + 1;"
        ' puts("ok"); return 0; }\n',
        ("memory_limit",),
        language="c",
    ),
    Attack(
        "TCP buffers on loopback (charged outside the memory counter on cgroup v1)",
        py("""
        import socket
        try:
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            print("made a TCP socket")
        except OSError:
            kinds = []
            for family in (socket.AF_INET6, socket.AF_NETLINK, socket.AF_PACKET):
                try:
                    socket.socket(family, socket.SOCK_DGRAM if family != socket.AF_PACKET else socket.SOCK_RAW)
                    kinds.append(family)
                except OSError:
                    pass
            a, b = socket.socketpair()  # AF_UNIX stays: runtimes use it between their own processes
            a.send(b"x")
            print("ok" if not kinds and b.recv(1) == b"x" else f"made {kinds}")
        """),
        ("accepted",),
    ),
    Attack(
        "calls that take the judge's pid: prlimit, setpriority, sched_setaffinity, sched_setscheduler, ioprio_set",
        CTYPES
        + py("""
        class Limit(ctypes.Structure):
            _fields_ = [("cur", ctypes.c_ulong), ("max", ctypes.c_ulong)]
        five = Limit(5, 5)
        mask = ctypes.c_ulong(1)
        param = ctypes.c_int(0)
        reached = []
        for name, call in [
            ("prlimit64", lambda: libc.syscall(302, 1, 7, ctypes.byref(five), None)),  # RLIMIT_NOFILE
            ("prlimit64, high bits", lambda: libc.syscall(302, ctypes.c_long(1 << 32 | 1), 7, ctypes.byref(five), 0)),
            ("setpriority", lambda: libc.syscall(141, 0, 1, 19)),  # PRIO_PROCESS
            ("setpriority user", lambda: libc.syscall(141, 2, 0, 19)),  # PRIO_USER: every process of the uid
            ("sched_setaffinity", lambda: libc.syscall(203, 1, 8, ctypes.byref(mask))),
            ("sched_setscheduler", lambda: libc.syscall(144, 1, 5, ctypes.byref(param))),  # SCHED_IDLE
            ("ioprio_set", lambda: libc.syscall(251, 1, 1, 7 << 13)),  # IOPRIO_WHO_PROCESS, class idle
            ("kill", lambda: libc.syscall(62, 1, 19)),  # SIGSTOP
            ("tgkill", lambda: libc.syscall(234, 1, 1, 19)),
        ]:
            if call() != -1 or ctypes.get_errno() != 1:  # EPERM
                reached.append(name)
        print("ok" if not reached else f"reached {reached}")
        """),
        ("accepted", "accepted"),
        (OK, OK),  # the second test proves the judge still runs tests
    ),
    Attack(
        "syscalls newer than any deny list: open_tree_attr, statmount, listmount, process_madvise",
        syscalls_refused(
            {
                "open_tree_attr": "libc.syscall(467, -100, b'/', 0, None, 0)",
                "statmount": "libc.syscall(457, ctypes.c_buffer(32), ctypes.c_buffer(512), 512, 0)",
                "listmount": "libc.syscall(458, ctypes.c_buffer(32), ctypes.c_buffer(64), 8, 0)",
                "process_madvise": "libc.syscall(440, 0, None, 0, 0, 0)",
            }
        ),
        ("accepted",),
    ),
    Attack(
        "a directory chain 3000 deep for the clean-up to walk",
        py("""
        import os, sys
        if os.listdir("/work") != ["solution.py"] or os.listdir("/tmp"):
            print("left", os.listdir("/work"), os.listdir("/tmp"))
            sys.exit()
        os.chdir("/tmp")
        for _ in range(3000):
            os.mkdir("d")
            os.chdir("d")
        os.chmod(".", 0)
        print("ok")
        """),
        ("accepted", "accepted", "accepted"),
        (OK, OK, OK),
    ),
    Attack(
        "find an earlier test's input in its own memory",
        py("""
        import sys
        data = sys.stdin.read()
        head, tail = b"SECRET-FIR", b"ST"  # never joined here: only the first test's input holds both
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
        print("ok" if not found or "FIRST" in data else "found")
        """),
        ("accepted", "accepted"),
        # 100 KB: a heap chunk the judge frees but no smaller input reuses (it was found there before the template)
        (TestCase("io", "SECRET-FIRST" + "x" * 100_000 + "\n", "ok\n"), TestCase("io", "SECRET-SECOND\n", "ok\n")),
    ),
    Attack(
        "junk after the first MiB of output against a regex",
        'import sys\nsys.stdout.write("1234567\\n" * (1 << 17) + "JUNK")\n',
        ("wrong_answer",),
        (TestCase("io", "", "(\\d+\\n)*", compare_mode="regex"),),
        limits=replace(LIMITS, output_bytes=4 << 20),
    ),
    Attack(
        "a lone surrogate and NUL in the output",
        'import sys\nsys.stdout.buffer.write(b"\\xed\\xa0\\x80 \\x00 \\xff\\n")\n',
        ("wrong_answer",),
    ),
    Attack(
        "shadow len and lie with __eq__ in a call test",
        py("""
        def len(x):
            return 4
        class Liar:
            def __eq__(self, other):
                return True
            __hash__ = None
        def f(n=0):
            return Liar()
        """),
        ("runtime_error", "wrong_answer"),  # the real len refuses a Liar; `==` is decided outside
        (TestCase("call", "len(f())", "4"), TestCase("call", "f(2) == 4", "true")),
    ),
]
