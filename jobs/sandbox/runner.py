"""Sandbox slots: one unprivileged uid, one kernel cgroup and one pre-started spare sandbox each."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from jobs.sandbox import scratch
from jobs.sandbox.bwrap import SANDBOX_PYTHON, await_ready, descendants, end, spawn
from jobs.sandbox.cgroups import SandboxCgroup
from jobs.sandbox.languages import Language
from jobs.sandbox.limits import Limits
from jobs.sandbox.session import Session

HARNESS_SOURCES = [Path(__file__).with_name(name) for name in ("harness.py", "harness_child.py", "harness_cleanup.py")]
SLOT_DIR = Path(tempfile.gettempdir()) / "autograder-sandbox"
RETIRE_GRACE_SECONDS = 0.5  # a sandbox exits ~4 ms after `done`; longer means it is stuck (or hostile)
READY_SECONDS = 10.0


class SandboxUnavailable(RuntimeError):
    """Ours, not the student's: the sandbox did not start."""


@dataclass(frozen=True)
class Spare:
    """A started sandbox and whether it is ready: in the slot's cgroup and waiting for its job."""

    process: subprocess.Popen
    ready: Future[bool]

    def is_ready(self, timeout: float) -> bool:
        try:
            return self.ready.result(timeout)
        except (OSError, TimeoutError):  # a cgroup that refused it, or a harness that never said ready
            return False


class Slot:
    """One unprivileged uid and one cgroup per concurrent sandbox, held by an exclusive file lock for the process's
    lifetime. RLIMIT_NPROC counts per uid: a fork bomb under a shared uid would starve its neighbours."""

    def __init__(self, base_uid: int, slots: int) -> None:
        SLOT_DIR.mkdir(mode=0o755, exist_ok=True)
        for index in range(slots):
            # by uid: two processes counting slots from different base uids must still never share one
            handle = open(SLOT_DIR / f"slot-{base_uid + index}.lock", "w")  # noqa: SIM115 - held for the lifetime
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
        self._spare: Spare | None = None
        self._retired: list[subprocess.Popen] = []
        self._preparer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"sandbox-{self.uid}")
        atexit.register(self.close)

    def close(self) -> None:
        """Kill the spare and any used sandbox still ending: nothing of ours outlives the worker."""
        for process in [self._spare.process if self._spare else None, *self._retired]:
            if process is not None:
                end(process, grace=0)
        self._spare, self._retired = None, []
        for place in scratch.PLACES:
            scratch.release(SLOT_DIR / f"scratch-{self.uid}" / place)

    def prestart(self) -> None:
        """Reap the used sandboxes, then start the next one off the critical path."""
        self._reap()
        if self._spare is None or self._spare.process.poll() is not None:
            self._spare = self._start()

    def wait_ready(self, timeout: float = READY_SECONDS) -> bool:
        """Block until the spare sandbox is ready (for measurements; `session` waits by itself)."""
        return self._spare is not None and self._spare.is_ready(timeout)

    def session(self, language: Language, source: str, limits: Limits) -> Session:
        """A started sandbox in this slot's cgroup, given the job; used once."""
        self._reap()
        spare, self._spare = self._spare, None
        if spare is None or spare.process.poll() is not None:
            spare = self._start()
        if not spare.is_ready(READY_SECONDS):
            end(spare.process, grace=0)
            raise SandboxUnavailable("the sandbox did not start")
        return Session(self, spare.process, language, source, limits)

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

    def _start(self) -> Spare:
        """A new sandbox with fresh writable mounts of its own, put in the slot's cgroup while it is still the small
        setpriv process (~50 us; moving a started harness, its pages charged elsewhere, waits a millisecond or more
        for the kernel), and made ready in the background."""
        process = spawn(self.harness, self.uid, scratch.fresh(SLOT_DIR / f"scratch-{self.uid}", self.uid))
        with contextlib.suppress(OSError):  # it ended already: `_prepare` finds it never ready
            self.cgroup.attach(process.pid)
        return Spare(process, self._preparer.submit(self._prepare, process))

    def _prepare(self, process: subprocess.Popen) -> bool:
        """Off the critical path: wait for the harness's ready line; a harness that bwrap started before its parent
        was attached (a race bwrap often wins) is moved into the cgroup now, before any student code runs."""
        if not await_ready(process, READY_SECONDS):
            return False
        for pid in descendants(process.pid):
            if not self.cgroup.holds(pid):
                self.cgroup.attach(pid)
        return True

    def _install_harness(self) -> str:
        """A world-readable copy, so the unprivileged uid can read it wherever the project lives, with its bytecode
        compiled by the sandbox's own interpreter (unchecked: nothing inside can change the read-only copy), so no
        sandbox compiles the harness again on its start."""
        target = SLOT_DIR / f"harness-{self.uid}"
        target.mkdir(mode=0o755, exist_ok=True)
        for source in HARNESS_SOURCES:
            shutil.copyfile(source, target / source.name)
            os.chmod(target / source.name, 0o644)
        compiled = subprocess.run(
            [
                SANDBOX_PYTHON,
                "-I",
                "-m",
                "compileall",
                "-q",
                "-f",
                "--invalidation-mode",
                "unchecked-hash",
                str(target),
            ],
            capture_output=True,
            text=True,
        )
        if compiled.returncode:
            raise RuntimeError(f"cannot compile the sandbox harness: {compiled.stdout}{compiled.stderr}")
        for pyc in (target / "__pycache__").iterdir():
            os.chmod(pyc, 0o644)
        os.chmod(target / "__pycache__", 0o755)
        return str(target)
