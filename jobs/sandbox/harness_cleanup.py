"""The harness's clean-up between tests, inside the sandbox: no process of a test outlives it, and every test
starts in a clean /work and /tmp with the build's files written again from memory.

Loaded by harness.py inside the sandbox (system Python, no project code); see harness.py for the whole picture.
"""

import os
import time

SIGKILL = 9
WRITABLE = ("/work", "/tmp")
STRAYS_SECONDS = 0.5  # killed processes leave within microseconds; the worker's phase deadline covers the rest


def require_sandbox():
    """Outside its PID namespace (where bwrap --as-pid-1 makes the harness pid 1) or as root, the harness and this
    clean-up would kill the host's processes and empty the host's /tmp."""
    if os.getpid() != 1 or os.getuid() == 0:
        raise SystemExit("the sandbox harness runs only inside the sandbox")


def kill_strays():
    """Kill every process in this PID namespace but ourselves (its init): fork bombs, daemons, setsid; and reap
    them until /proc lists only us, so the next test starts with none of them, not even as zombies."""
    require_sandbox()
    deadline = time.monotonic() + STRAYS_SECONDS
    while True:
        others = [int(name) for name in os.listdir("/proc") if name.isdigit() and name != "1"]
        if not others or time.monotonic() > deadline:
            return
        for pid in others:
            try:
                os.kill(pid, SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass
        time.sleep(0.0005)


def wipe(path):
    """Remove everything below `path`, whatever modes the previous test left on it."""
    try:
        entries = list(os.scandir(path))
    except PermissionError:
        os.chmod(path, 0o700)
        entries = list(os.scandir(path))
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            os.chmod(entry.path, 0o700)
            wipe(entry.path)
            os.rmdir(entry.path)
        else:
            os.unlink(entry.path)


def snapshot(root):
    """The build's files, to restore before each test: {path: (mode, bytes)}."""
    files = {}
    for directory, _, names in os.walk(root):
        for name in names:
            path = os.path.join(directory, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    files[path] = (os.stat(path).st_mode & 0o777, handle.read())
    return files


def restore(files):
    """Empty /work and /tmp, then write the build's files (`snapshot`) back."""
    require_sandbox()
    for place in WRITABLE:
        wipe(place)
    for path, (mode, data) in files.items():
        os.makedirs(os.path.dirname(path), exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with open(descriptor, "wb") as handle:
            handle.write(data)
