"""The authorization table: the callers, and one row per route with the status every caller must get (the ids in
its paths come from tests/authorization_world.py). tests/test_authorization_matrix.py drives it."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.authorization_world import CLASS_INVITATION_TOKEN, HELD, INVITATION_TOKEN, RESET_TOKEN
from tests.factories import PASSWORD

CALLERS = ["anonymous", "outsider_student", "student", "classmate", "ta", "outsider_instructor", "instructor", "admin"]
HIDDEN_INPUT = "add(2, 2)"
REFERENCE = "return a + b\n"
NEW_PASSWORD = "another-horse-43"
LTI_PLATFORM = {
    "name": "LMS",
    "issuer": "https://lms.test.edu/new",
    "client_id": "c-1",
    "auth_login_url": "https://lms.test.edu/auth",
    "auth_token_url": "https://lms.test.edu/token",
    "key_set_url": "https://lms.test.edu/jwks",
}


@dataclass
class Route:
    method: str
    path: str
    statuses: list[int]  # one per caller, in CALLERS order
    body: dict | None = None
    fresh: bool = False  # the route changes what the next caller would see: a new world per caller
    forbidden_for_students: list[str] = field(default_factory=list)


ROUTES = [
    Route("GET", "/api/auth/me", [401, 200, 200, 200, 200, 200, 200, 200]),
    Route("GET", "/api/classes/{c}", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("PATCH", "/api/classes/{c}", [401, 404, 403, 403, 403, 404, 200, 200], {"title": "Renamed"}),
    Route("GET", "/api/classes/{c}/enrollments", [401, 404, 403, 403, 200, 404, 200, 200]),
    # newbie is in no class: an instructor's enrollment is an offer by mail (202), an admin's enrolls (201)
    Route(
        "POST",
        "/api/classes/{c}/enrollments",
        [401, 404, 403, 403, 403, 404, 202, 201],
        {"email": "newbie@test.edu"},
        fresh=True,
    ),
    Route("GET", "/api/classes/{c}/modules", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("POST", "/api/classes/{c}/modules", [401, 404, 403, 403, 403, 404, 201, 201], {"title": "New"}),
    Route("DELETE", "/api/modules/{e}", [401, 404, 403, 403, 403, 404, 204, 204], fresh=True),
    Route("GET", "/api/modules/{m}/items", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("POST", "/api/modules/{m}/pages", [401, 404, 403, 403, 403, 404, 201, 201], {"title": "Notes"}),
    Route("GET", "/api/items/{a}", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route(
        "GET",
        "/api/assignments/{a}",
        [401, 404, 200, 200, 200, 404, 200, 200],
        forbidden_for_students=[HIDDEN_INPUT, REFERENCE],
    ),
    Route("PATCH", "/api/assignments/{a}", [401, 404, 403, 403, 403, 404, 200, 200], {"title": "Lab"}),
    Route("POST", "/api/items/{a}/publish", [401, 404, 403, 403, 403, 404, 200, 200], {"published": True}),
    Route("GET", "/api/questions", [401, 403, 403, 403, 200, 200, 200, 200]),
    Route("GET", "/api/questions/{q}", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("PATCH", "/api/questions/{q}", [401, 403, 403, 403, 403, 404, 200, 200], {"title": "Add!"}),
    Route("GET", "/api/assignments/{a}/questions/{q}/progress", [401, 404, 200, 404, 404, 404, 404, 404]),
    Route(
        "PUT",
        "/api/assignments/{a}/questions/{q}/progress",
        [401, 404, 409, 200, 200, 404, 200, 200],
        {"code": "x", "base_revision": 0},
        fresh=True,
    ),
    Route(
        "POST",
        "/api/assignments/{a}/questions/{q}/submissions",
        [401, 404, 202, 202, 403, 404, 403, 403],
        {"code": "def add(a, b):\n    return a + b\n"},
    ),
    Route("GET", "/api/submissions/{s}", [401, 404, 200, 404, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/questions/{q}/submissions", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/submissions", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/classes/{c}/gradebook", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/classes/{c}/grade-events", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/classes/{c}/grade-snapshot", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/classes/{c}/gradebook/export", [401, 404, 403, 403, 200, 404, 200, 200]),
    # the audit log: a class's for its instructors, all of it for admins
    Route("GET", "/api/classes/{c}/audit", [401, 404, 403, 403, 403, 404, 200, 200]),
    Route("GET", "/api/audit", [401, 403, 403, 403, 403, 403, 403, 200]),
    Route("GET", "/api/questions/{q}/analytics", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/analytics", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/questions/{q}/similarity", [401, 404, 404, 404, 200, 404, 200, 200]),
    Route("POST", "/api/assignments/{a}/questions/{q}/similarity", [401, 404, 404, 404, 202, 404, 202, 202]),
    Route("GET", "/api/assignments/{a}/questions/{q}/wrong-answers", [401, 404, 404, 404, 200, 404, 200, 200]),
    Route("POST", "/api/assignments/{a}/rejudge", [401, 403, 403, 403, 403, 404, 202, 202]),
    Route("GET", "/api/classes", [401, 200, 200, 200, 200, 200, 200, 200]),
    Route("POST", "/api/classes", [401, 403, 403, 403, 403, 201, 201, 201], {"code": "NEW1", "title": "New"}, True),
    Route("POST", "/api/classes/{c}/archive", [401, 404, 403, 403, 403, 404, 200, 200], fresh=True),
    Route("POST", "/api/classes/{c}/unarchive", [401, 404, 403, 403, 403, 404, 200, 200]),
    Route(
        "POST",
        "/api/classes/{c}/enrollments/bulk",
        [401, 404, 403, 403, 403, 404, 200, 200],
        {"emails": ["newbie@test.edu"]},
        fresh=True,
    ),
    Route("PATCH", "/api/classes/{c}/enrollments/{u}", [401, 404, 403, 403, 403, 404, 200, 200], {"role": "ta"}, True),
    Route(
        "PATCH", "/api/classes/{c}/enrollments/{u}", [401, 404, 403, 403, 403, 404, 200, 200], {"active": False}, True
    ),
    Route("DELETE", "/api/classes/{c}/enrollments/{u}", [401, 404, 403, 403, 403, 404, 204, 204], fresh=True),
    Route(
        "PUT", "/api/classes/{c}/modules/order", [401, 404, 403, 403, 403, 404, 200, 200], {"module_ids": ["$m", "$e"]}
    ),
    Route("PATCH", "/api/modules/{m}", [401, 404, 403, 403, 403, 404, 200, 200], {"title": "Week One"}),
    Route("POST", "/api/modules/{m}/assignments", [401, 404, 403, 403, 403, 404, 201, 201], {"title": "Lab 2"}),
    Route("PATCH", "/api/pages/{p}", [401, 404, 403, 403, 403, 404, 200, 200], {"title": "Notes 2"}),
    Route("DELETE", "/api/items/{p}", [401, 404, 403, 403, 403, 404, 204, 204], fresh=True),
    Route(
        "POST", "/api/assignments/{a}/questions", [401, 404, 403, 403, 403, 404, 201, 201], {"question_id": "$q2"}, True
    ),
    Route(
        "PATCH",
        "/api/assignments/{a}/questions/{q}",
        [401, 404, 403, 403, 403, 404, 200, 200],
        {"custom_points": 5.0},
    ),
    Route("DELETE", "/api/assignments/{a}/questions/{q}", [401, 404, 403, 403, 403, 404, 409, 409]),
    Route(
        "PUT",
        "/api/assignments/{a}/questions/order",
        [401, 404, 403, 403, 403, 404, 200, 200],
        {"question_ids": ["$q"]},
    ),
    Route(
        "POST", "/api/questions", [401, 403, 403, 403, 403, 201, 201, 201], {"slug": "new-one", "title": "New"}, True
    ),
    Route("DELETE", "/api/questions/{q}", [401, 403, 403, 403, 403, 404, 409, 409]),
    Route("GET", "/api/questions/by-slug/{slug}", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("POST", "/api/questions/{q}/tests", [401, 403, 403, 403, 403, 404, 201, 201], {"name": "extra"}),
    Route("PATCH", "/api/tests/{t}", [401, 403, 403, 403, 403, 404, 200, 200], {"name": "renamed"}),
    Route("DELETE", "/api/tests/{t}", [401, 403, 403, 403, 403, 404, 204, 204], fresh=True),
    Route("POST", "/api/questions/{q}/rejudge", [401, 403, 403, 403, 403, 404, 202, 202]),
    Route("GET", "/api/rejudges/{b}", [401, 403, 403, 403, 403, 404, 200, 200]),
    Route("POST", "/api/rejudges/{b}/publish", [401, 403, 403, 403, 403, 404, 409, 409]),
    Route(
        "PUT",
        "/api/modules/{m}/items/order",
        [401, 404, 403, 403, 403, 404, 200, 200],
        {"item_ids": ["$a", "$p", "$x"]},
    ),
    # exams: the student's own session (only students start one), per-student dates, releasing held results
    Route("POST", "/api/assignments/{x}/start", [401, 404, 200, 201, 403, 404, 403, 403]),
    Route("GET", "/api/assignments/{x}/session", [401, 404, 200, 404, 404, 404, 404, 404]),
    Route("POST", "/api/assignments/{x}/release", [401, 404, 403, 403, 403, 404, 200, 200]),
    Route("GET", "/api/assignments/{x}/extensions", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route(
        "PUT",
        "/api/assignments/{x}/extensions/{st}",
        [401, 404, 403, 403, 403, 404, 200, 200],
        {"extra_minutes": 10},
    ),
    Route("DELETE", "/api/assignments/{x}/extensions/{st}", [401, 404, 403, 403, 403, 404, 204, 204], fresh=True),
    Route("GET", "/api/classes/{c}/grades/me", [401, 404, 200, 200, 403, 404, 403, 403]),
    # staff review: the attempt's own student reads, the class's staff review, everyone else finds nothing
    Route("GET", "/api/submissions/{s}/code", [401, 404, 200, 404, 200, 404, 200, 200]),
    Route(
        "POST",
        "/api/submissions/{s}/override",
        [401, 404, 403, 404, 403, 404, 201, 201],
        {"score": 5, "reason": "partial credit"},
    ),
    Route(
        "POST",
        "/api/submissions/{s2}/override/removal",
        [401, 404, 403, 404, 403, 404, 200, 200],
        {"reason": "mistake"},
        fresh=True,
    ),
    Route(
        "GET",
        "/api/submissions/{s2}/overrides",
        [401, 404, 200, 404, 200, 404, 200, 200],
        forbidden_for_students=[HELD],
    ),
    Route("POST", "/api/submissions/{s}/comments", [401, 404, 403, 404, 201, 404, 201, 201], {"body": "ok", "line": 1}),
    Route(
        "GET",
        "/api/submissions/{s2}/comments",
        [401, 404, 200, 404, 200, 404, 200, 200],
        forbidden_for_students=[HELD],
    ),
    # runs: who may submit may run; a run is its owner's alone
    Route(
        "POST",
        "/api/assignments/{a}/questions/{q}/runs",
        [401, 404, 202, 202, 403, 404, 403, 403],
        {"code": "print(input())", "language": "python", "stdin": "1"},
    ),
    Route("GET", "/api/runs/{r}", [401, 404, 200, 404, 404, 404, 404, 404]),
    Route("GET", "/api/languages", [401, 200, 200, 200, 200, 200, 200, 200]),
    # accounts: admins manage users, instructors look one exact email up, everyone manages their own profile
    Route(
        "POST",
        "/api/users",
        [401, 403, 403, 403, 403, 403, 403, 201],
        {"email": "created@test.edu", "display_name": "Created", "password": NEW_PASSWORD},
    ),
    Route("GET", "/api/users", [401, 403, 403, 403, 403, 403, 403, 200]),
    Route("GET", "/api/users?search=stu@test.edu", [401, 403, 403, 403, 403, 200, 200, 200]),
    Route("PATCH", "/api/users/{u}", [401, 403, 403, 403, 403, 403, 403, 200], {"display_name": "Mate"}),
    Route("GET", "/api/users/me", [401, 200, 200, 200, 200, 200, 200, 200]),
    Route("PATCH", "/api/users/me", [401, 200, 200, 200, 200, 200, 200, 200], {"display_name": "Me"}),
    Route("POST", "/api/auth/refresh", [401, 200, 200, 200, 200, 200, 200, 200]),
    Route("POST", "/api/auth/logout", [401, 204, 204, 204, 204, 204, 204, 204]),
    Route("POST", "/api/auth/logout-everywhere", [401, 204, 204, 204, 204, 204, 204, 204]),
    Route(
        "POST",
        "/api/auth/password",
        [401, 200, 200, 200, 200, 200, 200, 200],
        {"current_password": PASSWORD, "password": NEW_PASSWORD},
    ),
    # public: the token in the body is the credential, single use (the first caller spends it)
    Route("POST", "/api/auth/password-reset", [202] * 8, {"email": "nobody@test.edu"}),
    Route(
        "POST",
        "/api/auth/password-reset/confirm",
        [200, 410, 410, 410, 410, 410, 410, 410],
        {"token": RESET_TOKEN, "password": NEW_PASSWORD},
    ),
    Route(
        "POST",
        "/api/auth/invitations/accept",
        [200, 410, 410, 410, 410, 410, 410, 410],
        {"token": INVITATION_TOKEN, "password": NEW_PASSWORD},
    ),
    # a class offer is accepted only by the account it was mailed to, signed in
    Route(
        "POST",
        "/api/auth/class-invitations/accept",
        [401, 200, 410, 410, 410, 410, 410, 410],
        {"token": CLASS_INVITATION_TOKEN},
    ),
    # roster: the class's instructors import rows and resend invitations
    Route(
        "POST",
        "/api/classes/{c}/roster",
        [401, 404, 403, 403, 403, 404, 200, 200],
        {"rows": [{"email": "newbie@test.edu", "display_name": "Newbie"}]},
    ),
    Route("POST", "/api/classes/{c}/roster/{inv}/invitation", [401, 404, 403, 403, 403, 404, 200, 200]),
    # LTI: platforms and the tool's keys are the admin's; a class's roster sync its instructors', its passback staff's
    Route("GET", "/api/lti/platforms", [401, 403, 403, 403, 403, 403, 403, 200]),
    Route("POST", "/api/lti/platforms", [401, 403, 403, 403, 403, 403, 403, 201], LTI_PLATFORM),
    Route("GET", "/api/lti/platforms/{lp}", [401, 403, 403, 403, 403, 403, 403, 200]),
    Route("PATCH", "/api/lti/platforms/{lp}", [401, 403, 403, 403, 403, 403, 403, 200], {"name": "Renamed"}),
    Route("DELETE", "/api/lti/platforms/{lp}", [401, 403, 403, 403, 403, 403, 403, 204], fresh=True),
    Route("GET", "/api/lti/config?platform={lp}", [401, 403, 403, 403, 403, 403, 403, 200]),
    Route("GET", "/api/lti/config", [401, 400, 400, 400, 400, 400, 400, 400]),  # which platform is required
    Route("POST", "/api/lti/keys/rotate", [401, 403, 403, 403, 403, 403, 403, 201]),
    Route("POST", "/api/lti/registrations", [401, 403, 403, 403, 403, 403, 403, 201], {"name": "LMS"}),
    # the platform opens it with no credential of ours: only the one-time token in the path admits it (400 first:
    # the platform's configuration URL is missing)
    Route("GET", "/api/lti/register/not-a-token", [400, 400, 400, 400, 400, 400, 400, 400]),
    Route("POST", "/api/classes/{c}/lti/roster-sync", [401, 404, 403, 403, 403, 404, 409, 409]),
    Route("GET", "/api/classes/{c}/lti/roster-sync", [401, 404, 403, 403, 403, 404, 404, 404]),
    Route("GET", "/api/classes/{c}/lti/sync", [401, 404, 403, 403, 200, 404, 200, 200]),
]
