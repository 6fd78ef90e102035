"""bubblewrap sandboxes and the conversation with the harness inside them.

A sandbox: new user (nested ones disabled), pid, net, ipc, uts and cgroup namespaces; read-only /usr; a read-only
root with only the device nodes a program needs; sized tmpfs for /work and /tmp; no project files; an empty
environment outside and in; the slot's unprivileged uid; the seccomp filter of `seccomp.py`; and the slot's kernel
cgroup around all of it. The worker measures each test from outside (its own clock, the cgroup's CPU, memory and
OOM counters) and reads the harness's answers as untrusted bytes: one record per test, in order, known fields,
bounded sizes.
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
from dataclasses import dataclass
from pathlib import Path

from jobs.sandbox.cgroups import Reading, SandboxCgroup
from jobs.sandbox.languages import Language
from jobs.sandbox.limits import MB, Limits
from jobs.sandbox.seccomp import open_filter

HARNESS_SOURCE = Path(__file__).with_name("harness.py")
SANDBOX_PYTHON = "/usr/bin/python3"
SETPRIV = "/usr/bin/setpriv"
BWRAP = "/usr/bin/bwrap"
SLOT_DIR = Path(tempfile.gettempdir()) / "autograder-sandbox"
RETIRE_GRACE_SECONDS = 0.5  # a sandbox exits ~4 ms after `done`; longer means it is stuck (or hostile)
READY_SECONDS = 10.0
OVERHEAD_SECONDS = 1.0  # a phase's fixed allowance beyond its own limits: fork, clean-up, the answer's trip
HARNESS_RESERVE_MB = 32  # the harness's own interpreter and the build's files, beside the program's memory
TMPFS_BYTES = 32 * MB
FULL_MARGIN_BYTES = 2 * MB  # a charge that fails leaves the peak just under the limit
HEADER_CAP = 65536
STDERR_CAP = 8192
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")
TEST_FIELDS = {
    "step": str,
    "index": int,
    "outcome": (str, type(None)),
    "exit_code": int,
    "time_ms": int,
    "cpu_ms": int,
    "max_rss_kb": int,
    "stdout": int,
    "stderr": int,
    "result": int,
}
OUTCOMES = (None, "timeout", "output_limit")


class SandboxUnavailable(RuntimeError):
    """Ours, not the student's: the sandbox did not start."""


class SandboxLost(Exception):
    """The sandbox stopped answering as it must (overran its phase, ended, or said something malformed)."""

    def __init__(self, reason: str, *, overran: bool) -> None:
        super().__init__(reason)
        self.overran = overran


@dataclass(frozen=True)
class Measured:
    """One phase as seen from outside the sandbox: what the student cannot write."""

    wall_ms: int
    cpu_ms: int
    memory_bytes: int  # the cgroup's peak over what it held when the phase began (page cache included)
    oom_killed: bool  # the kernel killed a process of the sandbox for want of memory
    memory_full: bool  # the cgroup reached its limit (failures then are for want of memory)

    @classmethod
    def between(cls, before: Reading, after: Reading, started: float, limit_bytes: int) -> Measured:
        return cls(
            wall_ms=int((time.monotonic() - started) * 1000),
            cpu_ms=(after.cpu_ns - before.cpu_ns) // 1_000_000,
            memory_bytes=max(0, after.peak_bytes - before.peak_bytes),
            oom_killed=after.oom_kills > before.oom_kills,
            memory_full=after.peak_bytes >= limit_bytes - FULL_MARGIN_BYTES,
        )


@dataclass(frozen=True)
class TestReport:
    """The harness's record of one test, validated, with the program's own bytes and the outside measurements."""

    outcome: str | None
    exit_code: int
    stdout: bytes
    stderr: bytes
    result: bytes
    measured: Measured


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
                _end(process, grace=0)
        self._spare, self._retired = None, []

    def prestart(self) -> None:
        """Reap the used sandboxes, then start the next one off the critical path."""
        self._reap()
        if self._spare is None or self._spare.poll() is not None:
            self._spare = _spawn(self.harness, self.uid)

    def wait_ready(self, timeout: float = READY_SECONDS) -> bool:
        """Block until the spare sandbox is ready (for measurements; `session` waits by itself)."""
        if self._spare is None:
            return False
        return _await_ready(self._spare, timeout)

    def session(self, language: Language, source: str, limits: Limits) -> Session:
        """A started sandbox in this slot's cgroup, given the job; used once."""
        self._reap()
        spare, self._spare = self._spare, None
        if spare is None or spare.poll() is not None:
            spare = _spawn(self.harness, self.uid)
        if not _await_ready(spare, READY_SECONDS):
            _end(spare, grace=0)
            raise SandboxUnavailable("the sandbox did not start")
        for pid in [spare.pid, *_descendants(spare.pid)]:
            with contextlib.suppress(ProcessLookupError, OSError):
                self.cgroup.attach(pid)
                # out of memory, the kernel picks the student's processes (they raise theirs), never the judge
                Path(f"/proc/{pid}/oom_score_adj").write_text("-1000")
        return Session(self, spare, language, source, limits)

    def retire(self, process: subprocess.Popen, *, stuck: bool) -> None:
        """Hand back a used sandbox; it ends by itself after `done` and is reaped off the critical path."""
        if stuck:
            self.cgroup.kill_all()
            _end(process, grace=0)
            return
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.stdout.close()
        self._retired.append(process)

    def _reap(self) -> None:
        for process in self._retired:
            _end(process, grace=RETIRE_GRACE_SECONDS)
        self._retired = []

    def _kill_stale(self) -> None:
        """Whatever still runs as this slot's uid is left from a previous holder: it would count against NPROC."""
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


