"""Abusive input gets a clear 4xx problem answer and changes nothing; secrets stay out of answers and logs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jwt
import pytest

from jobs.devserver.child_process import free_port
from jobs.devserver.stack import start_postgres
from tests.factories import PASSWORD, make_world
from tests.support import TEST_JWT_SECRET, auth, sql, start_api, token_for, wait_http


def _counts() -> tuple:
    return tuple(
        sql(f"SELECT count(*) FROM {t}")[0][0]
        for t in ("classes", "modules", "questions", "submission_attempt", "assignment_progress", "enrollments")
    )


def _problem(response: httpx.Response, *statuses: int) -> dict:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    return response.json()


@pytest.fixture
def abuse(api: httpx.Client):
    world = make_world()
    before = _counts()
    yield world
    assert _counts() == before, "abusive input changed stored data"


def test_body_over_the_size_cap_is_413(api: httpx.Client, abuse) -> None:
    headers = {**auth(abuse.instructor.id), "content-type": "application/json"}
    body = json.dumps({"code": "CS9", "title": "x" * (2 * 1024 * 1024)})
    _problem(api.post("/api/classes", content=body, headers=headers), 413)


@pytest.mark.parametrize("raw", ["{not json", "[1, 2", "\x00\x01", '{"code": "A1", "title": }', "null", "42"])
def test_malformed_json_is_400(api: httpx.Client, abuse, raw: str) -> None:
    headers = {**auth(abuse.instructor.id), "content-type": "application/json"}
    _problem(api.post("/api/classes", content=raw.encode(), headers=headers), 400)


@pytest.mark.parametrize(
    "body",
    [
        {"code": 5, "title": "x"},
        {"code": "A1", "title": ["x"]},
        {"code": "A1", "title": "x", "settings": {"gradebook_score": "mean"}},
        {"code": "A1", "title": "x", "unexpected": True},
        {"code": "A/1", "title": "x"},
        {"code": "A1", "title": "nul\x00byte"},
        {"code": "A1", "title": ""},
    ],
)
def test_wrong_types_and_values_are_400(api: httpx.Client, abuse, body: dict) -> None:
    _problem(api.post("/api/classes", json=body, headers=auth(abuse.instructor.id)), 400)


def test_unknown_keys_inside_nested_settings_are_400_naming_them(api: httpx.Client) -> None:
    """Found by the fuzzer: Litestar answered 500 for an unknown key inside a nested struct; dropping it silently
    made `max_tries: 3` mean unlimited attempts. Now every unknown key is named, and nothing changes."""
    world = make_world()
    headers = {**auth(world.instructor.id), "content-type": "application/json"}
    body = '{"settings": {"\u00ce\u00f0": {"x": -3.4e16}, "gradebook_score": "last", "tz": "UTC"}}'
    response = api.patch(f"/api/classes/{world.cs101.id}", content=body.encode(), headers=headers)
    errors = _problem(response, 400)["errors"]
    assert sorted(e["field"] for e in errors) == ["settings.tz", "settings.\u00ce\u00f0"]
    assert api.get(f"/api/classes/{world.cs101.id}", headers=headers).json()["settings"] == {}
    patch = {"config": {"max_tries": 3, "late_policy": {"nope": 2}}}
    response = api.patch(f"/api/assignments/{world.assignment.id}", json=patch, headers=auth(world.instructor.id))
    errors = _problem(response, 400)["errors"]
    assert sorted(e["field"] for e in errors) == ["config.late_policy.nope", "config.max_tries"]
    config = {"title": "x", "config": {"bogus": 1}}
    item = api.post(f"/api/modules/{world.module.id}/assignments", json=config, headers=auth(world.instructor.id))
    assert "bogus" in str(_problem(item, 400)["errors"])
    for settings in ({"time_zone": "Mars/Olympus"}, {"x": 1}):
        created = api.post("/api/classes", json={"code": "NEW1", "title": "New", "settings": settings}, headers=headers)
        _problem(created, 400)


def test_huge_numbers_are_400(api: httpx.Client, abuse) -> None:
    path = f"/api/assignments/{abuse.assignment.id}/questions/{abuse.question.id}/progress"
    for body in (
        {"code": "x", "time_spent": 10**30, "base_revision": 0},
        {"code": "x", "time_spent": 1, "base_revision": 2**63},
        {"code": "x", "time_spent": -1, "base_revision": 0},
    ):
        _problem(api.put(path, json=body, headers=auth(abuse.student.id)), 400)
    _problem(api.get("/api/classes/99999999999999999999", headers=auth(abuse.student.id)), 400, 404)


def test_nul_bytes_and_lone_surrogates_in_code_are_400(api: httpx.Client, abuse) -> None:
    path = f"/api/assignments/{abuse.assignment.id}/questions/{abuse.question.id}/submissions"
    _problem(api.post(path, json={"code": "print(1)\x00"}, headers=auth(abuse.student.id)), 400)
    raw = b'{"code": "print(\\ud800)"}'
    _problem(api.post(path, content=raw, headers={**auth(abuse.student.id), "content-type": "application/json"}), 400)


def test_odd_but_valid_unicode_is_kept_as_written(api: httpx.Client) -> None:
    world = make_world()
    title = "Ωmega \u202eevil\u202c 🧪 ﷽"
    created = api.post("/api/classes", json={"code": "UNI1", "title": title}, headers=auth(world.instructor.id))
    assert created.status_code == 201 and created.json()["title"] == title


def test_slugs_with_path_separators_are_refused(api: httpx.Client, abuse) -> None:
    for slug in ("../etc/passwd", "a/b", "a\\b", "UPPER", "-lead"):
        body = {"slug": slug, "title": "x"}
        _problem(api.post("/api/questions", json=body, headers=auth(abuse.instructor.id)), 400)
    _problem(api.get("/api/questions/by-slug/..%2F..%2Fetc", headers=auth(abuse.instructor.id)), 400, 404)


def test_sql_metacharacters_are_data(api: httpx.Client) -> None:
    world = make_world()
    title = "x'); DROP TABLE classes; --"
    created = api.post("/api/classes", json={"code": "SQL1", "title": title}, headers=auth(world.instructor.id))
    assert created.status_code == 201 and created.json()["title"] == title
    _problem(api.get("/api/classes?cursor=1;DROP%20TABLE%20users", headers=auth(world.instructor.id)), 400)
    assert sql("SELECT count(*) FROM users")[0][0] > 0


def test_oversized_lists_and_page_sizes_are_400(api: httpx.Client, abuse) -> None:
    emails = [f"u{i}@test.edu" for i in range(1001)]
    _problem(
        api.post(
            f"/api/classes/{abuse.cs101.id}/enrollments/bulk",
            json={"emails": emails},
            headers=auth(abuse.instructor.id),
        ),
        400,
    )
    for query in ("limit=0", "limit=201", "limit=1000000000", "limit=-5", "limit=abc"):
        _problem(api.get(f"/api/classes?{query}", headers=auth(abuse.instructor.id)), 400)


def test_expired_forged_and_unsigned_tokens_are_401(api: httpx.Client, abuse) -> None:
    expired = jwt.encode(
        {"sub": str(abuse.student.id), "exp": int(time.time()) - 60, "iat": int(time.time()) - 120},
        TEST_JWT_SECRET,
        algorithm="HS256",
    )
    wrong_key = token_for(abuse.student.id, secret="some-other-secret-that-is-long-enough")
    unsigned = jwt.encode({"sub": str(abuse.admin.id), "exp": 4102444800, "iat": 1}, key="", algorithm="none")
    for token in (expired, wrong_key, unsigned, "not.a.jwt", "x", "Bearer"):
        _problem(api.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}), 401)


def test_no_secret_or_hash_in_answers_or_logs(api: httpx.Client, api_log: Path) -> None:
    world = make_world()
    login = api.post("/api/auth/login", json={"email": world.student.email, "password": PASSWORD})
    assert login.status_code == 200
    token = login.json()["access_token"]
    me = api.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}).text
    assert "pbkdf2" not in me and PASSWORD not in me
    api.post("/api/auth/login", json={"email": world.student.email, "password": "wrong-password-here"})
    log = api_log.read_text(errors="replace")
    assert '"path": "/api/auth/login"' in log, "the log records requests, so an absent secret means something"
    for secret in (PASSWORD, "wrong-password-here", TEST_JWT_SECRET, token, "pbkdf2"):
        assert secret not in log


def test_cors_allows_only_configured_origins(api: httpx.Client) -> None:
    response = api.options(
        "/api/classes", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in response.headers
    assert (
        api.get("/health", headers={"Origin": "https://evil.example"}).headers.get("access-control-allow-origin")
        is None
    )


def test_postgres_restart_gives_503_then_recovers_without_an_api_restart(service_env, tmp_path: Path) -> None:
    port = free_port()
    postgres = start_postgres(tmp_path, port, tmp_path / "pg.log")
    env = {**service_env, "DATABASE_URL": postgres.url}
    result = subprocess.run(
        [sys.executable, "-m", "piccolo.main", "migrations", "forwards", "all"],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    api, base = start_api(env)
    try:
        wait_http(f"{base}/ready", timeout=60)
        postgres.stop()
        down = httpx.get(f"{base}/api/classes", headers=auth(1), timeout=15)
        assert down.status_code == 503, down.text
        assert down.headers["content-type"].startswith("application/problem+json")
        assert httpx.get(f"{base}/ready", timeout=15).status_code == 503
        postgres = start_postgres(tmp_path, port, tmp_path / "pg2.log")
        recovered = wait_http(f"{base}/ready", timeout=30)
        assert recovered.status_code == 200
        assert httpx.get(f"{base}/api/classes", headers=auth(1), timeout=15).status_code == 401, (
            "the API answers again (user 1 does not exist in this database: 401, not 503)"
        )
    finally:
        api.terminate()
        api.wait(10)
        postgres.stop()


def test_json_nested_beyond_the_depth_limit_is_400_on_login_and_submit(api: httpx.Client, abuse) -> None:
    deep = ("[" * 1000 + "]" * 1000).encode()  # 2 KB
    submit = f"/api/assignments/{abuse.assignment.id}/questions/{abuse.question.id}/submissions"
    for path, headers, body in (
        ("/api/auth/login", {}, deep),
        ("/api/auth/login", {}, b'{"email": ' + b'{"a": ' * 65 + b"1" + b"}" * 66),
        (submit, auth(abuse.student.id), b'{"code": ' + deep + b"}"),
    ):
        answer = _problem(api.post(path, content=body, headers={**headers, "content-type": "application/json"}), 400)
        assert answer["errors"] == [{"field": "body", "message": "nested deeper than 64 levels", "source": "body"}]


def test_brackets_inside_strings_do_not_count_toward_the_depth_limit(api: httpx.Client) -> None:
    world = make_world()
    code = "x = " + "[" * 500 + "]" * 500 + '  # "quoted" \\ \n'
    path = f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/progress"
    response = api.put(path, json={"code": code, "base_revision": 0}, headers=auth(world.student.id))
    assert response.status_code == 200, response.text
