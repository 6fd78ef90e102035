"""One kernel cgroup per sandbox, created when it starts and removed once it is reaped: memory (tmpfs, memfd, page
tables and kernel objects such as dentries and inodes included), processes and CPU are counted and bounded by the
kernel, where student code cannot touch the numbers, and nothing one submission leaves is charged to the next.

cgroup v1 (memory, pids and cpuacct hierarchies, as on this project's development hosts) and v2 (current Docker
hosts) are both supported. The cgroups are created below `autograder/` in the worker's own cgroup, so a container's
limits still cover its sandboxes. On v1, TCP buffers would be charged to `memory.kmem.tcp.*` beside the memory
counter; the seccomp filter refuses every socket family but AF_UNIX and the TCP counter is pinned at zero anyway.
Creating one needs write access to the cgroup file system (root, or a delegated subtree); `SandboxCgroup.create`
says what is missing when it cannot.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
from dataclasses import dataclass
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
V1_CONTROLLERS = ("memory", "pids", "cpuacct")
PARENT = "autograder"


class MemoryBusy(OSError):
    """The sandbox holds more than the new limit and the kernel could not reclaim it: the student's build or what a
    phase left is over the test's limit before the test starts."""


class CgroupUnavailable(RuntimeError):
    """The host cannot give a sandbox the cgroup it needs; the message names what is missing."""


@dataclass(frozen=True)
class Reading:
    cpu_ns: int
    oom_kills: int
    peak_bytes: int


def _own_path(controller: str | None) -> str:
    """This process's cgroup path in the hierarchy of `controller` (None: the v2 unified one)."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if (controller is None and controllers == "") or (controller in controllers.split(",")):
            return path.lstrip("/")
    raise CgroupUnavailable(f"this process is in no {controller or 'cgroup v2'} hierarchy")


def version() -> int:
    """The host's cgroup version: 2 when the unified hierarchy is mounted at the root, else 1."""
    return 2 if (ROOT / "cgroup.controllers").exists() else 1


def _write(path: Path, value: str) -> None:
    path.write_text(value)


