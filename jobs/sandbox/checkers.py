"""Custom checkers: an instructor's Python program decides `checker` tests, in a sandbox of its own.

The student's sandbox has ended before the checker's starts. For each `checker` test the student's program ran
cleanly, the checker reads one JSON object on stdin,

    {"input": "<the test's input>", "expected": "<the test's expected output>", "output": "<the student's output>"}

and prints one JSON object: `{"passed": true|false, "score": 0..1 (optional), "message": "..." (optional)}`. The score
defaults to 1 when passed and 0 otherwise. Each answer enters the checker's sandbox only when its test is checked, in
a fresh child with clean `/work` and `/tmp`, so the checker sees nothing beyond that test. A checker that fails,
overruns or answers nonsense fails the test with the reason (authoring validation catches broken checkers early).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from jobs.sandbox.cases import Judgement, TestCase, TestVerdict
from jobs.sandbox.compare import NotComparable, parse_value
from jobs.sandbox.languages import language
from jobs.sandbox.limits import Limits
from jobs.sandbox.runner import Slot
from jobs.sandbox.session import SandboxLost

CHECKER_LIMITS = Limits(cpu_ms=2000, wall_ms=5000, memory_mb=256, output_bytes=16384)
MESSAGE_CHARS = 500


def check_outputs(slot: Slot, judgement: Judgement, tests: Sequence[TestCase], checker: str | None) -> Judgement:
    """The judgement with every cleanly run `checker` test decided by the checker."""
    pending = [i for i, t in enumerate(tests) if t.kind == "checker" and judgement.tests[i].verdict == "accepted"]
    if not pending:
        return judgement
    verdicts = list(judgement.tests)
    if not checker:
        for index in pending:
            verdicts[index] = _failed(verdicts[index], "the question has no checker")
        return replace(judgement, tests=verdicts)
    session = slot.session(language("python"), checker, CHECKER_LIMITS)
    try:
        ok, message, _ = session.compile()
        for index in pending:
            if not ok:
                verdicts[index] = _failed(verdicts[index], f"the checker does not compile: {message}")
                continue
            test, judged = tests[index], verdicts[index]
            answer = json.dumps({"input": test.input, "expected": test.expected, "output": judged.output})
            report = session.run_test("io", answer)
            if report.exit_code != 0 or report.outcome:
                reason = report.outcome or f"exit code {report.exit_code}"
                verdicts[index] = _failed(judged, f"the checker failed ({reason})")
                continue
            verdicts[index] = _decided(judged, report.stdout.decode("utf-8", "replace"))
    except SandboxLost as lost:
        verdicts = [_failed(v, f"the checker failed: {lost}") if i in pending else v for i, v in enumerate(verdicts)]
    finally:
        session.close()
    return replace(judgement, tests=verdicts)


def _failed(judged: TestVerdict, reason: str) -> TestVerdict:
    return replace(judged, verdict="wrong_answer", excerpt=reason[:MESSAGE_CHARS], score=0.0)


def _decided(judged: TestVerdict, said: str) -> TestVerdict:
    try:
        answer = parse_value(said.strip())
    except NotComparable as exc:
        return _failed(judged, f"the checker's answer is not JSON: {exc}")
    if not isinstance(answer, dict) or not isinstance(answer.get("passed"), bool):
        return _failed(judged, 'the checker must answer {"passed": true|false, ...}')
    passed = answer["passed"]
    score = answer.get("score", 1.0 if passed else 0.0)
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
        return _failed(judged, "the checker's score must be a number from 0 to 1")
    message = answer.get("message")
    excerpt = str(message)[:MESSAGE_CHARS] if message is not None else judged.excerpt
    return replace(judged, verdict="accepted" if passed else "wrong_answer", excerpt=excerpt, score=float(score))
