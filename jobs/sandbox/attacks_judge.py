"""Attacks on the judge, the kernel's surfaces, hidden tests and the host (Python programs)."""

from __future__ import annotations

from jobs.sandbox.attack_kit import CTYPES, OK, Attack, py, syscalls_refused
from jobs.sandbox.cases import TestCase

# reads the test's own input into `data`, then sets `found` when the second test's input is anywhere in the memory of
# this process, which was forked from the judge (tests/test_sandbox_isolation.py proves it finds an input that is there)
SCAN_FOR_SECOND_INPUT = py("""
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
""")

ATTACKS: list[Attack] = [
    Attack(
        "carry state to the next test in SysV shared memory or a POSIX message queue",
        CTYPES
        + py("""
        import sys
        data = sys.stdin.read()
        segment = libc.shmget(0x5EC, 1 << 20, 0o1666)  # IPC_CREAT | 0666
        queue = libc.syscall(240, b"/carry", 0o100 | 2, 0o600, None)  # mq_open(O_CREAT | O_RDWR)
        semaphores = libc.semget(0x5ED, 1, 0o1666)
        print("ok" if segment == queue == semaphores == -1 else f"made {segment} {queue} {semaphores}")
        """),
        ("accepted", "accepted"),
        (TestCase("io", "SECRET-1\n", "ok\n"), TestCase("io", "SECRET-2\n", "ok\n")),
    ),
    Attack(
        "leave processes (or zombies) that still count in the next test",
        py("""
        import os, time
        judge = (1, 2, os.getpid())  # the harness, its template and this program
        others = [p for p in os.listdir("/proc") if p.isdigit() and int(p) not in judge]
        for _ in range(12):
            try:
                child = os.fork()
            except OSError:  # the hoppers have taken the process limit
                break
            if child == 0:
                os.closerange(0, 64)  # the test ends when the parent does; these stay behind
                while True:
                    try:
                        if os.fork() != 0:
                            os._exit(0)  # hop to a fresh pid, again and again
                    except OSError:
                        pass
        time.sleep(0.1)
        print("ok" if not others else f"found {others}")
        """),
        ("accepted", "accepted"),
        (OK, OK),
    ),
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
        syscalls_refused({"process_vm_readv": "libc.syscall(310, 1, 0, 0, 0, 0, 0)"}),
        ("accepted",),
    ),
    # hidden tests and state between tests
    Attack(
        "read a later test's input from memory",
        SCAN_FOR_SECOND_INPUT + 'print("ok" if not found or "SECOND" in data else "found")\n',
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
        syscalls_refused(
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
        syscalls_refused(
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
    Attack(
        "forge a record with the judge's own code, inherited by the forked child",
        py("""
        import sys
        judge, cleanup = sys.modules["harness"], sys.modules["harness_cleanup"]
        fields = {"outcome": None, "exit_code": 0, "time_ms": 1, "cpu_ms": 1, "max_rss_kb": 1}
        judge._write({"step": "test", "index": 0, **fields, "stdout": 3, "stderr": 0, "result": 0}, b"ok\\n")
        for clean_up in (cleanup.kill_strays, lambda: cleanup.restore({})):
            try:
                clean_up()
            except SystemExit:
                pass
        sys.stdout.flush()
        """),
        ("wrong_answer",),  # the "record" is only this program's output: the worker's pipe is not in the child
    ),
]
