"""Enumerations shared by tables, services and schemas (stored as short varchar with CHECK constraints)."""

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    admin = "admin"
    instructor = "instructor"
    ta = "ta"
    student = "student"


class ClassRole(StrEnum):
    instructor = "instructor"
    ta = "ta"
    student = "student"


class ContentType(StrEnum):
    assignment = "assignment"
    page = "page"


class AssignmentMode(StrEnum):
    practice = "practice"
    exam = "exam"


class Language(StrEnum):
    python = "python"
    c = "c"
    cpp = "cpp"
    java = "java"
    javascript = "javascript"


class TestKind(StrEnum):
    io = "io"
    call = "call"
    checker = "checker"  # the output is judged by the question's checker program


@dataclass(frozen=True)
class LanguageInfo:
    """What the API says of a language; the sandbox's registry (jobs/sandbox/languages.py) is held equal to it."""

    name: str
    source_file: str
    test_kinds: tuple[TestKind, ...]
    debian_packages: tuple[str, ...]  # its toolchain on Debian bookworm (`manage` and the Dockerfile install these)


# The one place the app side knows which test kinds each language supports, its name and its source file.
LANGUAGES: dict[Language, LanguageInfo] = {
    Language.python: LanguageInfo(
        "Python 3", "solution.py", (TestKind.io, TestKind.call, TestKind.checker), ("python3",)
    ),
    Language.c: LanguageInfo("C (gcc, GNU C11)", "solution.c", (TestKind.io, TestKind.checker), ("gcc", "libc6-dev")),
    Language.cpp: LanguageInfo("C++17 (g++)", "solution.cpp", (TestKind.io, TestKind.checker), ("g++", "libc6-dev")),
    Language.java: LanguageInfo(
        "Java (OpenJDK)", "Main.java", (TestKind.io, TestKind.checker), ("openjdk-17-jdk-headless",)
    ),
    Language.javascript: LanguageInfo(
        "JavaScript (Node.js)", "solution.js", (TestKind.io, TestKind.checker), ("nodejs",)
    ),
}


class CompareMode(StrEnum):
    exact = "exact"
    trailing_whitespace = "ignore_trailing_whitespace"
    case_insensitive = "case_insensitive"
    numeric = "numeric_tolerance"
    regex = "regex"


class Visibility(StrEnum):
    visible = "visible"
    hidden = "hidden"
    after_due = "after_due"


class ValidationState(StrEnum):
    """A test checked against its question's reference solution (`unchecked`: the question has none)."""

    pending = "pending"
    valid = "valid"
    invalid = "invalid"
    unchecked = "unchecked"


class RunMode(StrEnum):
    stdin = "stdin"
    visible = "visible"


class RunStatus(StrEnum):
    queued = "queued"
    running = "running"
    done = "done"
    error = "error"


class AttemptStatus(StrEnum):
    queued = "queued"
    running = "running"
    graded = "graded"
    error = "error"


class Verdict(StrEnum):
    accepted = "accepted"
    wrong_answer = "wrong_answer"
    time_limit = "time_limit"
    memory_limit = "memory_limit"
    output_limit = "output_limit"
    runtime_error = "runtime_error"
    compile_error = "compile_error"
    internal_error = "internal_error"


# Kept inside JSONB settings rather than columns, so no CHECK: the Structs that write them validate. (StrEnum's
# functional form: each value is its member's name.)
LatePolicyMode = StrEnum("LatePolicyMode", ["reject", "accept"])
Feedback = StrEnum("Feedback", ["full", "summary", "none"])
GradebookPolicy = StrEnum("GradebookPolicy", ["best", "last"])


class AccountTokenPurpose(StrEnum):
    invitation = "invitation"
    password_reset = "password_reset"
    enrollment = "enrollment"  # an offer to join a class (its id and role on the token), accepted by the person


class GradeCause(StrEnum):
    """Why a student's counted question grade moved: one `grade_event` row each time."""

    graded = "graded"  # a first grading (or a regrade by the workers) changed the counted score
    rejudged = "rejudged"  # a published rejudge changed an attempt's score
    override = "override"  # staff set an attempt's score by hand
    override_removed = "override_removed"  # the override in force was dropped (by staff, or by a rejudge's publish)
    released = "released"  # held (exam) results became visible: the counted score is now the student's to see
    policy_changed = "policy_changed"  # the class switched between its best and last attempt counting
    # the assignment's rules moved a counted score: its due date, its late policy or a student's personal due date
    # (the attempt's lateness is judged again against the rules in force)
    rules_changed = "rules_changed"


class AuditKind(StrEnum):
    """What a staff or admin write did: one `audit_event` row each (app/audit/audit.py; the admin's through the
    database triggers of the audit migration)."""

    override = "override"  # a score override set on an attempt
    override_removed = "override_removed"
    extension = "extension"  # a student's extension set or changed
    extension_removed = "extension_removed"
    release = "release"  # an exam's held results released
    rejudge_publish = "rejudge_publish"
    enrollment_added = "enrollment_added"
    enrollment_role = "enrollment_role"  # a member's role in the class, or whether they are active, changed
    enrollment_removed = "enrollment_removed"
    roster_import = "roster_import"
    user = "user"  # an account changed by an admin (role, name, email, active)
    class_settings = "class_settings"  # title, term, settings or archived
    assignment_settings = "assignment_settings"
    assignment_question = "assignment_question"  # a question's settings within an assignment (points, order)
    question = "question"  # a question's text, code, limits or sharing
    test_case = "test_case"  # a test added, changed or removed
    similarity_run = "similarity_run"  # a similarity report asked for
    admin_edit = "admin_edit"  # a row changed through the admin UI (/admin/)
    lti_platform = "lti_platform"  # an LMS platform trusted, changed or removed (admin API, command line, registration)
    lti_registration_url = "lti_registration_url"  # a one-time Dynamic Registration URL made
    lti_key = "lti_key"  # the tool's LTI signing key rotated


class ReportState(StrEnum):
    """A similarity report: queued (a job will run it), running (a worker holds its lease), done, failed."""

    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"


# what the sandbox itself needs on the host, besides the languages' toolchains
SANDBOX_DEBIAN_PACKAGES = ("bubblewrap", "libseccomp2", "util-linux", "python3")


def grading_debian_packages() -> list[str]:
    """Every Debian package a grading host needs: the sandbox's and each language's toolchain, once each."""
    packages = [*SANDBOX_DEBIAN_PACKAGES, *(p for info in LANGUAGES.values() for p in info.debian_packages)]
    return list(dict.fromkeys(packages))


if __name__ == "__main__":  # `python3 tables/enums.py`: the list `manage` and the Dockerfile install (stdlib only)
    print(" ".join(grading_debian_packages()))
