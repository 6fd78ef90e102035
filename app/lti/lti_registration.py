"""IMS LTI Dynamic Registration 1.0 (https://www.imsglobal.org/spec/lti-dr/v1p0), the tool's side.

Who may start it: only the holder of a one-time registration URL an admin made (`POST /api/lti/registrations`: 32
random bytes in its path, stored as their SHA-256, single use, one hour). The initiation request itself comes from
the platform's page in the admin's browser with no credential of ours, and anyone can stand up a platform, so an open
registration URL would let anyone make this tool trust their issuer and then sign in as any student by email (the
launch links accounts by the email a trusted platform asserts). The admin pastes the URL into the LMS instead.

The platform's OpenID configuration is fetched (its issuer must be an https URL the configuration URL starts with),
the tool's client registration posted to its `registration_endpoint` with the platform's registration token, and the
answer (client id, deployment id) stored through the same `lti_platforms.register` as the admin API and the CLI.
A failed exchange leaves the URL usable again within its hour. The HTTP calls are async (httpx), never blocking.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import msgspec
from piccolo.engine import engine_finder

from app.audit import audit
from app.common import sql
from app.errors import Gone, InvalidInput, NotFound, ServiceUnavailable, Unprocessable
from app.lti import lti_platforms
from app.lti.schemas import PlatformCreate, PlatformDetail, RegistrationCreate, RegistrationStarted
from app.settings import Settings
from tables.enums import AuditKind
from tables.lti import LtiRegistration
from tables.users import User

TOKEN_LIFETIME = timedelta(hours=1)
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
REQUIRED = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint")
MAX_ANSWER_BYTES = 256 * 1024
TIMEOUT_SECONDS = 10.0
CLAIM_SQL = """
UPDATE lti_registration SET used_at = now()
WHERE token_sha256 = :digest AND used_at IS NULL AND expires_at > now() RETURNING id, name, created_by
"""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create(caller: User, data: RegistrationCreate, settings: Settings) -> RegistrationStarted:
    """Admins only: a registration URL to paste into the platform, usable once within the hour."""
    lti_platforms.require_admin(caller)
    return await issue(data.name, settings, created_by=caller.id)


async def issue(name: str, settings: Settings, *, created_by: int | None = None) -> RegistrationStarted:
    """A one-time registration URL (the admin API's, and `autograder lti registration-url` on the server)."""
    token = secrets.token_urlsafe(32)
    row = LtiRegistration(
        token_sha256=_digest(token),
        name=name,
        created_by=created_by,
        expires_at=datetime.now(UTC) + TOKEN_LIFETIME,
    )
    async with engine_finder().transaction():
        await row.save()
        after = {"name": name, "expires_at": row.expires_at.isoformat()}
        await audit.record(
            created_by, AuditKind.lti_registration_url, "lti_registration", row.id, class_id=None, after=after
        )
    url = f"{settings.public_address}/api/lti/register/{token}"
    return RegistrationStarted(id=row.id, url=url, expires_at=row.expires_at)


def checked_url(url: str, settings: Settings, what: str) -> str:
    """An https URL; plain http only to a loopback host outside production (a development or test platform)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme == "http" and loopback and not settings.is_production:
        return url
    raise Unprocessable(f"the platform's {what} is not an https URL: {url[:200]}", field="openid_configuration")


async def _json(client: httpx.AsyncClient, method: str, url: str, what: str, **kwargs: Any) -> dict[str, Any]:
    """The platform's JSON answer (at most 256 KiB, no redirects followed); its refusals and outages said plainly."""
    try:
        async with client.stream(method, url, **kwargs) as answer:
            body = b""
            async for chunk in answer.aiter_bytes():
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    raise Unprocessable(f"the platform's {what} is larger than {MAX_ANSWER_BYTES} bytes")
    except httpx.HTTPError as exc:
        raise ServiceUnavailable(f"the platform's {what} could not be reached: {exc}") from exc
    if answer.status_code >= 300:
        said = body[:300].decode(errors="replace")
        raise Unprocessable(f"the platform's {what} answered HTTP {answer.status_code}: {said}")
    try:
        found = msgspec.json.decode(body)
    except msgspec.DecodeError as exc:
        raise Unprocessable(f"the platform's {what} is not JSON") from exc
    if not isinstance(found, dict):
        raise Unprocessable(f"the platform's {what} is not a JSON object")
    return found


def _platform_configuration(found: dict[str, Any], url: str, settings: Settings) -> dict[str, Any]:
    """The checks of the spec's section 3.5: required endpoints, the issuer the configuration URL starts with, and an
    LTI platform configuration that speaks LTI 1.3 launches with RS256 and signed-JWT client authentication."""
    missing = [name for name in REQUIRED if not isinstance(found.get(name), str) or not found[name]]
    lti = found.get(PLATFORM_CONFIGURATION)
    if missing or not isinstance(lti, dict):
        names = ", ".join(missing + ([] if isinstance(lti, dict) else [PLATFORM_CONFIGURATION]))
        raise Unprocessable(f"the platform's OpenID configuration lacks {names}")
    for name in REQUIRED:
        checked_url(found[name], settings, name)
    issuer = found["issuer"].rstrip("/")
    if urlsplit(issuer).query or urlsplit(issuer).fragment or not (url == issuer or url.startswith(issuer + "/")):
        raise Unprocessable(f"the issuer {issuer} is not where the configuration {url[:200]} is served")
    wanted = {
        "id_token_signing_alg_values_supported": "RS256",
        "token_endpoint_auth_methods_supported": "private_key_jwt",
    }
    for name, value in wanted.items():
        if name in found and value not in (found[name] or []):
            raise Unprocessable(f"the platform does not support {value} ({name})")
    messages = [m.get("type") for m in lti.get("messages_supported") or [] if isinstance(m, dict)]
    if messages and "LtiResourceLinkRequest" not in messages:
        raise Unprocessable("the platform does not support LtiResourceLinkRequest launches")
    return found


def tool_registration(settings: Settings) -> dict[str, Any]:
    """The client registration the tool posts (spec section 3.3), from the same URLs `GET /api/lti/config` names."""
    base = f"{settings.public_address}/api/lti"
    launch = f"{base}/launch"
    return {
        "application_type": "web",
        "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"],
        "initiate_login_uri": f"{base}/login",
        "redirect_uris": [launch],
        "client_name": "Autograder",
        "jwks_uri": f"{base}/jwks",
        "token_endpoint_auth_method": "private_key_jwt",
        "scope": " ".join(lti_platforms.SCOPES),
        TOOL_CONFIGURATION: {
            "domain": urlsplit(settings.public_address).netloc,
            "target_link_uri": launch,
            "description": "Programming assignments graded in a sandbox; grades and roster over LTI Advantage.",
            "claims": ["iss", "sub", "name", "given_name", "family_name", "email"],
            "messages": [
                {
                    "type": "LtiDeepLinkingRequest",
                    "target_link_uri": launch,
                    "label": "Autograder assignment",
                    "placements": ["link_selection", "assignment_selection"],
                }
            ],
        },
    }


