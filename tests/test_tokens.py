"""Access tokens over HTTP: a role change, a deactivation, a logout, a logout everywhere and a password change
each revoke what they should at once; a refresh answers a new working token."""

from __future__ import annotations

import httpx

from tests.accounts_support import NEW_PASSWORD, bearer, login
from tests.factories import PASSWORD, make_world
from tests.support import auth, problem, sql


def test_a_role_change_revokes_tokens_at_once_and_sets_the_admin_flags(api: httpx.Client) -> None:
    world = make_world()
    session = bearer(login(api, world.instructor.email))
    assert api.get("/api/classes", headers=session).status_code == 200
    changed = api.patch(f"/api/users/{world.instructor.id}", json={"role": "admin"}, headers=auth(world.admin.id))
    assert changed.status_code == 200 and changed.json()["role"] == "admin"
    problem(api.get("/api/classes", headers=session), 401)
    assert sql("SELECT admin, superuser FROM users WHERE id = $1", world.instructor.id)[0] == (True, True)
    api.patch(f"/api/users/{world.instructor.id}", json={"role": "student"}, headers=auth(world.admin.id))
    assert sql("SELECT admin, superuser FROM users WHERE id = $1", world.instructor.id)[0] == (False, False)


def test_deactivation_revokes_tokens_on_the_next_request(api: httpx.Client) -> None:
    world = make_world()
    session = bearer(login(api, world.student.email))
    assert api.get("/api/users/me", headers=session).status_code == 200
    api.patch(f"/api/users/{world.student.id}", json={"active": False}, headers=auth(world.admin.id))
    problem(api.get("/api/users/me", headers=session), 401)
    problem(login(api, world.student.email), 401)
    mine = problem(api.patch(f"/api/users/{world.admin.id}", json={"active": False}, headers=auth(world.admin.id)), 409)
    assert "themselves" in mine["detail"]


def test_logout_revokes_only_the_token_used(api: httpx.Client) -> None:
    world = make_world()
    first, second = bearer(login(api, world.student.email)), bearer(login(api, world.student.email))
    assert api.post("/api/auth/logout", headers=first).status_code == 204
    problem(api.get("/api/users/me", headers=first), 401)
    assert api.get("/api/users/me", headers=second).status_code == 200
    assert sql("SELECT count(*) FROM revoked_tokens WHERE user_id = $1", world.student.id)[0][0] == 1


def test_logout_everywhere_revokes_every_token(api: httpx.Client) -> None:
    world = make_world()
    first, second = bearer(login(api, world.student.email)), bearer(login(api, world.student.email))
    assert api.post("/api/auth/logout-everywhere", headers=first).status_code == 204
    problem(api.get("/api/users/me", headers=first), 401)
    problem(api.get("/api/users/me", headers=second), 401)
    assert api.get("/api/users/me", headers=bearer(login(api, world.student.email))).status_code == 200


def test_refresh_gives_a_new_working_token(api: httpx.Client) -> None:
    world = make_world()
    refreshed = api.post("/api/auth/refresh", headers=bearer(login(api, world.student.email)))
    assert refreshed.json()["expires_in"] >= 8 * 3600, "a token lasts a working session"
    assert api.get("/api/users/me", headers=bearer(refreshed)).json()["id"] == world.student.id


def test_a_password_change_revokes_older_tokens_and_answers_a_new_one(api: httpx.Client) -> None:
    world = make_world()
    old = bearer(login(api, world.student.email))
    wrong = {"current_password": "not-my-password", "password": NEW_PASSWORD}
    problem(api.post("/api/auth/password", json=wrong, headers=old), 400)
    weak = {"current_password": PASSWORD, "password": "stu@test.edu"}
    problem(api.post("/api/auth/password", json=weak, headers=old), 400)
    changed = api.post("/api/auth/password", json={"current_password": PASSWORD, "password": NEW_PASSWORD}, headers=old)
    problem(api.get("/api/users/me", headers=old), 401)
    assert api.get("/api/users/me", headers=bearer(changed)).status_code == 200
    problem(login(api, world.student.email), 401)
    assert login(api, world.student.email, NEW_PASSWORD).status_code == 200