class SandboxCgroup:
    """The cgroup of one slot: `limit` before each phase, `attach` the sandbox's processes, `read` around a test."""

    def __init__(self, dirs: dict[str, Path], version: int) -> None:
        self.dirs = dirs
        self.version = version
        self._limits: tuple[int, int] | None = None  # what was last written: most phases ask for the same again
        self._files: dict[Path, int] = {}  # the counters read around every test, kept open: one pread each

    @classmethod
    def create(cls, name: str) -> SandboxCgroup:
        try:
            if version() == 2:
                return cls._create_v2(name)
            return cls._create_v1(name)
        except OSError as exc:
            raise CgroupUnavailable(
                f"cannot create the sandbox cgroup {name!r}: {exc}. The worker needs a writable cgroup file system "
                "(cgroup v1 memory, pids and cpuacct, or cgroup v2 with memory, pids and cpu delegated)"
            ) from exc

    @classmethod
    def _create_v1(cls, name: str) -> SandboxCgroup:
        dirs = {}
        for controller in V1_CONTROLLERS:
            mount = ROOT / controller
            if not (mount / "cgroup.procs").exists():
                raise CgroupUnavailable(f"the cgroup v1 {controller} controller is not mounted at {mount}")
            directory = mount / _own_path(controller) / PARENT / name
            directory.mkdir(parents=True, exist_ok=True)
            dirs[controller] = directory
        cgroup = cls(dirs, 1)
        cgroup._pin_tcp()
        return cgroup

    @classmethod
    def _create_v2(cls, name: str) -> SandboxCgroup:
        base = ROOT / _own_path(None)
        wanted = {"memory", "pids", "cpu"}
        missing = wanted - set((base / "cgroup.controllers").read_text().split())
        if missing:
            raise CgroupUnavailable(f"cgroup v2 controllers not delegated to {base}: {', '.join(sorted(missing))}")
        parent = base / PARENT
        if not parent.exists():
            # no process may live in a cgroup that hands controllers down: ours move to a leaf beside the sandboxes
            with contextlib.suppress(OSError):
                _write(base / "cgroup.subtree_control", " ".join(f"+{c}" for c in sorted(wanted)))
            if not set((base / "cgroup.subtree_control").read_text().split()) >= wanted:
                leaf = base / "workers"
                leaf.mkdir(exist_ok=True)
                for pid in (base / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError, OSError):
                        _write(leaf / "cgroup.procs", pid)
                _write(base / "cgroup.subtree_control", " ".join(f"+{c}" for c in sorted(wanted)))
            parent.mkdir(exist_ok=True)
            _write(parent / "cgroup.subtree_control", " ".join(f"+{c}" for c in sorted(wanted)))
        directory = parent / name
        directory.mkdir(exist_ok=True)
        return cls({"unified": directory}, 2)

    def _pin_tcp(self) -> None:
        """v1 charges TCP buffers to a counter of their own, outside the memory limit: none may be charged at all."""
        with contextlib.suppress(FileNotFoundError):
            _write(self.dirs["memory"] / "memory.kmem.tcp.limit_in_bytes", "0")

    def remove(self) -> bool:
        """Remove the cgroup once its processes are gone (False while one is still exiting: try again later). Its
        page cache and kernel objects are reparented by the kernel, never charged to a later sandbox."""
        for file in self._files.values():
            os.close(file)
        self._files = {}
        removed = True
        for directory in self.dirs.values():
            try:
                directory.rmdir()
            except FileNotFoundError:
                pass
            except OSError:
                removed = False
        return removed

    @classmethod
    def sweep(cls, prefix: str) -> None:
        """Kill and remove every cgroup named `prefix*` (left by a previous holder of the slot killed with SIGKILL);
        creates the parent, so a host without a usable cgroup file system is found here, at the worker's start."""
        probe = cls.create(f"{prefix}probe")
        parents = {directory.parent for directory in probe.dirs.values()}
        probe.remove()
        names = {child.name for parent in parents for child in parent.iterdir() if child.name.startswith(prefix)}
        for name in names:
            stale = cls.create(name)
            stale.kill_all()
            stale.remove()

    def limit(self, *, memory_bytes: int, processes: int) -> None:
        """Memory (no swap) and process count for the next phase; raising and lowering both keep memsw >= mem."""
        if self._limits == (memory_bytes, processes):
            return
        self._limits = (memory_bytes, processes)
        if self.version == 2:
            unified = self.dirs["unified"]
            _write(unified / "memory.max", str(memory_bytes))
            with contextlib.suppress(FileNotFoundError):
                _write(unified / "memory.swap.max", "0")
            _write(unified / "pids.max", str(processes))
            return
        memory = self.dirs["memory"]
        swap_file = memory / "memory.memsw.limit_in_bytes"
        current = int((memory / "memory.limit_in_bytes").read_text())
        order = ["memory.limit_in_bytes", "memory.memsw.limit_in_bytes"]
        if memory_bytes > current:
            order.reverse()
        for file in order:
            if file == "memory.memsw.limit_in_bytes" and not swap_file.exists():
                continue
            try:
                _write(memory / file, str(memory_bytes))
            except OSError as exc:
                if exc.errno == errno.EBUSY:  # the kernel could not reclaim down to it: never run above the limit
                    self._limits = None
                    raise MemoryBusy(exc.errno, f"the sandbox holds more than {memory_bytes} bytes") from None
                raise
        _write(self.dirs["pids"] / "pids.max", str(processes))

    def attach(self, pid: int) -> None:
        for directory in self.dirs.values():
            _write(directory / "cgroup.procs", str(pid))

    def holds(self, pid: int) -> bool:
        """Whether the process is in this cgroup in every controller (False once it has ended)."""
        try:
            lines = Path(f"/proc/{pid}/cgroup").read_text().splitlines()
        except OSError:
            return False
        paths = {controllers: path for _, controllers, path in (line.split(":", 2) for line in lines)}
        if self.version == 2:
            return str(self.dirs["unified"]).endswith(paths.get("", "-"))
        found = {c: p for controllers, p in paths.items() for c in controllers.split(",")}
        return all(str(directory).endswith(found.get(c, "-")) for c, directory in self.dirs.items())

    def _text(self, path: Path) -> str:
        if path not in self._files:
            self._files[path] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        return os.pread(self._files[path], 65536, 0).decode()

    def _key(self, path: Path, key: str) -> int:
        for line in self._text(path).splitlines():
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
        return 0

    def reset_peak(self) -> None:
        """The peak from now on (v1: max_usage_in_bytes; v2: memory.peak, resettable since Linux 6.12; on an older
        v2 kernel the peak stays the sandbox's whole life, which only ever errs towards `memory_limit`)."""
        path = self.dirs["memory"] / "memory.max_usage_in_bytes" if self.version == 1 else self._peak_file()
        if path not in self._files:
            try:
                self._files[path] = os.open(path, os.O_RDWR | os.O_CLOEXEC)
            except PermissionError:  # a v2 memory.peak older than 6.12 is read-only: read it as it is
                self._files[path] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        with contextlib.suppress(OSError):
            os.pwrite(self._files[path], b"reset" if self.version == 2 else b"0", 0)

    def _peak_file(self) -> Path:
        peak = self.dirs["unified"] / "memory.peak"
        return peak if peak.exists() else self.dirs["unified"] / "memory.current"

    def read(self) -> Reading:
        if self.version == 2:
            unified = self.dirs["unified"]
            peak = int(self._text(self._peak_file()))  # read through the descriptor that reset it
            return Reading(
                cpu_ns=self._key(unified / "cpu.stat", "usage_usec") * 1000,
                oom_kills=self._key(unified / "memory.events", "oom_kill"),
                peak_bytes=peak,
            )
        memory = self.dirs["memory"]
        return Reading(
            cpu_ns=int(self._text(self.dirs["cpuacct"] / "cpuacct.usage")),
            oom_kills=self._key(memory / "memory.oom_control", "oom_kill"),
            peak_bytes=int(self._text(memory / "memory.max_usage_in_bytes")),
        )

    def pids(self) -> list[int]:
        directory = self.dirs["unified" if self.version == 2 else "pids"]
        return [int(pid) for pid in (directory / "cgroup.procs").read_text().split()]

    def kill_all(self) -> None:
        """End every process of the slot (a stuck or hostile sandbox, a holder that died before us)."""
        if self.version == 2:
            with contextlib.suppress(FileNotFoundError):
                _write(self.dirs["unified"] / "cgroup.kill", "1")
                return
        for pid in self.pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
