"""Sandbox slots: one unprivileged uid and one pre-started spare sandbox each; every sandbox has a cgroup of its own."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import subprocess
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from jobs.sandbox import scratch
from jobs.sandbox.bwrap import SANDBOX_PYTHON, await_ready, descendants, end, spawn
from jobs.sandbox.cgroups import SandboxCgroup
from jobs.sandbox.hostpaths import SLOT_DIR, lock_slot
from jobs.sandbox.languages import Language
from jobs.sandbox.limits import MB, Limits
from jobs.sandbox.session import Session

HARNESS_SOURCES = [
    Path(__file__).with_name(name)
    for name in ("harness.py", "harness_child.py", "harness_cleanup.py", "harness_template.py")
]
RETIRE_GRACE_SECONDS = 0.5  # a sandbox exits ~4 ms after `done`; longer means it is stuck (or hostile)
READY_SECONDS = 10.0
SPARE_MEMORY_BYTES = 256 * MB  # a started sandbox before its job: the harness alone holds ~10 MB


class SandboxUnavailable(RuntimeError):
    """Ours, not the student's: the sandbox did not start."""


@dataclass(frozen=True)
class Spare:
    """A started sandbox and whether it is ready: in its own cgroup and waiting for its job."""

    process: subprocess.Popen
    cgroup: SandboxCgroup
    ready: Future[bool]

    def is_ready(self, timeout: float) -> bool:
        try:
            return self.ready.result(timeout)
        except (OSError, TimeoutError):  # a cgroup that refused it, or a harness that never said ready
            return False


class Slot:
    """One unprivileged uid per concurrent sandbox, held by an exclusive file lock for the process's lifetime.
    RLIMIT_NPROC counts per uid: a fork bomb under a shared uid would starve its neighbours. Each sandbox gets a fresh
    cgroup, created as it starts and removed once it is reaped, so nothing one submission leaves charged (page cache,
    dentries, inodes) is charged to the next."""

    def __init__(self, base_uid: int, slots: int) -> None:
        for index in range(slots):
            # by uid: two processes counting slots from different base uids must still never share one
            self._locks = lock_slot(base_uid + index)
            if self._locks is not None:
                self.uid = base_uid + index
                break
        else:
            raise RuntimeError(f"all {slots} sandbox slots are taken; raise SANDBOX_SLOTS")
        self._prefix = f"sandbox-{self.uid}-"
        SandboxCgroup.sweep(self._prefix)  # left by a previous holder killed with SIGKILL: we hold the lock, it is ours
        self.harness = self._install_harness()
        self._kill_stale()
        self._started = 0
        self._spare: Spare | None = None
        self._retired: list[tuple[subprocess.Popen, SandboxCgroup]] = []
        self._unremoved: list[SandboxCgroup] = []
        self._preparer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"sandbox-{self.uid}")
        atexit.register(self.close)

    def close(self) -> None:
        """Kill the spare and any used sandbox still ending: nothing of ours outlives the worker."""
        if self._spare is not None:
            self._retired.append((self._spare.process, self._spare.cgroup))
        for process, cgroup in self._retired:
            cgroup.kill_all()
            end(process, grace=0)
            self._unremoved.append(cgroup)
        self._spare, self._retired = None, []
        self._remove_cgroups()
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
            self.retire(spare.process, spare.cgroup, stuck=True)
            raise SandboxUnavailable("the sandbox did not start")
        return Session(self, spare.process, spare.cgroup, language, source, limits)

    def retire(self, process: subprocess.Popen, cgroup: SandboxCgroup, *, stuck: bool) -> None:
        """Hand back a used sandbox; it ends by itself after `done` and is reaped, and its cgroup removed, off the
        critical path."""
        if stuck:
            cgroup.kill_all()
            end(process, grace=0)
            self._unremoved.append(cgroup)
            self._remove_cgroups()
            return
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.stdout.close()
        self._retired.append((process, cgroup))

    def _reap(self) -> None:
        for process, cgroup in self._retired:
            end(process, grace=RETIRE_GRACE_SECONDS)
            cgroup.kill_all()  # a process the sandbox's end left behind would keep the cgroup
            self._unremoved.append(cgroup)
        self._retired = []
        self._remove_cgroups()

    def _remove_cgroups(self) -> None:
        """A cgroup whose last process is still exiting refuses removal: it is tried again at the next reap."""
        self._unremoved = [cgroup for cgroup in self._unremoved if not cgroup.remove()]

    def _kill_stale(self) -> None:
        """Whatever still runs as this slot's uid is left from a previous holder: it would count against NPROC."""
        import psutil

        for process in psutil.process_iter(["uids"]):
            uids = process.info["uids"]
            if uids and uids.real == self.uid:
                with contextlib.suppress(psutil.Error):
                    process.kill()

    def _start(self) -> Spare:
        """A new sandbox with fresh writable mounts and a fresh cgroup of its own, put in that cgroup while it is
        still the small setpriv process (~50 us; moving a started harness, its pages charged elsewhere, waits a
        millisecond or more for the kernel), and made ready in the background."""
        self._started += 1
        cgroup = SandboxCgroup.create(f"{self._prefix}{self._started}")
        cgroup.limit(memory_bytes=SPARE_MEMORY_BYTES, processes=Limits().processes)  # bounded before any job
        process = spawn(self.harness, self.uid, scratch.fresh(SLOT_DIR / f"scratch-{self.uid}", self.uid))
        with contextlib.suppress(OSError):  # it ended already: `_prepare` finds it never ready
            cgroup.attach(process.pid)
        return Spare(process, cgroup, self._preparer.submit(self._prepare, process, cgroup))

    @staticmethod
    def _prepare(process: subprocess.Popen, cgroup: SandboxCgroup) -> bool:
        """Off the critical path: wait for the harness's ready line; a harness that bwrap started before its parent
        was attached (a race bwrap often wins) is moved into the cgroup now, before any student code runs."""
        if not await_ready(process, READY_SECONDS):
            return False
        for pid in descendants(process.pid):
            if not cgroup.holds(pid):
                cgroup.attach(pid)
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
