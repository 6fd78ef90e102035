"""What the accounts tests share: logging in over HTTP, a login's bearer header, a password the policy accepts."""

from __future__ import annotations

import httpx

from tests.factories import PASSWORD

NEW_PASSWORD = "a-brand-new-passphrase"


def login(api: httpx.Client, email: str, password: str = PASSWORD) -> httpx.Response:
    return api.post("/api/auth/login", json={"email": email, "password": password})


def bearer(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
