"""Starting a bubblewrap sandbox as a slot's uid, and ending it.

A sandbox: new user (nested ones disabled), pid, net, ipc, uts and cgroup namespaces; read-only /usr; a read-only
root with only the device nodes a program needs; sized tmpfs for /work and /tmp; no project files; an empty
environment outside and in; the slot's unprivileged uid; the seccomp filters of `seccomp.py`.
"""

from __future__ import annotations

import contextlib
import os
import resource
import select
import signal
import subprocess
import time
from pathlib import Path

from jobs.sandbox.languages import READ_ONLY_BINDS
from jobs.sandbox.limits import Limits
from jobs.sandbox.seccomp import open_filters

SANDBOX_PYTHON = "/usr/bin/python3"
SETPRIV = "/usr/bin/setpriv"
BWRAP = "/usr/bin/bwrap"
HARNESS_ENTRY = "import sys; sys.path.insert(0, '/sandbox'); import harness; harness.run()"
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")


def bwrap_argv(harness: str, seccomp_fds: list[int], scratch: dict[str, str]) -> list[str]:
    """`scratch`: {sandbox path: host path} of the writable tmpfs mounts (see scratch.py)."""
    argv = [BWRAP, "--unshare-all", "--unshare-user", "--disable-userns", "--as-pid-1", "--die-with-parent"]
    argv += ["--new-session", "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/work"]
    argv += ["--setenv", "LANG", "C.UTF-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1"]
    argv += ["--setenv", "PYTHONHASHSEED", "0"]
    argv += ["--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib"]
    argv += ["--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin", "--proc", "/proc", "--dir", "/dev"]
    for path in READ_ONLY_BINDS:
        argv += ["--ro-bind-try", path, path]
    for device in DEVICES:
        argv += ["--dev-bind", device, device]
    argv += ["--symlink", "/proc/self/fd", "/dev/fd", "--symlink", "/proc/self/fd/0", "/dev/stdin"]
    argv += ["--symlink", "/proc/self/fd/1", "/dev/stdout", "--symlink", "/proc/self/fd/2", "/dev/stderr"]
    for inside, outside in scratch.items():
        argv += ["--bind", outside, inside]
    argv += ["--ro-bind", harness, "/sandbox", "--remount-ro", "/", "--chdir", "/work"]
    for fd in seccomp_fds:
        argv += ["--add-seccomp-fd", str(fd)]
    argv += [SANDBOX_PYTHON, "-I", "-S", "-c", HARNESS_ENTRY]
    return argv


def await_ready(process: subprocess.Popen, timeout: float) -> bool:
    """The harness's first line is `{"step": "ready"}`; anything else is a sandbox that did not start."""
    fd = process.stdout.fileno()
    line = b""
    deadline = time.monotonic() + timeout
    while not line.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return False
        chunk = os.read(fd, 1)  # one byte at a time: what follows the line belongs to the session
        if not chunk:
            return False
        line += chunk
    return line == b'{"step": "ready"}\n'


def end(process: subprocess.Popen, *, grace: float) -> None:
    """Wait up to `grace` for a sandbox to exit, else kill it, and reap it.

    The sandbox's init (bwrap's child, the harness) is killed first, so the outer bwrap reaps it and the kernel ends
    the whole PID namespace; killing the outer bwrap first would orphan the init as a zombie of the host's pid 1,
    still counted against the slot's NPROC until that pid 1 gets round to reaping it.
    """
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(grace)
        return
    for pid in descendants(process.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(1.0)
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def descendants(pid: int) -> list[int]:
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return [grand for child in children for grand in (child, *descendants(child))]


def spawn(harness: str, uid: int, scratch: dict[str, str]) -> subprocess.Popen:
    """bwrap as the slot's uid, with an empty environment. `setpriv` drops to it (real, effective and saved ids,
    no groups, no capabilities) instead of a `preexec_fn`, which would make Python fork this whole process rather
    than vfork: 2.6 ms less CPU a sandbox (measured in bench/)."""
    seccomp_fds = open_filters()
    try:
        with _inherited_process_limit(Limits().processes):
            return subprocess.Popen(
                [
                    SETPRIV,
                    f"--reuid={uid}",
                    f"--regid={uid}",
                    "--clear-groups",
                    *bwrap_argv(harness, seccomp_fds, scratch),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env={},
                pass_fds=seccomp_fds,
                start_new_session=True,
            )
    finally:
        for fd in seccomp_fds:
            os.close(fd)


@contextlib.contextmanager
def _inherited_process_limit(processes: int):
    """RLIMIT_NPROC for the child being spawned: it counts per uid once setpriv drops to the slot's uid. Only the
    soft limit, so this process (root, exempt from it anyway) can restore it right after and nothing else it starts
    later inherits it; the harness makes it its hard limit too before any student code runs."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NPROC)
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NPROC, (soft, hard))
