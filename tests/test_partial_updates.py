"""Partial updates merge (JSON Merge Patch, RFC 7396): keys sent replace, null removes, keys not sent stay; nested
objects are typed (unknown keys: tests/test_abuse.py), time zones are IANA names, running exams follow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.factories import make_exam, make_world
from tests.support import auth, problem, sql


def test_a_one_key_settings_patch_keeps_the_other_keys_and_null_removes_one(api: httpx.Client) -> None:
    world = make_world()
    url, headers = f"/api/classes/{world.cs101.id}", auth(world.instructor.id)
    full = {"time_zone": "Europe/Berlin", "gradebook_score": "last", "ta_can_override": True, "default_language": "c"}
    assert api.patch(url, json={"settings": full}, headers=headers).json()["settings"] == full
    changed = api.patch(url, json={"title": "Renamed", "settings": {"ta_can_override": False}}, headers=headers)
    assert changed.status_code == 200, changed.text
    assert changed.json()["settings"] == {
        "time_zone": "Europe/Berlin",
        "gradebook_score": "last",
        "default_language": "c",
    }
    removed = api.patch(url, json={"settings": {"time_zone": None}}, headers=headers).json()
    assert removed["settings"] == {"gradebook_score": "last", "default_language": "c"}  # back to the default (UTC)
    assert removed["title"] == "Renamed"


def test_a_class_time_zone_must_be_an_iana_name(api: httpx.Client) -> None:
    world = make_world()
    url, headers = f"/api/classes/{world.cs101.id}", auth(world.instructor.id)
    body = problem(api.patch(url, json={"settings": {"time_zone": "Mars/Olympus"}}, headers=headers), 400)
    assert body["errors"] == [{"field": "settings.time_zone", "message": "unknown IANA time zone 'Mars/Olympus'"}]
    assert sql("SELECT settings::text FROM classes WHERE id = $1", world.cs101.id)[0][0] == "{}"


def test_a_wrong_value_deep_in_config_names_its_path(api: httpx.Client) -> None:
    world = make_world()
    patch = {"config": {"late_policy": {"penalty_per_day": 7}}}
    body = problem(
        api.patch(f"/api/assignments/{world.assignment.id}", json=patch, headers=auth(world.instructor.id)), 400
    )
    assert [e["field"] for e in body["errors"]] == ["config.late_policy.penalty_per_day"]


def test_a_config_patch_of_a_running_exam_keeps_its_window_and_moves_running_sessions(api: httpx.Client) -> None:
    world = make_world()
    exam = make_exam(
        world.module,
        [world.question],
        opens=timedelta(minutes=-5),
        closes=timedelta(hours=2),
        limit=30,
        feedback="none",
        late_policy={"mode": "accept", "penalty_per_day": 0.5},
    )
    started = api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id))
    assert started.status_code == 201, started.text
    url, headers = f"/api/assignments/{exam.id}", auth(world.instructor.id)
    # an empty patch changes nothing (it writes the config back in its stored form: dates in UTC with a `Z`)
    before = api.patch(url, json={"config": {}}, headers=headers).json()["config"]
    assert datetime.fromisoformat(before["available_from"]) < datetime.now(UTC) and before["feedback"] == "none"

    changed = api.patch(url, json={"config": {"max_attempts": 5}}, headers=headers)
    assert changed.status_code == 200, changed.text
    assert changed.json()["config"] == {**before, "max_attempts": 5}
    # a classmate who had not started still starts (the window stayed) and still sees no questions before it
    assert api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.classmate.id)).status_code == 201

    longer = api.patch(url, json={"config": {"exam_time_limit_minutes": 60}}, headers=headers).json()["config"]
    assert longer == {**before, "max_attempts": 5, "exam_time_limit_minutes": 60}
    ends_at = sql("SELECT ends_at FROM exam_session WHERE student = $1", world.student.id)[0][0]
    started_at = sql("SELECT started_at FROM exam_session WHERE student = $1", world.student.id)[0][0]
    assert ends_at - started_at == timedelta(minutes=60)
    unlimited = api.patch(url, json={"config": {"max_attempts": None}}, headers=headers).json()["config"]
    assert "max_attempts" not in unlimited and unlimited["late_policy"] == before["late_policy"]


def test_a_window_patch_that_ends_before_it_opens_is_400_and_changes_nothing(api: httpx.Client) -> None:
    world = make_world()
    now = datetime.now(UTC)
    exam = make_exam(world.module, [world.question], opens=timedelta(hours=1), closes=timedelta(hours=3))
    url, headers = f"/api/assignments/{exam.id}", auth(world.instructor.id)
    before = api.get(url, headers=headers).json()["config"]
    patch = {"config": {"available_until": (now - timedelta(days=1)).isoformat()}}
    problem(api.patch(url, json=patch, headers=headers), 400)
    assert api.get(url, headers=headers).json()["config"] == before


def test_a_question_patch_keeps_the_fields_it_does_not_send(api: httpx.Client) -> None:
    world = make_world()
    url, headers = f"/api/questions/{world.question.id}", auth(world.instructor.id)
    api.patch(url, json={"time_limit_ms": 2000, "prompt": "Add them."}, headers=headers)
    before = api.get(url, headers=headers).json()
    after = api.patch(url, json={"title": "Add two numbers"}, headers=headers).json()
    assert after["title"] == "Add two numbers"
    assert {k: v for k, v in after.items() if k not in ("title", "revision", "tests")} == {
        k: v for k, v in before.items() if k not in ("title", "revision", "tests")
    }
    assert (after["time_limit_ms"], after["prompt"]) == (2000, "Add them.")
    cleared = api.patch(url, json={"time_limit_ms": None}, headers=headers).json()
    assert cleared["time_limit_ms"] is None and cleared["prompt"] == "Add them."
