"""The benchmark's own course, created through the API as the seeded admin (the demo data is left alone)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx

from tables.enums import Language

STUDENTS = [f"student{i}@example.edu" for i in range(1, 9)]
PASSWORD = "demo-password"


@dataclass
class Setup:
    tokens: list[str]
    submit_path: str
    progress_path: str
    nested_paths: dict[int, str]


def _login(base: str, email: str) -> str:
    response = httpx.post(f"{base}/api/auth/login", json={"email": email, "password": PASSWORD}, timeout=30)
    response.raise_for_status()
    return response.json()["access_token"]


def setup_course(base: str) -> Setup:
    admin = {"Authorization": f"Bearer {_login(base, 'admin@example.edu')}"}
    with httpx.Client(base_url=base, headers=admin, timeout=30) as api:
        klass = api.post("/api/classes", json={"code": "BENCH", "title": "Benchmark"}).raise_for_status().json()
        api.post(f"/api/classes/{klass['id']}/enrollments/bulk", json={"emails": STUDENTS}).raise_for_status()
        module = api.post(f"/api/classes/{klass['id']}/modules", json={"title": "Bench"}).raise_for_status().json()

        def question(slug: str) -> int:
            body = {
                "slug": slug,
                "title": slug,
                "language": Language.python,
                "default_points": 3,
                "tests": [
                    {"name": f"t{i}", "kind": "call", "input": call, "expected": expected}
                    for i, (call, expected) in enumerate(
                        [("add(1, 2)", "3"), ("add(-5, 5)", "0"), ("add(10**6, 1)", "1000001")]
                    )
                ],
            }
            return api.post("/api/questions", json=body).raise_for_status().json()["id"]

        def assignment(title: str, question_ids: list[int]) -> int:
            item = api.post(f"/api/modules/{module['id']}/assignments", json={"title": title}).raise_for_status()
            item_id = item.json()["id"]
            for qid in question_ids:
                api.post(f"/api/assignments/{item_id}/questions", json={"question_id": qid}).raise_for_status()
            api.post(f"/api/items/{item_id}/publish", json={"published": True}).raise_for_status()
            return item_id

        graded = question("bench-add")
        submit_item = assignment("Throughput", [graded])
        pool = [graded] + [question(f"bench-q{i}") for i in range(1, 50)]
        nested = {size: f"/api/assignments/{assignment(f'Nested {size}', pool[:size])}" for size in (1, 10, 50)}
    with ThreadPoolExecutor(8) as threads:
        tokens = list(threads.map(lambda email: _login(base, email), STUDENTS))
    return Setup(
        tokens=tokens,
        submit_path=f"/api/assignments/{submit_item}/questions/{graded}/submissions",
        progress_path=f"/api/assignments/{submit_item}/questions/{graded}/progress",
        nested_paths=nested,
    )
