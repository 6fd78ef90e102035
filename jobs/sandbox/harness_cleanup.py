"""The harness's clean-up between tests, inside the sandbox: no process of a test outlives it, and every test
starts in a clean /work and /tmp with the build's files written again from memory. Iterative and bounded: a clean-up
that cannot finish raises `Unclean`, and the worker runs the next test in a fresh sandbox.

Loaded by harness.py inside the sandbox (system Python, no project code); see harness.py for the whole picture.
"""

import os
import time

SIGKILL = 9
WRITABLE = ("/work", "/tmp")
STRAYS_SECONDS = 0.5  # killed processes leave within microseconds; the worker's phase deadline covers the rest
MAX_ENTRIES = 3 * 4096  # both tmpfs mounts' inode caps (scratch.TMPFS_INODES each), and some
MAX_DEPTH = 4096  # no deeper than a tmpfs's inodes allow
MAX_BUILD_FILES = 128  # each is held open while the tests run: well within the harness's 256 descriptors
PAGE = 4096


def require_sandbox():
    """Outside its PID namespace (where bwrap --as-pid-1 makes the harness pid 1) or as root, the harness and this
    clean-up would kill the host's processes and empty the host's /tmp."""
    if os.getpid() != 1 or os.getuid() == 0:
        raise SystemExit("the sandbox harness runs only inside the sandbox")


class Unclean(Exception):
    """The clean-up could not finish (a process that would not die, a tree past the bounds, a file that would not go):
    this sandbox must not run another test; the worker discards it and runs the next test in a fresh one."""


def kill_strays(spared=(1, 2)):
    """Kill every process in this PID namespace but `spared`, the harness (its init) and its template (see
    harness_template.py): fork bombs, daemons, setsid;
    and reap them until /proc lists only those, so the next test starts with none of them, not even as zombies."""
    require_sandbox()
    deadline = time.monotonic() + STRAYS_SECONDS
    while True:
        others = [int(name) for name in os.listdir("/proc") if name.isdigit() and int(name) not in spared]
        if not others:
            return
        if time.monotonic() > deadline:
            raise Unclean(f"{len(others)} processes would not end")
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


def _listing(budget):
    """The entries of the current directory, charged to the budget: a tree is never walked past its bounds."""
    entries = list(os.scandir("."))
    budget[0] -= len(entries)
    if budget[0] < 0:
        raise Unclean(f"more than {MAX_ENTRIES} entries to remove")
    return entries


def wipe(root):
    """Remove everything below `root`, whatever modes the previous test left on it, without recursion and without a
    path longer than one name (each level is entered with chdir), so no depth of tree can crash it; bounded in depth
    and entries (the tmpfs's inode cap bounds them anyway). Only called once every process of the test is gone."""
    budget = [MAX_ENTRIES]
    os.chmod(root, 0o700)
    os.chdir(root)
    names = []  # the directories entered below root, by name
    levels = [_listing(budget)]
    while levels:
        if not levels[-1]:
            levels.pop()
            if names:
                os.chdir("..")
                os.rmdir(names.pop())
            continue
        entry = levels[-1].pop()
        if entry.is_dir(follow_symlinks=False):
            if len(names) >= MAX_DEPTH:
                raise Unclean(f"a directory tree deeper than {MAX_DEPTH}")
            os.chmod(entry.name, 0o700)
            os.chdir(entry.name)
            names.append(entry.name)
            levels.append(_listing(budget))
        else:
            os.unlink(entry.name)
    os.chdir("/")


def snapshot(root):
    """The build's files, to restore before each test: {path: (mode, bytes)}; regular files only, walked without
    recursion and within the same bounds as `wipe`."""
    files = {}
    budget = MAX_ENTRIES
    pending = [root]
    while pending:
        directory = pending.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                budget -= 1
                if budget < 0 or directory.count("/") > MAX_DEPTH:
                    raise Unclean("the build has more files or depth than a sandbox restores")
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    if len(files) >= MAX_BUILD_FILES:
                        raise Unclean(f"the build has more than {MAX_BUILD_FILES} files")
                    with open(entry.path, "rb") as handle:
                        files[entry.path] = (entry.stat(follow_symlinks=False).st_mode & 0o777, handle.read())
    return files


_held = []  # descriptors of the restored build's files, so deleting them frees nothing (see `restore`)


def build_bytes(files):
    """What keeping the build costs the sandbox: its files' pages twice (the tmpfs copy, held open, and our copy)."""
    return 2 * sum(-(-len(data) // PAGE) * PAGE for _, data in files.values())


def restore(files):
    """Empty /work and /tmp, then write the build's files (`snapshot`) back; Unclean when it cannot. Each file stays
    open here until the next restore: a program that deletes its build frees nothing, so the build's pages, which
    its limit includes (`build_bytes`), are never memory it can take for itself."""
    require_sandbox()
    try:
        while _held:
            os.close(_held.pop())
        for place in WRITABLE:
            wipe(place)
        for path, (mode, data) in files.items():
            os.makedirs(os.path.dirname(path), exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
            with open(descriptor, "wb") as handle:
                handle.write(data)
            _held.append(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC))  # read-only: it may be exec'd
        os.chdir("/work")
    except OSError as exc:
        raise Unclean(f"the clean-up failed: {exc}") from None
