"""Enumerations shared by tables, services and schemas (stored as short varchar with CHECK constraints)."""

from enum import Enum


class Role(str, Enum):
    admin = "admin"
    instructor = "instructor"
    ta = "ta"
    student = "student"


class ClassRole(str, Enum):
    instructor = "instructor"
    ta = "ta"
    student = "student"


class ContentType(str, Enum):
    assignment = "assignment"
    page = "page"


class AssignmentMode(str, Enum):
    practice = "practice"
    exam = "exam"


class Language(str, Enum):
    python = "python"
    c = "c"


class TestKind(str, Enum):
    io = "io"
    call = "call"


class CompareMode(str, Enum):
    exact = "exact"
    trailing_whitespace = "ignore_trailing_whitespace"
    case_insensitive = "case_insensitive"
    numeric = "numeric_tolerance"
    regex = "regex"


class Visibility(str, Enum):
    visible = "visible"
    hidden = "hidden"
    after_due = "after_due"


class AttemptStatus(str, Enum):
    queued = "queued"
    running = "running"
    graded = "graded"
    error = "error"


class Verdict(str, Enum):
    accepted = "accepted"
    wrong_answer = "wrong_answer"
    time_limit = "time_limit"
    memory_limit = "memory_limit"
    output_limit = "output_limit"
    runtime_error = "runtime_error"
    compile_error = "compile_error"
    internal_error = "internal_error"
