"""Sandbox slots: one unprivileged uid, one kernel cgroup and one pre-started spare sandbox each."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from jobs.sandbox import scratch
from jobs.sandbox.bwrap import await_ready, descendants, end, spawn
from jobs.sandbox.cgroups import SandboxCgroup
from jobs.sandbox.languages import Language
from jobs.sandbox.limits import Limits
from jobs.sandbox.session import Session

HARNESS_SOURCES = [Path(__file__).with_name(name) for name in ("harness.py", "harness_child.py")]
SLOT_DIR = Path(tempfile.gettempdir()) / "autograder-sandbox"
RETIRE_GRACE_SECONDS = 0.5  # a sandbox exits ~4 ms after `done`; longer means it is stuck (or hostile)
READY_SECONDS = 10.0


class SandboxUnavailable(RuntimeError):
    """Ours, not the student's: the sandbox did not start."""


class Slot:
    """One unprivileged uid and one cgroup per concurrent sandbox, held by an exclusive file lock for the process's
    lifetime. RLIMIT_NPROC counts per uid: a fork bomb under a shared uid would starve its neighbours."""

    def __init__(self, base_uid: int, slots: int) -> None:
        SLOT_DIR.mkdir(mode=0o755, exist_ok=True)
        for index in range(slots):
            handle = open(SLOT_DIR / f"slot-{index}.lock", "w")  # noqa: SIM115 - held for the process lifetime
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            self._lock = handle
            self.uid = base_uid + index
            break
        else:
            raise RuntimeError(f"all {slots} sandbox slots are taken; raise SANDBOX_SLOTS")
        self.cgroup = SandboxCgroup.create(f"slot-{self.uid}")
        self.harness = self._install_harness()
        self.cgroup.kill_all()  # left by a previous holder killed with SIGKILL: we hold the lock, it is ours
        self._kill_stale()
        self._spare: subprocess.Popen | None = None
        self._retired: list[subprocess.Popen] = []
        atexit.register(self.close)

    def close(self) -> None:
        """Kill the spare and any used sandbox still ending: nothing of ours outlives the worker."""
        for process in [self._spare, *self._retired]:
            if process is not None:
                end(process, grace=0)
        self._spare, self._retired = None, []
        for place in scratch.PLACES:
            scratch.release(SLOT_DIR / f"scratch-{self.uid}" / place)

    def prestart(self) -> None:
        """Reap the used sandboxes, then start the next one off the critical path."""
        self._reap()
        if self._spare is None or self._spare.poll() is not None:
            self._spare = self._spawn()

    def wait_ready(self, timeout: float = READY_SECONDS) -> bool:
        """Block until the spare sandbox is ready (for measurements; `session` waits by itself)."""
        if self._spare is None:
            return False
        return await_ready(self._spare, timeout)

    def session(self, language: Language, source: str, limits: Limits) -> Session:
        """A started sandbox in this slot's cgroup, given the job; used once."""
        self._reap()
        spare, self._spare = self._spare, None
        if spare is None or spare.poll() is not None:
            spare = self._spawn()
        if not await_ready(spare, READY_SECONDS):
            end(spare, grace=0)
            raise SandboxUnavailable("the sandbox did not start")
        for pid in [spare.pid, *descendants(spare.pid)]:
            with contextlib.suppress(ProcessLookupError, OSError):
                self.cgroup.attach(pid)
                # out of memory, the kernel picks the student's processes (they raise theirs), never the judge
                Path(f"/proc/{pid}/oom_score_adj").write_text("-1000")
        return Session(self, spare, language, source, limits)

    def retire(self, process: subprocess.Popen, *, stuck: bool) -> None:
        """Hand back a used sandbox; it ends by itself after `done` and is reaped off the critical path."""
        if stuck:
            self.cgroup.kill_all()
            end(process, grace=0)
            return
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.stdout.close()
        self._retired.append(process)

    def _reap(self) -> None:
        for process in self._retired:
            end(process, grace=RETIRE_GRACE_SECONDS)
        self._retired = []

    def _kill_stale(self) -> None:
        """Whatever still runs as this slot's uid is left from a previous holder: it would count against NPROC."""
        import psutil

        for process in psutil.process_iter(["uids"]):
            uids = process.info["uids"]
            if uids and uids.real == self.uid:
                with contextlib.suppress(psutil.Error):
                    process.kill()

    def _spawn(self) -> subprocess.Popen:
        """A new sandbox, with fresh writable mounts of its own."""
        return spawn(self.harness, self.uid, scratch.fresh(SLOT_DIR / f"scratch-{self.uid}", self.uid))

    def _install_harness(self) -> str:
        """A world-readable copy, so the unprivileged uid can read it wherever the project lives."""
        target = SLOT_DIR / f"harness-{self.uid}"
        target.mkdir(mode=0o755, exist_ok=True)
        for source in HARNESS_SOURCES:
            shutil.copyfile(source, target / source.name)
            os.chmod(target / source.name, 0o644)
        return str(target)