async def _exchange(settings: Settings, url: str, registration_token: str | None) -> tuple[dict, dict]:
    async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS, follow_redirects=False) as client:
        found = await _json(client, "GET", url, "OpenID configuration", headers={"Accept": "application/json"})
        platform = _platform_configuration(found, url, settings)
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if registration_token:
            headers["Authorization"] = f"Bearer {registration_token}"
        body = msgspec.json.encode(tool_registration(settings))
        answer = await _json(
            client, "POST", platform["registration_endpoint"], "registration endpoint", content=body, headers=headers
        )
    if not isinstance(answer.get("client_id"), str | int) or not str(answer["client_id"]):
        raise Unprocessable("the platform's registration answer has no client_id")
    return platform, answer


def _platform_create(name: str, platform: dict[str, Any], answer: dict[str, Any]) -> PlatformCreate:
    deployment = (answer.get(TOOL_CONFIGURATION) or {}).get("deployment_id")
    audience = platform.get("authorization_server")
    fields = {
        "name": name,
        "issuer": platform["issuer"],
        "client_id": str(answer["client_id"]),
        "deployment_ids": [str(deployment)] if deployment else [],
        "auth_login_url": platform["authorization_endpoint"],
        "auth_token_url": platform["token_endpoint"],
        "key_set_url": platform["jwks_uri"],
        "token_audience": audience if isinstance(audience, str) else "",
    }
    try:
        return msgspec.convert(fields, PlatformCreate)
    except msgspec.ValidationError as exc:
        raise Unprocessable(f"the platform's registration cannot be stored: {exc}") from exc


async def register(
    settings: Settings, token: str, openid_configuration: str | None, registration_token: str | None
) -> PlatformDetail:
    """The registration initiation request: the platform registered (and stored) or a clear refusal."""
    if not openid_configuration:
        raise InvalidInput("the platform sent no openid_configuration", field="openid_configuration")
    url = checked_url(openid_configuration, settings, "OpenID configuration URL")
    claimed = await sql.rows(CLAIM_SQL, digest=_digest(token))
    if not claimed:
        if not await LtiRegistration.exists().where(LtiRegistration.token_sha256 == _digest(token)):
            raise NotFound("this registration URL is not one this autograder made")
        raise Gone("this registration URL was used or has expired: ask the autograder's admin for a new one")
    try:
        platform, answer = await _exchange(settings, url, registration_token)
        made = _platform_create(claimed[0]["name"], platform, answer)
        detail = await lti_platforms.register(made, actor=claimed[0]["created_by"])
    except BaseException:  # a refusal, an outage or a cancelled request: the admin may try the same URL again
        await LtiRegistration.update({LtiRegistration.used_at: None}).where(LtiRegistration.id == claimed[0]["id"])
        raise
    await LtiRegistration.update({LtiRegistration.platform: detail.id}).where(LtiRegistration.id == claimed[0]["id"])
    return detail
