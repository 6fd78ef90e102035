"""Piccolo Admin in a real browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.factories import PASSWORD, make_page, make_user, make_world
from tests.support import auth, sql

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _login(browser: Browser, api_url: str, email: str) -> Page:
    page = browser.new_context().new_page()
    page.goto(f"{api_url}/admin/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Login')")
    page.wait_for_load_state("networkidle")
    return page


def _open_class_and_retitle(page: Page, api_url: str, class_id: int, title: str) -> tuple[int, str]:
    page.goto(f"{api_url}/admin/#/classes")
    page.wait_for_selector("text=CS101")
    page.goto(f"{api_url}/admin/#/classes/{class_id}")
    page.wait_for_selector("input[name=title]")
    page.fill("input[name=title]", title)
    with page.expect_response(lambda r: f"/api/tables/classes/{class_id}/" in r.url and r.request.method != "GET") as r:
        page.click("button:has-text('Save')")
    return r.value.status, r.value.text()


def test_admin_role_edits_a_class_title_and_it_is_saved(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    status, _ = _open_class_and_retitle(page, api_url, world.cs101.id, "Renamed in the admin")
    assert status == 200
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-class-saved.png"))
    assert sql("SELECT title FROM classes WHERE id = $1", world.cs101.id)[0][0] == "Renamed in the admin"
    page.reload()
    page.wait_for_selector("input[name=title]")
    assert page.input_value("input[name=title]") == "Renamed in the admin"


@pytest.mark.parametrize("role", ["instructor", "ta", "student"])
def test_only_the_admin_role_gets_into_the_admin(browser: Browser, api_url: str, role: str) -> None:
    world = make_world()
    page = _login(browser, api_url, getattr(world, "instructor" if role == "instructor" else role).email)
    assert page.request.get(f"{api_url}/admin/api/tables/test_cases/").status == 401
    assert page.request.get(f"{api_url}/admin/api/tables/questions/").status == 401
    assert page.is_visible("input[name=password]"), "still on the login form"


def test_demoting_an_admin_to_student_in_the_admin_ends_their_admin_access_at_once(
    browser: Browser, api_url: str
) -> None:
    world = make_world()
    other_admin = make_user("admin2@test.edu", "admin")
    demoted = _login(browser, api_url, other_admin.email)
    assert demoted.request.get(f"{api_url}/admin/api/tables/test_cases/").status == 200
    api_token = auth(other_admin.id)
    assert demoted.request.get(f"{api_url}/api/users/me", headers=api_token).status == 200
    page = _login(browser, api_url, world.admin.email)
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.patch(
        f"{api_url}/admin/api/tables/users/{other_admin.id}/", data={"role": "student"}, headers={"X-CSRFToken": csrf}
    )
    assert response.status == 200, response.text()
    assert sql("SELECT admin, superuser FROM users WHERE id = $1", other_admin.id)[0] == (False, False)
    assert demoted.request.get(f"{api_url}/admin/api/tables/test_cases/").status in (401, 403)
    assert demoted.request.get(f"{api_url}/api/users/me", headers=api_token).status == 401, "API tokens too"


def test_a_user_created_in_the_admin_with_a_mixed_case_email_logs_in_to_the_api(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    page.goto(f"{api_url}/admin/#/users/add/")
    page.wait_for_selector("input[name=username]")
    page.fill("input[name=username]", "whatever")
    page.fill("input[name=password]", "a-long-enough-password")
    page.fill("input[name=email]", " Mixed.Case@Test.EDU")
    page.fill("input[name=display_name]", "Mixed")
    page.select_option("select[name=role]", "instructor")
    page.select_option("select[name=active]", "true")
    page.select_option("select[name=admin]", "true")
    page.select_option("select[name=superuser]", "true")
    with page.expect_response(lambda r: r.url.endswith("/api/tables/users/") and r.request.method == "POST") as r:
        page.click("button:has-text('Create')")
    assert r.value.status == 201, r.value.text()
    row = sql("SELECT email, username, admin, superuser, password FROM users WHERE email = 'mixed.case@test.edu'")[0]
    assert tuple(row)[:4] == ("mixed.case@test.edu", "mixed.case@test.edu", False, False), "the role decides"
    assert row["password"].startswith("$argon2id$")
    login = page.request.post(
        f"{api_url}/api/auth/login", data={"email": "MIXED.case@test.edu", "password": "a-long-enough-password"}
    )
    assert login.status == 200


def _one_row_everywhere(world) -> None:
    """A row in every table the admin shows, so each detail page has something to render."""
    make_page(world.module, "Reading", order_index=1)
    assignment_id = sql("SELECT id FROM assignment LIMIT 1")[0][0]
    test_case = sql("SELECT id FROM test_cases LIMIT 1")[0][0]
    sql(
        "INSERT INTO assignment_progress (user_id, assignment, question, current_code, time_spent, revision, "
        "updated_at) VALUES ($1, $2, $3, 'x = 1', 5, 1, now())",
        world.student.id,
        assignment_id,
        world.question.id,
    )
    attempt = sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, is_late, late_penalty, submitted_at, status, tries) VALUES ($1, $2, $3, 1, "
        "'python', 'code/x', 'x', 5, false, 0, now(), 'graded', 1) RETURNING id",
        world.student.id,
        assignment_id,
        world.question.id,
    )[0][0]
    sql(
        "INSERT INTO test_result (attempt, test_case, passed, verdict, score, time_ms, output_excerpt) "
        "VALUES ($1, $2, true, 'accepted', 1, 1, '')",
        attempt,
        test_case,
    )
    sql(
        "INSERT INTO submission_analysis (attempt, tests_total, tests_passed, is_first_pass, "
        "seconds_since_first_attempt, updated_at) VALUES ($1, 1, 1, true, 0, now())",
        attempt,
    )
    sql(
        "INSERT INTO exam_session (student, assignment, started_at, ends_at) VALUES ($1, $2, now(), now())",
        world.student.id,
        assignment_id,
    )
    sql(
        "INSERT INTO extension (student, assignment, extra_minutes, granted_by, updated_at) "
        "VALUES ($1, $2, 10, $3, now())",
        world.student.id,
        assignment_id,
        world.instructor.id,
    )
    sql(
        "INSERT INTO score_override (attempt, author, old_score, new_score, reason, created_at) "
        "VALUES ($1, $2, 1, 2, 'regrade', now())",
        attempt,
        world.instructor.id,
    )
    sql(
        "INSERT INTO submission_comment (attempt, author, line, body, created_at) VALUES ($1, $2, 1, 'nice', now())",
        attempt,
        world.instructor.id,
    )
    sql(
        "INSERT INTO problem_analytics (question, attempts, distinct_students, solved_students, pass_rate, "
        "verdict_histogram, updated_at) VALUES ($1, 1, 1, 1, 1.0, '{}', now())",
        world.question.id,
    )


ADMIN_TABLES = [
    "users", "enrollments", "classes", "modules", "content_item", "assignment", "page", "questions", "test_cases",
    "assignment_question", "assignment_progress", "submission_attempt", "test_result", "submission_analysis",
    "problem_analytics", "exam_session", "extension", "score_override", "submission_comment",
]  # fmt: skip


def test_every_table_lists_its_rows_and_opens_one_without_a_console_error(browser: Browser, api_url: str) -> None:
    world = make_world()
    _one_row_everywhere(world)
    page = _login(browser, api_url, world.admin.email)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for table in ADMIN_TABLES:
        row_id = sql(f"SELECT min(id) FROM {table}")[0][0]
        assert row_id is not None, table
        # each table from a fresh page, as a person opening it: a hash-only change from the previous row's detail
        # is an in-page route change, during which the admin's own router logs a missing rowID for the old page
        page.goto("about:blank")
        page.goto(f"{api_url}/admin/#/{table}")
        page.wait_for_selector(f"a[href='#/{table}/{row_id}/']", timeout=15000)
        page.wait_for_load_state("networkidle")
        assert not errors, f"{table} list: {errors}"
        page.goto(f"{api_url}/admin/#/{table}/{row_id}/")
        page.wait_for_selector("form input, form textarea, form select", timeout=15000)
        page.wait_for_load_state("networkidle")
        assert not errors, f"{table} detail: {errors}"
    readable = page.request.get(f"{api_url}/admin/api/tables/submission_attempt/?__readable=true").json()
    assert readable["rows"][0]["user_id_readable"] == world.student.email, "the attempt's user, not None"


def test_student_is_refused_at_login(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.student.email)
    response = page.request.get(f"{api_url}/admin/api/user/")
    assert response.status == 401
    assert page.is_visible("input[name=password]"), "still on the login form"


def test_password_hashes_are_never_shown(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    body = page.request.get(f"{api_url}/admin/api/tables/users/?__readable=true").text()
    assert world.student.email in body
    assert "pbkdf2_sha256" not in body
    detail = page.request.get(f"{api_url}/admin/api/tables/users/{world.student.id}/").text()
    assert "pbkdf2_sha256" not in detail


def test_attempts_are_read_only_even_for_the_admin_role(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{api_url}/admin/api/tables/submission_attempt/",
        data={"language": "python"},
        headers={"X-CSRFToken": csrf},
    )
    assert response.status == 403
    assert "read-only" in response.text(), "refused by the read-only rule, not by CSRF"
