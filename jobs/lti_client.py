"""Calls to a platform's LTI Advantage services (blocking HTTP: workers only, never an API event loop).

A client-credentials token per platform and scope set, asked for with a JWT assertion signed by the tool's key and
cached until a minute before it expires; requests paced to the platform's `max_requests_per_second`; a 401 answered
once with a fresh token; 429 and 503 raised with the platform's `Retry-After`, so the caller can wait it out.
"""

from __future__ import annotations

import secrets
import threading
import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from app.lti import lti_keys
from app.settings import Settings

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
TIMEOUT_SECONDS = 10.0
TOKEN_MARGIN_SECONDS = 60
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
AGS_SCOPES = (LINEITEM_SCOPE, SCORE_SCOPE)

_tokens: dict[tuple[int, tuple[str, ...]], tuple[str, float]] = {}
_next_slot: dict[int, float] = {}
_lock = threading.Lock()


class PlatformError(Exception):
    """The platform refused or could not be reached; `retry_after` when it said how long to wait."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class PlatformClient:
    def __init__(self, settings: Settings, platform: dict[str, Any], key_row: dict[str, Any]) -> None:
        self.settings = settings
        self.platform = platform
        self.key_row = key_row
        self.http = httpx.Client(timeout=TIMEOUT_SECONDS)

    def close(self) -> None:
        self.http.close()

    def _pace(self) -> None:
        """Wait for this platform's next request slot (one worker sends at a time: jobs/lti.py holds a lock)."""
        interval = 1.0 / float(self.platform["max_requests_per_second"])
        with _lock:
            now = time.monotonic()
            slot = max(now, _next_slot.get(self.platform["id"], now))
            _next_slot[self.platform["id"]] = slot + interval
        if slot > now:
            time.sleep(slot - now)

    def _assertion(self) -> str:
        now = int(time.time())
        client_id = self.platform["client_id"]
        claims = {
            "iss": client_id,
            "sub": client_id,
            "aud": self.platform["token_audience"] or self.platform["auth_token_url"],
            "iat": now,
            "exp": now + 300,
            "jti": secrets.token_urlsafe(16),
        }
        return lti_keys.sign(self.settings, self.key_row, claims)

    def token(self, scopes: tuple[str, ...], *, fresh: bool = False) -> str:
        key = (self.platform["id"], scopes)
        cached = _tokens.get(key)
        if cached and not fresh and cached[1] > time.monotonic():
            return cached[0]
        form = {
            "grant_type": "client_credentials",
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": self._assertion(),
            "scope": " ".join(scopes),
        }
        self._pace()
        response = self._send("POST", self.platform["auth_token_url"], data=form)
        body = response.json()
        lifetime = float(body.get("expires_in") or 3600)
        _tokens[key] = (body["access_token"], time.monotonic() + max(1.0, lifetime - TOKEN_MARGIN_SECONDS))
        return body["access_token"]

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise PlatformError(f"{method} {url}: {type(exc).__name__}: {exc}") from exc
        if response.status_code in (429, 503):
            raise PlatformError(
                f"{method} {url}: {response.status_code}",
                status=response.status_code,
                retry_after=retry_after(response),
            )
        if response.status_code >= 400:
            raise PlatformError(
                f"{method} {url}: {response.status_code} {response.text[:300]}", status=response.status_code
            )
        return response

    def call(self, method: str, url: str, scopes: tuple[str, ...], **kwargs: Any) -> httpx.Response:
        """A service request with a bearer token; a 401 gets one retry with a fresh token."""
        for attempt in range(2):
            headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self.token(scopes, fresh=attempt > 0)}"}
            self._pace()
            try:
                return self._send(method, url, headers=headers, **kwargs)
            except PlatformError as exc:
                if exc.status != 401 or attempt:
                    raise
                kwargs["headers"] = {k: v for k, v in headers.items() if k != "Authorization"}
        raise AssertionError("unreachable")

    def members(self, url: str) -> list[dict[str, Any]]:
        """Every member of a course, following the `Link: rel="next"` pages."""
        found: list[dict[str, Any]] = []
        next_url: str | None = url
        accept = {"Accept": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"}
        while next_url:
            response = self.call("GET", next_url, (NRPS_SCOPE,), headers=accept)
            found.extend(response.json().get("members") or [])
            next_url = response.links.get("next", {}).get("url")
        return found
