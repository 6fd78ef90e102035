"""LTI score passback for a 1,000-student class after a rejudge, against the independent test platform
(tests/lti_platform.py, lti1p3platform) enforcing a rate limit (429 with Retry-After: 1 over it).

The class's LTI links and the ledger's rows are written straight into the database (what launches and a published
rejudge leave behind): a first wave of `graded` events gives every student a score on the platform (and makes the
line item), then a `rejudged` event per student changes every score. Measured: how long the second wave takes to
reach the platform, its rate against the platform's limit, the 429s it drew, and duplicates (must be none).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections import Counter

import asyncpg
import httpx

from app.settings import PROJECT_ROOT
from jobs.devserver.child_process import free_port
from tables.enums import AttemptStatus

SETUP_SQL = """
WITH p AS (INSERT INTO lti_platform (name, issuer, client_id, auth_login_url, auth_token_url, key_set_url,
           token_audience, max_requests_per_second, created_at)
           VALUES ('bench', $1::varchar, 'tool-client-1', $1::varchar || '/auth', $1::varchar || '/token',
                   $1::varchar || '/jwks', '', $2, now())
           RETURNING id),
     d AS (INSERT INTO lti_deployment (platform, deployment_id) SELECT id, 'deployment-1' FROM p),
     c AS (INSERT INTO lti_context (platform, deployment_id, context_id, class_id, title, memberships_url,
           lineitems_url, ags_scopes, created_at)
           SELECT p.id, 'deployment-1', 'bench-' || $3::varchar, $4, 'Bench', '', $1::varchar || '/ags/lineitems',
                  '[]', now() FROM p
           RETURNING id, platform)
INSERT INTO lti_resource_link (context, resource_link_id, assignment, lineitem_url, title)
SELECT c.id, 'bench-link', $5, '', 'Bench' FROM c RETURNING context
"""

STUDENTS_SQL = """
WITH u AS (INSERT INTO users (username, email, password, first_name, last_name, active, admin, superuser,
           display_name, role, settings, token_version, created_at, updated_at)
           SELECT e, e, '', '', '', true, false, false, e, 'student', '{}', 0, now(), now()
           FROM (SELECT 'lti-' || $2::varchar || '-' || g || '@example.edu' AS e FROM generate_series(1, $1) g) s
           RETURNING id),
     e AS (INSERT INTO enrollments (class_id, user_id, role, created_at) SELECT $3, id, 'student', now() FROM u),
     l AS (INSERT INTO lti_user (platform, sub, user_id, created_at) SELECT $4, 'sub-' || id, id, now() FROM u),
     m AS (INSERT INTO lti_membership (context, user_id, active, roles, updated_at)
           SELECT $5, id, true, '[]', now() FROM u)
SELECT id FROM u
"""

WAVE_SQL = """
WITH g AS (INSERT INTO question_grade (class_id, student, assignment, question, score, overridden, updated_at)
           SELECT $1, s, $2, $3, $4, false, now() FROM unnest($5::int[]) s
           ON CONFLICT (student, assignment, question) DO UPDATE SET score = EXCLUDED.score, updated_at = now())
INSERT INTO grade_event (class_id, student, assignment, content_item, question, old_score, new_score, cause, held,
                         created_at)
