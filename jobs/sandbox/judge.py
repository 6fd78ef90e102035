"""The sandbox's public entry point: a language, a source, tests and limits in; a verdict per test out.

    from jobs.sandbox import Limits, Slot, TestCase, judge
    slot = Slot(base_uid=62000, slots=32)           # one per worker process: a uid, a cgroup, a spare sandbox
    judgement = judge(slot, language="python", source="print(input())",
                      tests=[TestCase(kind="io", input="hi\n", expected="hi\n")], limits=Limits(cpu_ms=1000))
    judgement.tests[0].verdict                       # "accepted"

Expected outputs never enter the sandbox: each test's input goes in when that test runs, the output comes back and
is compared here. Verdicts come from what the student cannot write: the worker's own clock, the sandbox cgroup's CPU,
memory peak and OOM kills, and the harness's exit status of the child (the harness is out of the student's reach).
Nothing a program does or prints makes `judge` raise; only a sandbox that cannot start raises `SandboxUnavailable`.
"""

from __future__ import annotations

import signal
from collections.abc import Sequence

from jobs.sandbox.cases import Judgement, TestCase, TestVerdict, cleaned
from jobs.sandbox.checkers import check_outputs
from jobs.sandbox.compare import CallTest, Comparison, NotComparable, compare_text, compare_value
from jobs.sandbox.languages import Language
from jobs.sandbox.languages import language as language_entry
from jobs.sandbox.limits import MB, Limits
from jobs.sandbox.runner import Slot
from jobs.sandbox.session import Measured, SandboxLost, Session, TestReport

EXCERPT = 500
CPU_SLACK_MS = 50  # the harness's own work around a test (fork, clean-up) is counted in the cgroup too
WALL_SLACK_MS = 250
VERDICTS = (
    "accepted",
    "wrong_answer",
    "time_limit",
    "memory_limit",
    "output_limit",
    "runtime_error",
    "compile_error",
)


def judge(
    slot: Slot,
    *,
    language: str,
    source: str,
    tests: Sequence[TestCase],
    limits: Limits,
    checker: str | None = None,
) -> Judgement:
    """`checker`: a Python program for `checker` tests, run in a sandbox of its own after the student's (see
    checkers.py); it sees one test at a time and nothing of the student's sandbox."""
    entry = language_entry(language)
    judgement = judge_entry(slot, entry, source, tests, entry.limits_for(limits))
    if judgement.compile_ok and any(test.kind == "checker" for test in tests):
        judgement = check_outputs(slot, judgement, tests, checker)
    return cleaned(judgement)  # whatever a program or a checker said, it can be stored


def judge_entry(slot: Slot, entry: Language, source: str, tests: Sequence[TestCase], limits: Limits) -> Judgement:
    """The student's run alone, under `limits` as given (the language's own extras already in them)."""
    sessions = [slot.session(entry, source, limits)]
    try:
        try:
            ok, message, measured = sessions[0].compile()
        except SandboxLost as lost:
            return Judgement(False, _compile_failure(str(lost), lost.overran, entry.compile_limits))
        if not ok:
            if measured.oom_killed:
                message += f"\nthe compiler ran out of memory ({entry.compile_limits.memory_mb} MB)"
            return Judgement(False, message)
        verdicts: list[TestVerdict] = []
        for index, test in enumerate(tests):
            try:
                report = _run_in_clean_sandbox(slot, sessions, test, source)
            except SandboxLost as lost:
                verdicts.append(_lost_verdict(lost, limits))
                verdicts += [_not_run(f"not run: the sandbox ended during test {index + 1}")] * (len(tests) - index - 1)
                break
            verdicts.append(test_verdict(report, test, limits))
        return Judgement(True, message, verdicts)
    finally:
        sessions[-1].close()


def _run_in_clean_sandbox(slot: Slot, sessions: list[Session], test: TestCase, source: str) -> TestReport:
    """One test; when the sandbox could not clean up after the last one, it is thrown away and the test runs in a
    fresh sandbox, which compiles the same source again (`sessions[-1]` is the one in use)."""
    kind = "io" if test.kind == "checker" else test.kind
    sent = CallTest.of(test.input).sent if kind == "call" else test.input
    try:
        return sessions[-1].run_test(kind, sent)
    except SandboxLost as lost:
        if not lost.unclean:
            raise
    used = sessions[-1]
    used.close()
    sessions.append(slot.session(used.language, source, used.limits))
    if not sessions[-1].compile()[0]:
        raise SandboxLost("a fresh sandbox did not build the program again", overran=False)
    return sessions[-1].run_test(kind, sent)


