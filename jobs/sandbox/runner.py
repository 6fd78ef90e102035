"""Run one submission in bubblewrap: new user, pid, net, ipc, uts and cgroup namespaces, read-only /usr, an empty
tmpfs working directory, no project files and no environment, as the worker's own unprivileged slot uid.

The harness inside forks one child per test with that test's limits; this side bounds the whole run (wall clock,
output bytes, processes) and kills the sandbox's init, which ends its whole PID namespace, when it overstays.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import marshal
import os
import resource
import select
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from jobs.sandbox.languages import language

HARNESS_SOURCE = Path(__file__).with_name("harness.py")
SANDBOX_PYTHON = "/usr/bin/python3"
SETPRIV = "/usr/bin/setpriv"
SLOT_DIR = Path(tempfile.gettempdir()) / "autograder-sandbox"
DONE = b'{"step": "done"}\n'
RETIRE_GRACE_SECONDS = 0.5  # a sandbox exits ~4 ms after `done`; longer means it is stuck (or hostile)


@dataclass(frozen=True)
class Limits:
    cpu_ms: int = 2000
    wall_ms: int = 5000
    memory_mb: int = 256
    output_bytes: int = 64 * 1024
    file_bytes: int = 1024 * 1024
    processes: int = 64

    def as_dict(self) -> dict[str, int]:
        return {
            "cpu_ms": self.cpu_ms,
            "wall_ms": self.wall_ms,
            "memory_mb": self.memory_mb,
            "output_bytes": self.output_bytes,
            "file_bytes": self.file_bytes,
        }


COMPILE_LIMITS = Limits(cpu_ms=15000, wall_ms=30000, memory_mb=1024, output_bytes=16384, file_bytes=64 << 20)


@dataclass
class SandboxRun:
    compile_ok: bool
    compile_message: str
    tests: list[dict] = field(default_factory=list)
    crashed: str | None = None  # the sandbox ended without reporting every test
    started: bool = False  # the harness reported its compile step: the sandbox itself worked
    wall_ms: int = 0


class Slot:
    """One unprivileged uid per concurrent sandbox, held by an exclusive file lock for the process's lifetime.

    RLIMIT_NPROC counts per uid: a fork bomb under a shared uid would starve its neighbours.
    """

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
        self.harness = self._install_harness()
        self._kill_stale()
        self._spare: subprocess.Popen | None = None
        self._retired: list[subprocess.Popen] = []
        atexit.register(self.close)

    def close(self) -> None:
        """Kill the spare and any used sandbox still ending: nothing of ours outlives the worker."""
        for process in [self._spare, *self._retired]:
            if process is not None:
                _end(process, grace=0)
        self._spare, self._retired = None, []

    def take_sandbox(self) -> subprocess.Popen:
        """A sandbox started ahead of time (bwrap and the harness up, waiting for its request), used once.

        Starting the next one happens after a run, off the critical path; the process limit is the slot's, the
        per-test limits travel in the request.
        """
        spare, self._spare = self._spare, None
        if spare is not None and spare.poll() is None:
            return spare
        return _spawn(self.harness, self.uid)

    def retire(self, process: subprocess.Popen) -> None:
        """Hand back a used sandbox; it ends by itself after `done` and is reaped off the critical path."""
        process.stdout.close()
        self._retired.append(process)

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Block until the spare sandbox has announced it is ready (for measurements; workers never wait)."""
        if self._spare is None:
            return False
        ready = select.select([self._spare.stdout.fileno()], [], [], timeout)[0]
        if ready:
            os.read(self._spare.stdout.fileno(), 64)  # the ready line; the request's answer follows it
        return bool(ready)

    def prestart(self) -> None:
        """Reap the used sandboxes, then start the next one: dying namespaces still count against NPROC."""
        for process in self._retired:
            _end(process, grace=RETIRE_GRACE_SECONDS)
        self._retired = []
        if self._spare is None or self._spare.poll() is not None:
            self._spare = _spawn(self.harness, self.uid)

    def _kill_stale(self) -> None:
        """Whatever still runs as this slot's uid is left from a previous holder (a worker killed with SIGKILL):
        we hold the slot's lock now, so it is ours to end, and it would count against our process limit."""
        import psutil

        for process in psutil.process_iter(["uids"]):
            uids = process.info["uids"]
            if uids and uids.real == self.uid:
                with contextlib.suppress(psutil.Error):
                    process.kill()

    def _install_harness(self) -> str:
        """A world-readable copy, so the unprivileged uid can read it wherever the project lives."""
        target = SLOT_DIR / f"harness-{self.uid}.py"
        shutil.copyfile(HARNESS_SOURCE, target)
        os.chmod(target, 0o644)
        return str(target)