class Session:
    """One submission's conversation with its sandbox: compile once, then one test at a time."""

    def __init__(self, slot: Slot, process: subprocess.Popen, language: Language, source: str, limits: Limits):
        self.slot, self.process, self.language, self.limits = slot, process, language, limits
        self._buffer = bytearray()
        self._lost = False
        self._index = 0
        self._limit_bytes = 0
        compile_limits = language.compile_limits
        self._send(
            {
                "language": {"source_file": language.source_file, "compile": language.compile, "run": language.run},
                "source": source,
                "limits": limits.for_harness(),
                "compile_limits": compile_limits.for_harness(),
            }
        )

    def compile(self) -> tuple[bool, str, Measured]:
        """(ok, message, measured) of the compile step, which runs in a child under the language's compile limits."""
        compile_limits = self.language.compile_limits
        self._limit(compile_limits)
        before, started = self._start_phase()
        try:
            header = self._read_header(started + compile_limits.wall_ms / 1000 + OVERHEAD_SECONDS)
        finally:
            measured = self._measure(before, started)
        if header.get("step") != "compile" or not isinstance(header.get("ok"), bool):
            raise self._lose("the sandbox answered no compile step", overran=False)
        message = str(header.get("message", ""))[-4000:]
        return header["ok"], message, measured

    def run_test(self, kind: str, test_input: str) -> TestReport:
        """Run one test: its input enters the sandbox only now."""
        if self._index == 0:
            self._limit(self.limits)
        before, started = self._start_phase()
        self._send({"kind": kind, "input": test_input})
        try:
            header = self._read_header(started + self.limits.wall_ms / 1000 + OVERHEAD_SECONDS)
            sizes = self._validate(header)
            payload = self._read_payload(sum(sizes), started + self.limits.wall_ms / 1000 + OVERHEAD_SECONDS)
        finally:
            measured = self._measure(before, started)
        self._index += 1
        out, err = sizes[0], sizes[0] + sizes[1]
        return TestReport(
            outcome=header["outcome"],
            exit_code=header["exit_code"],
            stdout=payload[:out],
            stderr=payload[out:err],
            result=payload[err:],
            measured=measured,
        )

    def close(self) -> None:
        """Say `end`, and hand the sandbox back; a lost one is killed with everything in its cgroup."""
        if not self._lost:
            try:
                self._send({"end": True})
                header = self._read_header(time.monotonic() + OVERHEAD_SECONDS)
                self._lost = header.get("step") != "done"
            except SandboxLost:
                self._lost = True
        self.slot.retire(self.process, stuck=self._lost)

    # the protocol

    def _limit(self, limits: Limits) -> None:
        self._limit_bytes = (limits.memory_mb + HARNESS_RESERVE_MB) * MB
        self.slot.cgroup.limit(memory_bytes=self._limit_bytes, processes=limits.processes)

    def _start_phase(self) -> tuple[Reading, float]:
        self.slot.cgroup.reset_peak()
        return self.slot.cgroup.read(), time.monotonic()

    def _measure(self, before: Reading, started: float) -> Measured:
        return Measured.between(before, self.slot.cgroup.read(), started, self._limit_bytes)

    def _send(self, message: dict) -> None:
        data = marshal.dumps(message)
        try:
            self.process.stdin.write(len(data).to_bytes(4, "big") + data)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            raise self._lose("the sandbox stopped reading", overran=False) from None

    def _fill(self, needed: int, deadline: float, *, until_newline: bool = False) -> None:
        fd = self.process.stdout.fileno()
        while (b"\n" not in self._buffer) if until_newline else (len(self._buffer) < needed):
            if len(self._buffer) > needed:
                raise self._lose("the sandbox sent an oversized record", overran=False)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise self._lose("the sandbox overran its time", overran=True)
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise self._lose("the sandbox ended", overran=False)
            self._buffer += chunk

    def _read_header(self, deadline: float) -> dict:
        self._fill(HEADER_CAP, deadline, until_newline=True)
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer = bytearray(rest)
        try:
            header = json.loads(line)
        except ValueError:
            raise self._lose("the sandbox sent a malformed record", overran=False) from None
        if not isinstance(header, dict):
            raise self._lose("the sandbox sent a malformed record", overran=False)
        return header

    def _read_payload(self, size: int, deadline: float) -> bytes:
        self._fill(size, deadline)
        payload, self._buffer = bytes(self._buffer[:size]), self._buffer[size:]
        return payload

    def _validate(self, header: dict) -> tuple[int, int, int]:
        """One record per test, in order, with exactly the known fields and sizes within their caps."""
        if set(header) != set(TEST_FIELDS) or header["step"] != "test" or header["index"] != self._index:
            raise self._lose("the sandbox sent an unexpected record", overran=False)
        for name, kind in TEST_FIELDS.items():
            if not isinstance(header[name], kind) or isinstance(header[name], bool):
                raise self._lose(f"the sandbox sent a bad {name}", overran=False)
        if header["outcome"] not in OUTCOMES:
            raise self._lose("the sandbox sent an unknown outcome", overran=False)
        caps = (self.limits.output_bytes, STDERR_CAP, self.limits.output_bytes)
        sizes = (header["stdout"], header["stderr"], header["result"])
        if any(not 0 <= size <= cap for size, cap in zip(sizes, caps, strict=True)):
            raise self._lose("the sandbox sent more output than its cap", overran=False)
        return sizes

    def _lose(self, reason: str, *, overran: bool) -> SandboxLost:
        self._lost = True
        return SandboxLost(reason, overran=overran)


