"""One submission's conversation with its sandbox, read as untrusted bytes.

The worker measures each phase from outside (its own clock, the slot cgroup's CPU, memory and OOM counters) and
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

from jobs.sandbox.cgroups import Reading
from jobs.sandbox.languages import Language
from jobs.sandbox.limits import MB, Limits

if TYPE_CHECKING:
    from jobs.sandbox.runner import Slot

OVERHEAD_SECONDS = 1.0  # a phase's fixed allowance beyond its own limits: fork, clean-up, the answer's trip
HARNESS_RESERVE_MB = 32  # a compiler's phase: the harness's own interpreter beside the compiler's memory
TEST_SLACK_MB = 4  # a test's child beyond the program: its page tables, pipes, copies of the harness's pages
FULL_MARGIN_BYTES = 2 * MB  # a charge that fails leaves the peak just under the limit
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


class Session:
    """One submission's conversation with its sandbox: compile once, then one test at a time."""

    def __init__(self, slot: Slot, process: subprocess.Popen, language: Language, source: str, limits: Limits):
        self.slot, self.process, self.language, self.limits = slot, process, language, limits
        self._buffer = bytearray()
        self._lost = False
        self._index = 0
        self._limit_bytes = 0
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
        """(ok, message, measured) of the compile step, which runs in a child under the language's compile limits."""
        compile_limits = self.language.compile_limits
        before, started = self._start_phase(compile_limits, (compile_limits.memory_mb + HARNESS_RESERVE_MB) * MB)
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
        allowance = (self.limits.memory_mb + TEST_SLACK_MB) * MB
        # the first test's limit serves them all: the harness empties /work and /tmp after each, so the sandbox
        # holds the same before every test (and the kernel is spared a rewrite per test)
        before, started = self._start_phase(self.limits, allowance, keep_limit=self._index > 0)
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

    def _start_phase(self, limits: Limits, allowance: int, *, keep_limit: bool = False) -> tuple[Reading, float]:
        """The cgroup's limit for the phase: what the sandbox holds now (the harness, the build; not the page cache,
        which the kernel reclaims first) plus the phase's own allowance, so the kernel itself holds the program to
        its memory limit."""
        cgroup = self.slot.cgroup
        cgroup.reset_peak()
        before = cgroup.read()
        if not keep_limit:
            cache = cgroup.file_cache() if limits is self.limits else 0  # a compiler's allowance is generous
            self._limit_bytes = max(0, before.peak_bytes - cache) + allowance
            cgroup.limit(memory_bytes=self._limit_bytes, processes=limits.processes)
        return before, time.monotonic()

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
