"""The sandbox's writable places, /work and /tmp: a fresh tmpfs each per sandbox, sized and with an inode cap.

bubblewrap 0.8's own `--tmpfs` takes a size but no inode count, so the worker (root) mounts them on the host and
bwrap binds them in. A new pair is mounted for every sandbox, so nothing one submission wrote is there for the
next; the previous pair is detached from the host and freed when its sandbox's mount namespace ends. Pages and
inodes are charged to the sandbox's memory cgroup, which writes them.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from jobs.sandbox.limits import MB

TMPFS_BYTES = 32 * MB
TMPFS_INODES = 4096
MS_NOSUID, MS_NODEV = 2, 4
MNT_DETACH = 2
UMOUNT_NOFOLLOW = 8
PLACES = ("work", "tmp")
_libc = ctypes.CDLL(None, use_errno=True)


def fresh(directory: Path, uid: int) -> dict[str, str]:
    """Mount a new tmpfs for each place under `directory`, owned by `uid`: {sandbox path: host path}."""
    mounts = {}
    for place in PLACES:
        target = directory / place
        target.mkdir(parents=True, exist_ok=True)
        release(target)
        options = f"size={TMPFS_BYTES},nr_inodes={TMPFS_INODES},mode=0700,uid={uid},gid={uid}".encode()
        if _libc.mount(b"tmpfs", str(target).encode(), b"tmpfs", MS_NOSUID | MS_NODEV, options) != 0:
            code = ctypes.get_errno()
            raise OSError(code, f"cannot mount the sandbox's {place} tmpfs at {target}: {os.strerror(code)}")
        mounts[f"/{place}"] = str(target)
    return mounts


def release(target: Path) -> None:
    """Detach every tmpfs mounted at `target` (a sandbox still using one keeps its own reference to it); it stops
    at the first failure, EINVAL once nothing is mounted there."""
    while _libc.umount2(str(target).encode(), MNT_DETACH | UMOUNT_NOFOLLOW) == 0:
        pass