def bwrap_argv(harness: str, seccomp_fd: int) -> list[str]:
    argv = [BWRAP, "--unshare-all", "--unshare-user", "--disable-userns", "--as-pid-1", "--die-with-parent"]
    argv += ["--new-session", "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/work"]
    argv += ["--setenv", "LANG", "C.UTF-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1"]
    argv += ["--setenv", "PYTHONHASHSEED", "0"]
    argv += ["--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib"]
    argv += ["--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin", "--proc", "/proc", "--dir", "/dev"]
    for device in DEVICES:
        argv += ["--dev-bind", device, device]
    argv += ["--symlink", "/proc/self/fd", "/dev/fd", "--symlink", "/proc/self/fd/0", "/dev/stdin"]
    argv += ["--symlink", "/proc/self/fd/1", "/dev/stdout", "--symlink", "/proc/self/fd/2", "/dev/stderr"]
    argv += ["--size", str(TMPFS_BYTES), "--tmpfs", "/tmp", "--size", str(TMPFS_BYTES), "--tmpfs", "/work"]
    argv += ["--ro-bind", harness, "/sandbox/harness.py", "--remount-ro", "/", "--chdir", "/work"]
    argv += ["--seccomp", str(seccomp_fd), SANDBOX_PYTHON, "-I", "-S", "/sandbox/harness.py"]
    return argv


def _await_ready(process: subprocess.Popen, timeout: float) -> bool:
    """The harness's first line is `{"step": "ready"}`; anything else is a sandbox that did not start."""
    if getattr(process, "ready", False):
        return True
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
    process.ready = line == b'{"step": "ready"}\n'
    return process.ready


def _end(process: subprocess.Popen, *, grace: float) -> None:
    """Wait up to `grace` for a sandbox to exit, else kill it, and reap it.

    The sandbox's init (bwrap's child, the harness) is killed first, so the outer bwrap reaps it and the kernel ends
    the whole PID namespace; killing the outer bwrap first would orphan the init as a zombie of the host's pid 1,
    still counted against the slot's NPROC until that pid 1 gets round to reaping it.
    """
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(grace)
        return
    for pid in _descendants(process.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(1.0)
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _descendants(pid: int) -> list[int]:
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return [grand for child in children for grand in (child, *_descendants(child))]


def _spawn(harness: str, uid: int) -> subprocess.Popen:
    """bwrap as the slot's uid, with an empty environment. `setpriv` drops to it (real, effective and saved ids,
    no groups, no capabilities) instead of a `preexec_fn`, which would make Python fork this whole process rather
    than vfork: 2.6 ms less CPU a sandbox (measured in bench/)."""
    seccomp_fd = open_filter()
    try:
        with _inherited_process_limit(Limits().processes):
            return subprocess.Popen(
                [SETPRIV, f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *bwrap_argv(harness, seccomp_fd)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env={},
                pass_fds=(seccomp_fd,),
                start_new_session=True,
            )
    finally:
        os.close(seccomp_fd)


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
