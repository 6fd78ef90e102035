"""Attacks on resources (memory by every route, time, output), compilation and comparison (Python programs)."""

from __future__ import annotations

from jobs.sandbox.attack_kit import Attack, finally_bomb, py
from jobs.sandbox.cases import TestCase
from jobs.sandbox.languages import SANDBOX_MB

OVER_MB = 64 + SANDBOX_MB + 4  # LIMITS' 64 MB, the fixed allowance, and more: past the absolute limit whatever it holds

ATTACKS: list[Attack] = [
    # more than the limit and the sandbox's whole allowance, then a clean exit: the kernel holds the program to it
    Attack(
        f"use {OVER_MB} MB of a 64 MB limit and exit cleanly",
        f"x = b'x' * ({OVER_MB} << 20)\nprint('ok')\n",
        ("memory_limit",),
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
        print("ok" if made < 300000 else f"made {made} files")
        """),
        ("accepted",),
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
        finally_bomb(18),
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
]
