"""Piccolo Admin over plain HTTP, as its own pages call it: the CSRF cookie from a first page, then the login and
the table API with the cookie's value in X-CSRFToken. Each httpx.Client is one browser (its own cookie jar)."""

from __future__ import annotations

import httpx

from tests.factories import PASSWORD

USERS_TABLE = "/admin/api/tables/users/"


def csrf_headers(client: httpx.Client) -> dict[str, str]:
    if "csrftoken" not in client.cookies:
        client.get("/admin/")
    return {"X-CSRFToken": client.cookies["csrftoken"]}


def admin_login(client: httpx.Client, email: str, password: str = PASSWORD) -> httpx.Response:
    body = {"username": email, "password": password}
    return client.post("/admin/public/login/", json=body, headers=csrf_headers(client))


def admin_patch(client: httpx.Client, path: str, body: dict) -> httpx.Response:
    return client.patch(path, json=body, headers=csrf_headers(client))