def _compile_failure(reason: str, overran: bool, limits: Limits) -> str:
    if overran:
        return f"compilation took longer than {limits.wall_ms} ms"
    return f"compilation failed: {reason}"


def _not_run(reason: str) -> TestVerdict:
    return TestVerdict("runtime_error", reason[:EXCERPT], 0, 0, 0)


def _lost_verdict(lost: SandboxLost, limits: Limits) -> TestVerdict:
    if lost.memory:
        return TestVerdict("memory_limit", f"exceeded {limits.memory_mb} MB of memory before the test began", 0, 0, 0)
    if lost.overran:
        return TestVerdict("time_limit", f"exceeded {limits.wall_ms} ms of wall time", limits.wall_ms, 0, 0)
    return _not_run(f"the sandbox ended: {lost}")


def _over_limits(report: TestReport, limits: Limits) -> tuple[str, str] | None:
    """The limits, checked from the outside measurements first, then from the child's end as the harness saw it."""
    measured: Measured = report.measured
    if report.outcome == "output_limit":
        return "output_limit", f"output exceeded {limits.output_bytes} bytes"
    # the kernel's peak: a program that failed at the test's absolute limit, or after growing past its own limit
    # (a runtime's own heap cap, -Xmx or V8's, ends it below the cgroup's), failed for want of memory
    over_memory = measured.memory_full or measured.memory_bytes > limits.memory_mb * MB
    if measured.oom_killed or (over_memory and report.exit_code != 0):
        return "memory_limit", f"exceeded {limits.memory_mb} MB of memory"
    if (
        report.outcome == "timeout"
        or measured.wall_ms > limits.wall_ms + WALL_SLACK_MS
        or measured.cpu_ms > limits.cpu_ms + CPU_SLACK_MS
        or report.exit_code == -signal.SIGXCPU
    ):
        return "time_limit", f"exceeded {limits.cpu_ms} ms of CPU or {limits.wall_ms} ms of wall time"
    if report.exit_code == -signal.SIGXFSZ:
        return "runtime_error", "a file grew past the file size limit"
    return None


def _runtime_message(report: TestReport) -> str:
    lines = report.stderr.decode("utf-8", "replace").strip().splitlines()
    code = report.exit_code
    head = f"killed by signal {signal.Signals(-code).name}" if code < 0 and -code in _SIGNALS else f"exit code {code}"
    return (head + ("\n" + "\n".join(lines[-6:]) if lines else ""))[-EXCERPT:]


_SIGNALS = {s.value for s in signal.Signals}


def test_verdict(report: TestReport, test: TestCase, limits: Limits) -> TestVerdict:
    """One test's verdict; never raises, whatever the program printed. A checker test that ran cleanly is
    `accepted` here with its output, for the checker to decide."""
    measured = report.measured
    shown = (report.result if test.kind == "call" else report.stdout).decode("utf-8", "replace")
    stderr = report.stderr.decode("utf-8", "replace")[-EXCERPT:]

    def verdict(name: str, excerpt: str) -> TestVerdict:
        score = 1.0 if name == "accepted" else 0.0
        return TestVerdict(
            name,
            excerpt[:EXCERPT],
            measured.wall_ms,
            measured.cpu_ms,
            measured.memory_bytes // 1024,
            score,
            shown,
            stderr,
        )

    over = _over_limits(report, limits)
    if over:
        return verdict(*over)
    if report.exit_code != 0:
        return verdict("runtime_error", _runtime_message(report))
    if test.kind == "checker":
        return verdict("accepted", shown)
    if test.kind == "call":
        if not report.result:
            return verdict("runtime_error", "the call returned no value")
        try:
            answer = CallTest.of(test.input).value(shown)
        except NotComparable as exc:
            return verdict("wrong_answer", str(exc))
        comparison = compare_value(answer, test.expected, test.compare_mode, test.tolerance)
    else:
        comparison = compare_text(shown, test.expected, test.compare_mode, test.tolerance)
    return verdict(*_compared(comparison, shown))


def _compared(comparison: Comparison, shown: str) -> tuple[str, str]:
    if comparison.passed:
        return "accepted", shown
    if comparison.reason:
        return "wrong_answer", comparison.reason
    return "wrong_answer", shown
