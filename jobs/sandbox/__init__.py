"""Running untrusted code: `judge` is the public entry point (see judge.py); nothing here imports the project."""

from jobs.sandbox.cases import Judgement, TestCase, TestVerdict
from jobs.sandbox.judge import judge
from jobs.sandbox.limits import Limits
from jobs.sandbox.runner import SandboxUnavailable, Slot

__all__ = ["Judgement", "Limits", "SandboxUnavailable", "Slot", "TestCase", "TestVerdict", "judge"]
