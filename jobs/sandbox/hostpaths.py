"""Where the worker keeps its sandboxes' files on the host, out of everyone else's reach.

Slot locks, the harness's copies and the mount points of the sandboxes' /work and /tmp live under one directory of
root's own that no one else may list or write (`SLOT_DIR`, mode 0711; the locks inside are 0600): no local user can
plant a file or a symlink there for the worker to follow as root (the class of Judge0's CVE-2024-28185/28189), and
the worker refuses a directory that is not root's own or that others may write. 0711 rather than 0700: the
unprivileged bubblewrap must pass through it to bind the harness and the mounts (binding by descriptor instead,
`--bind-fd`, fails here: bwrap cannot follow /proc/self/fd to a directory the worker opened). What a sandbox may
write (its two tmpfs mounts) is only ever mounted and detached by the worker, never walked or followed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import tempfile
from pathlib import Path

SLOT_DIR = Path("/run/autograder-sandbox")
# where workers before this one took their slot locks: held too while it exists and is root's own, so a worker of
# each kind on one host (a rolling deploy) never shares a slot's uid
LEGACY_LOCK_DIR = Path(tempfile.gettempdir()) / "autograder-sandbox"


class UnsafeDirectory(RuntimeError):
    """A directory the worker would follow as root is not root's own."""


def _owned_by_root(path: Path, *, forbidden: int) -> bool:
    """A directory (not a symlink) of root's own, with none of the `forbidden` mode bits."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return False
    return stat.S_ISDIR(found.st_mode) and found.st_uid == 0 and not found.st_mode & forbidden


def private_root() -> Path:
    """SLOT_DIR, created root-owned 0711 when missing; UnsafeDirectory when it is anything else."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(SLOT_DIR, 0o711)
        os.chmod(SLOT_DIR, 0o711)  # whatever the umask
    if not _owned_by_root(SLOT_DIR, forbidden=0o066):
        raise UnsafeDirectory(f"{SLOT_DIR} must be a directory of root's own that others may not list or write")
    return SLOT_DIR


def _lock(directory: Path, uid: int) -> int | None:
    descriptor = os.open(directory / f"slot-{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        return None
    return descriptor


def lock_slot(uid: int) -> list[int] | None:
    """The slot's lock descriptors, held for the process's lifetime; None when another process holds the slot."""
    held = []
    for directory in (private_root(), LEGACY_LOCK_DIR):
        if directory is LEGACY_LOCK_DIR and not _owned_by_root(directory, forbidden=0o022):
            continue  # absent, or someone else's: never followed
        descriptor = _lock(directory, uid)
        if descriptor is None:
            for taken in held:
                os.close(taken)
            return None
        held.append(descriptor)
    return held
