"""One submission's conversation with its sandbox, read as untrusted bytes.

The worker measures each phase from outside (its own clock, the sandbox cgroup's CPU, memory and OOM counters) and
validates every record the harness sends: one record per test, in order, exactly the known fields, bounded sizes.
"""

from __future__ import annotations

import json
import marshal
import os
import select
import subprocess
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobs.sandbox.cgroups import MemoryBusy, Reading, SandboxCgroup
from jobs.sandbox.languages import Language
from jobs.sandbox.limits import MB, Limits

if TYPE_CHECKING:
    from jobs.sandbox.runner import Slot

OVERHEAD_SECONDS = 1.0  # a phase's fixed allowance beyond its own limits: fork, clean-up, the answer's trip
HARNESS_RESERVE_MB = 32  # a compiler's phase: the harness's own interpreter beside the compiler's memory
IO_COPIES = 3  # the harness holds a test's input as its frame, its text and the bytes it feeds the program
IO_RESERVE_BYTES = 1 * MB  # pipe buffers, the stderr tail and read chunks in flight
FULL_MARGIN_BYTES = 2 * MB  # a charge that fails leaves the peak just under the limit
# the most a build may add to a test's limit: its files twice (two 32 MB tmpfs mounts at most), a Python module's
# 16 MB of code and its source twice; a larger figure is a harness that no longer tells the truth
BUILD_CAP_BYTES = 2 * 64 * MB + 16 * MB + 2 * 4 * MB
HEADER_CAP = 65536
STDERR_CAP = 8192
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


class SandboxLost(Exception):
    """The sandbox stopped answering as it must (overran its phase, ended, or said something malformed)."""

    def __init__(self, reason: str, *, overran: bool, memory: bool = False, unclean: bool = False) -> None:
        super().__init__(reason)
        self.overran = overran
        self.memory = memory  # the sandbox held more than the test's limit before the test began
        self.unclean = unclean  # the sandbox could not clean up after the last test: run this one in a fresh one


@dataclass(frozen=True)
class Measured:
    """One phase as seen from outside the sandbox: what the student cannot write."""

    wall_ms: int
    cpu_ms: int
    memory_bytes: int  # the cgroup's peak over what it held when the phase began (page cache included)
    oom_killed: bool  # the kernel killed a process of the sandbox for want of memory
    memory_full: bool  # the cgroup's peak reached its absolute limit (failures then are for want of memory)

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


class Session:
    """One submission's conversation with its sandbox: compile once, then one test at a time."""

    def __init__(
        self,
        slot: Slot,
        process: subprocess.Popen,
        cgroup: SandboxCgroup,
        language: Language,
        source: str,
        limits: Limits,
    ) -> None:
        self.slot, self.process, self.cgroup, self.language, self.limits = slot, process, cgroup, language, limits
        self._buffer = bytearray()
        self._lost = False
        self._index = 0
        self._limit_bytes = 0
        self._build_bytes = 0  # what the build costs the sandbox, as the harness measured it after the compile
        file, _ = language.files(source)
        self._send(
            {
                "language": {
                    "source_file": file,
                    "compile": language.argv(language.compile, source, limits) if language.compile else None,
                    "run": language.argv(language.run, source, limits) if language.run else None,
                },
                "source": source,
                "limits": limits.for_harness(),
                "compile_limits": language.compile_limits.for_harness(),
            }
        )

    def compile(self) -> tuple[bool, str, Measured]:
        """(ok, message, measured) of the compile step, which runs in a child under the language's compile limits.
        The harness writes the build back before it answers, so every test's limit is set over the restored build."""
        compile_limits = self.language.compile_limits
        limit = (compile_limits.memory_mb + HARNESS_RESERVE_MB) * MB
        before, started = self._start_phase(limit, compile_limits.processes)
        try:
            header = self._read_header(started + compile_limits.wall_ms / 1000 + OVERHEAD_SECONDS)
        finally:
            measured = self._measure(before, started)
        if header.get("step") != "compile" or not isinstance(header.get("ok"), bool):
            raise self._lose("the sandbox answered no compile step", overran=False)
        build = header.get("build_bytes")
        if not isinstance(build, int) or isinstance(build, bool) or not 0 <= build <= BUILD_CAP_BYTES:
            raise self._lose("the sandbox sent a bad build size", overran=False)
        self._build_bytes = build
        message = str(header.get("message", ""))[-4000:]
        return header["ok"], message, measured

    def test_limit_bytes(self, test_input: str) -> int:
        """The cgroup's absolute limit for a test: the test's own limit, the language's fixed allowance for what the
        sandbox itself holds (measured once per language, see languages.py), and what the harness must hold of this
        test's input and output. Never what the cgroup happens to hold: nothing a program or a build leaves behind
        moves it, in either direction."""
        io_bytes = IO_COPIES * len(test_input.encode("utf-8", "surrogatepass")) + 2 * self.limits.output_bytes
        fixed = (self.limits.memory_mb + self.language.sandbox_mb) * MB + IO_RESERVE_BYTES
        return fixed + self._build_bytes + io_bytes

    def run_test(self, kind: str, test_input: str) -> TestReport:
        """Run one test: its input enters the sandbox only now."""
        before, started = self._start_phase(self.test_limit_bytes(test_input), self.limits.processes)
        self._send({"kind": kind, "input": test_input})
        try:
            header = self._read_header(started + self.limits.wall_ms / 1000 + OVERHEAD_SECONDS)
            if header.get("step") == "unclean":
                raise self._lose(str(header.get("reason", ""))[:200], overran=False, unclean=True)
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
        self.slot.retire(self.process, self.cgroup, stuck=self._lost)

    # the protocol

    def _start_phase(self, limit_bytes: int, processes: int) -> tuple[Reading, float]:
        """The phase's absolute limit first (the kernel reclaims page cache and dentries to meet it; what it cannot
        reclaim is over the limit before the phase starts), then the peak counted from here."""
        try:
            self.cgroup.limit(memory_bytes=limit_bytes, processes=processes)
        except MemoryBusy:
            reason = "the sandbox held more than the memory limit before the test"
            raise self._lose(reason, overran=False, memory=True) from None
        self._limit_bytes = limit_bytes
        self.cgroup.reset_peak()
        return self.cgroup.read(), time.monotonic()

    def _measure(self, before: Reading, started: float) -> Measured:
        return Measured.between(before, self.cgroup.read(), started, self._limit_bytes)

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

    def _lose(self, reason: str, *, overran: bool, memory: bool = False, unclean: bool = False) -> SandboxLost:
        self._lost = True
        return SandboxLost(reason, overran=overran, memory=memory, unclean=unclean)