SELECT $1, s, $2, $6, $3, $7, $4, $8, false, now() FROM unnest($5::int[]) s
"""


async def _setup(database_url: str, platform: str, rate: float, students: int, tag: str) -> dict:
    connection = await asyncpg.connect(database_url)
    try:
        found = await connection.fetchrow(
            "SELECT c.id AS class_id, a.id AS assignment, a.content_item, aq.question FROM classes c "
            "JOIN modules m ON m.class_id = c.id JOIN content_item ci ON ci.module = m.id "
            "JOIN assignment a ON a.content_item = ci.id JOIN assignment_question aq ON aq.assignment = a.id "
            "WHERE c.code = 'BENCH' AND ci.title = 'Throughput'"
        )
        context = await connection.fetchval(SETUP_SQL, platform, rate, tag, found["class_id"], found["assignment"])
        platform_id = await connection.fetchval("SELECT platform FROM lti_context WHERE id = $1", context)
        ids = [
            r["id"]
            for r in await connection.fetch(STUDENTS_SQL, students, tag, found["class_id"], platform_id, context)
        ]
        return {**dict(found), "students": ids}
    finally:
        await connection.close()


async def _wave(database_url: str, world: dict, score: float, old: float | None, cause: str) -> None:
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute(
            WAVE_SQL,
            world["class_id"],
            world["assignment"],
            world["question"],
            score,
            world["students"],
            world["content_item"],
            old,
            cause,
        )
    finally:
        await connection.close()


def _wait_scores(platform: str, count: int, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = httpx.get(f"{platform}/control", timeout=30).json()
        if len(state["scores"]) >= count:
            return state
        time.sleep(0.5)
    raise TimeoutError(f"the platform received {len(state['scores'])} of {count} scores")


def _run(database_url: str, tool_url: str, students: int, *, tool_rate: float, platform_rate: int, tag: str) -> dict:
    port = free_port()
    platform = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "tests.lti_platform", str(port), tool_url], cwd=PROJECT_ROOT)
    try:
        for _ in range(100):
            try:
                httpx.get(f"{platform}/jwks", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        httpx.post(f"{platform}/control", json={"rate": platform_rate}, timeout=10)
        world = asyncio.run(_setup(database_url, platform, tool_rate, students, tag))
        asyncio.run(_wave(database_url, world, 3.0, None, AttemptStatus.graded))
        first = _wait_scores(platform, students, timeout=students / min(tool_rate, platform_rate) * 4 + 60)
        limited_before = first["rate_limited"]
        started = time.monotonic()
        asyncio.run(_wave(database_url, world, 1.0, 3.0, "rejudged"))
        state = _wait_scores(platform, 2 * students, timeout=students / min(tool_rate, platform_rate) * 4 + 60)
        seconds = time.monotonic() - started
    finally:
        process.terminate()
        process.wait(10)
    second = Counter(s["userId"] for s in state["scores"] if s["scoreGiven"] == 1.0)
    rate = students / seconds
    return {
        "students": students,
        "seconds": seconds,
        "per_second": rate,
        "platform_limit_per_second": platform_rate,
        "tool_pace_per_second": tool_rate,
        "ratio_of_limit": rate / platform_rate,
        "rate_limited_429": state["rate_limited"] - limited_before,
        "delivered": len(second),
        "duplicates": sum(n - 1 for n in second.values()),
    }


def passback(database_url: str, tool_url: str, students: int) -> dict:
    """Paced below the platform's limit (no 429 expected), then paced above it (429s, Retry-After honoured)."""
    return {
        "paced": _run(database_url, tool_url, students, tool_rate=80.0, platform_rate=100, tag="paced"),
        "over_limit": _run(
            database_url, tool_url, max(1, students // 4), tool_rate=200.0, platform_rate=50, tag="over"
        ),
    }


def main() -> None:
    """`python -m bench.lti [STUDENTS]`: this row alone, on a throwaway copy of the product."""
    import json
    import os
    from datetime import UTC, datetime

    from bench import product as product_module
    from bench.report import lti_rows
    from bench.scenarios import setup_course

    students = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    product = product_module.start(os.cpu_count() or 1)
    try:
        setup_course(product.url)
        results = passback(product.database_url, product.url, students)
    finally:
        product.stop()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = PROJECT_ROOT / "bench" / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%S}-lti-{commit or 'nocommit'}.json"
    out.write_text(json.dumps({"lti": results, "commit": commit, "cores": os.cpu_count()}, indent=2))
    for row in lti_rows(results):
        print("| " + " | ".join(row) + " |")
    print(f"results: {out}")


if __name__ == "__main__":
    main()