def bwrap_argv(harness: str) -> list[str]:
    argv = ["bwrap", "--unshare-all", "--as-pid-1", "--die-with-parent", "--new-session", "--clearenv"]
    argv += ["--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/work", "--setenv", "LANG", "C.UTF-8"]
    argv += ["--setenv", "PYTHONDONTWRITEBYTECODE", "1", "--setenv", "PYTHONHASHSEED", "0"]
    argv += ["--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib"]
    argv += ["--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin"]
    argv += ["--proc", "/proc", "--dev", "/dev"]
    argv += ["--size", str(64 << 20), "--tmpfs", "/tmp", "--size", str(64 << 20), "--tmpfs", "/work"]
    argv += ["--ro-bind", harness, "/sandbox/harness.py", "--remount-ro", "/", "--chdir", "/work"]
    argv += [SANDBOX_PYTHON, "-I", "-S", "/sandbox/harness.py"]
    return argv


def _end(process: subprocess.Popen, *, grace: float) -> None:
    """Wait up to `grace` for a sandbox to exit, else kill it, and reap it.

    The sandbox's init (bwrap's child, the harness) is killed first, so the outer bwrap reaps it and the kernel ends
    the whole PID namespace; killing the outer bwrap first would orphan the init as a zombie of the host's pid 1,
    still counted against the slot's NPROC until that pid 1 gets round to reaping it.
    """
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(grace)
        return
    for pid in _children(process.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(1.0)
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _spawn(harness: str, uid: int) -> subprocess.Popen:
    """bwrap as the slot's uid. `setpriv` drops it (real, effective and saved ids, no groups, no capabilities)
    instead of a `preexec_fn`, which would make Python fork this whole process rather than vfork: 2.6 ms less CPU
    a sandbox (measured in bench/)."""
    with _inherited_process_limit(Limits().processes):
        return subprocess.Popen(
            [SETPRIV, f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *bwrap_argv(harness)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


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


def run_submission(slot: Slot, *, language_name: str, source: str, tests: list[dict], limits: Limits) -> SandboxRun:
    lang = language(language_name)
    request = {
        "language": {"source_file": lang.source_file, "compile": lang.compile, "run": lang.run},
        "source": source,
        "tests": [{"kind": t["kind"], "input": t["input"]} for t in tests],
        "limits": limits.as_dict(),
        "compile_limits": COMPILE_LIMITS.as_dict(),
    }
    budget = (COMPILE_LIMITS.wall_ms if lang.compile else 0) + (limits.wall_ms + 500) * max(1, len(tests)) + 3000
    output_cap = (limits.output_bytes * 2 + 16384) * max(1, len(tests)) + 65536
    started = time.monotonic()
    process = slot.take_sandbox()
    stdout = _exchange(process, marshal.dumps(request), deadline=started + budget / 1000, cap=output_cap)
    if not stdout.endswith(DONE):
        _end(process, grace=0)  # over its budget or its output cap: it ends now, not after a grace
    slot.retire(process)
    run = SandboxRun(compile_ok=False, compile_message="", wall_ms=int((time.monotonic() - started) * 1000))
    for line in stdout.decode("utf-8", "replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if record.get("step") == "compile":
            run.started = True
            run.compile_ok, run.compile_message = bool(record["ok"]), str(record["message"])
        elif record.get("step") == "test":
            run.tests.append(record)
    if run.compile_ok and len(run.tests) < len(tests):
        run.crashed = f"the sandbox ended after {len(run.tests)} of {len(tests)} tests"
    return run


def _exchange(process: subprocess.Popen, request: bytes, *, deadline: float, cap: int) -> bytes:
    """Send the request; read until the harness says `done`, the sandbox ends, the budget or the cap runs out.

    Returning on `done` keeps bwrap's teardown (namespaces, tmpfs) off the critical path: `prestart` reaps it.
    """
    try:
        process.stdin.write(request)
        process.stdin.close()
    except BrokenPipeError:
        return b""
    output = bytearray()
    fd = process.stdout.fileno()
    while len(output) <= cap:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        output += chunk
        if output.endswith(DONE):
            break
    return bytes(output[:cap])
