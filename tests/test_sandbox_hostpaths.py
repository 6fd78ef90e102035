"""The worker's own files on the host: under a directory of root's own that it refuses otherwise, never through a
symlink someone else planted."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jobs.sandbox import hostpaths
from jobs.sandbox.hostpaths import SLOT_DIR, UnsafeDirectory


def test_the_slot_directory_is_roots_and_no_one_elses_to_list_or_write() -> None:
    found = os.lstat(hostpaths.private_root())
    assert stat.S_ISDIR(found.st_mode) and found.st_uid == 0 and stat.S_IMODE(found.st_mode) & 0o066 == 0
    assert not str(SLOT_DIR).startswith(("/tmp", "/var/tmp"))


@pytest.mark.parametrize("planted", ["someone else's directory", "a symlink to root's directory", "world-writable"])
def test_a_slot_directory_someone_else_could_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    place = tmp_path / "autograder-sandbox"
    if planted == "someone else's directory":
        place.mkdir(mode=0o711)
        os.chown(place, 62063, 62063)
    elif planted == "a symlink to root's directory":
        place.symlink_to(hostpaths.private_root())
    else:
        place.mkdir()
        os.chmod(place, 0o777)
    monkeypatch.setattr(hostpaths, "SLOT_DIR", place)
    with pytest.raises(UnsafeDirectory):
        hostpaths.private_root()


def test_a_legacy_lock_directory_that_is_not_roots_is_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A local user's directory in /tmp with a symlink where a lock file would go: the worker writes nothing there."""
    legacy = tmp_path / "legacy"
    legacy.mkdir(mode=0o777)
    os.chmod(legacy, 0o777)
    victim = tmp_path / "victim"
    victim.write_text("untouched")
    (legacy / "slot-62062.lock").symlink_to(victim)
    monkeypatch.setattr(hostpaths, "LEGACY_LOCK_DIR", legacy)
    held = hostpaths.lock_slot(62062)
    try:
        assert held is not None and len(held) == 1  # the private directory's lock only
        assert victim.read_text() == "untouched" and stat.S_IMODE(victim.stat().st_mode) != 0o600
    finally:
        for descriptor in held or []:
            os.close(descriptor)
