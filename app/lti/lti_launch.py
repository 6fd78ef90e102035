"""OIDC third-party login initiation and the launch: a login makes a `state` (kept in a cookie of the browser that
started it, and as a row) and a `nonce`; the launch takes the state once, checks the id_token (app/lti/lti_jwt.py),
then maps the platform's user, course and link to ours (app/lti/lti_mapping.py) in one transaction, so a refused
launch creates nothing. It ends with a one-time code for the frontend (never a token in a URL) or, for a deep-linking
request, the assignment picker."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import msgspec
from piccolo.engine import engine_finder

from app.accounts import account_mail, sessions
from app.common import sql
from app.errors import Gone, InvalidInput
from app.lti import lti_jwt, lti_mapping, lti_roster
from app.lti.lti_jwt import LaunchRefused
from app.lti.schemas import ExchangeResponse
from app.settings import Settings
from tables.lti import LtiLaunchCode, LtiLoginState
from tables.users import User

STATE_SECONDS = 600
CODE_SECONDS = 60
PICKER_SECONDS = 900  # the deep-linking picker's code: long enough to choose an assignment
STATE_COOKIE_PREFIX = "lti_state_"

PLATFORMS_SQL = """
SELECT p.id, p.issuer, p.client_id, p.auth_login_url, p.key_set_url,
       array(SELECT d.deployment_id FROM lti_deployment d WHERE d.platform = p.id) AS deployment_ids
FROM lti_platform p WHERE p.issuer = :issuer AND (:client_id::varchar IS NULL OR p.client_id = :client_id)
ORDER BY p.id
"""

TAKE_STATE_SQL = """
UPDATE lti_login_state SET used_at = now() WHERE state = :state AND used_at IS NULL AND expires_at > now()
RETURNING nonce, platform
"""


class Launched(msgspec.Struct):
    """What a valid launch came to: the account, class and assignment, and for a deep-linking request what the
    picker needs (`deep_link`)."""

    user_id: int
    class_id: int
    assignment_id: int | None
    role: str
    code: str | None = None
    deep_link: dict[str, Any] | None = None


def launch_url(settings: Settings) -> str:
    return f"{settings.public_address}/api/lti/launch"


def state_cookie(state: str) -> str:
    return STATE_COOKIE_PREFIX + state


async def login(settings: Settings, params: dict[str, str]) -> tuple[str, str]:
    """Answers (the platform's authorization URL to redirect to, the state to set as this browser's cookie)."""
    issuer, login_hint = params.get("iss"), params.get("login_hint")
    if not issuer or not login_hint:
        raise InvalidInput("an LTI login needs `iss` and `login_hint`", field="iss" if not issuer else "login_hint")
    target = params.get("target_link_uri") or launch_url(settings)
    if not target.startswith(settings.public_address + "/"):
        raise InvalidInput("target_link_uri is not an address of this tool", field="target_link_uri")
    client_id = params.get("client_id")
    platforms = await sql.rows(PLATFORMS_SQL, issuer=issuer, client_id=client_id)
    if not platforms:
        named = f" and client id {client_id!r}" if client_id else ""
        raise LaunchRefused(f"no platform is registered with issuer {issuer!r}{named}")
    if len(platforms) > 1:
        raise InvalidInput("several registrations share this issuer: name the client_id", field="client_id")
    platform = platforms[0]
    state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    expires = datetime.now(UTC) + timedelta(seconds=STATE_SECONDS)
    await LtiLoginState(state=state, nonce=nonce, platform=platform["id"], expires_at=expires).save()
    query = {
        "scope": "openid",
        "response_type": "id_token",
        "response_mode": "form_post",
        "prompt": "none",
        "client_id": platform["client_id"],
        "redirect_uri": launch_url(settings),
        "login_hint": login_hint,
        "state": state,
        "nonce": nonce,
    }
    if params.get("lti_message_hint"):
        query["lti_message_hint"] = params["lti_message_hint"]
    separator = "&" if "?" in platform["auth_login_url"] else "?"
    return f"{platform['auth_login_url']}{separator}{urlencode(query)}", state


async def _take_state(state: str, cookie: str | None) -> dict[str, Any]:
    if not state:
        raise LaunchRefused("the launch carries no state")
    if cookie is None or not secrets.compare_digest(cookie, state):
        raise LaunchRefused("this browser did not start this login (its state cookie is missing or differs)")
    taken = await sql.rows(TAKE_STATE_SQL, state=state)
    if not taken:
        raise LaunchRefused("this login's state was already used or has expired: start the launch again")
    return taken[0]


async def launch(settings: Settings, *, id_token: str, state: str, cookie: str | None) -> Launched:
    """Checks everything, then maps user, course and link in one transaction; LaunchRefused creates nothing."""
    if not id_token:
        raise LaunchRefused("the launch carries no id_token")
    taken = await _take_state(state, cookie)
    platform = (await sql.rows("SELECT * FROM lti_platform WHERE id = :platform", platform=taken["platform"]))[0]
    deployments = await sql.rows(
        "SELECT deployment_id FROM lti_deployment WHERE platform = :platform", platform=platform["id"]
    )
    claims = await lti_jwt.verify_id_token(
        id_token,
        issuer=platform["issuer"],
        client_id=platform["client_id"],
        key_set_url=platform["key_set_url"],
        nonce=taken["nonce"],
        deployment_ids=[d["deployment_id"] for d in deployments],
    )
    async with engine_finder().transaction():
        mapped = await lti_mapping.apply(platform, claims)
        launched = Launched(
            user_id=mapped.user_id, class_id=mapped.class_id, assignment_id=mapped.assignment_id, role=mapped.role
        )
        if claims[lti_jwt.MESSAGE_TYPE] == lti_jwt.DEEP_LINKING_REQUEST:
            launched.deep_link = lti_mapping.deep_link_request(platform, claims, mapped)
        launched.code = await _issue_code(launched)
    await lti_roster.sync_after_launch(settings, mapped.context_pk, mapped.role)
    return launched


async def _issue_code(launched: Launched) -> str:
    code = secrets.token_urlsafe(32)
    seconds = PICKER_SECONDS if launched.deep_link else CODE_SECONDS
    target = msgspec.json.encode(msgspec.structs.asdict(launched)).decode()
    await LtiLaunchCode(
        code_sha256=hashlib.sha256(code.encode()).hexdigest(),
        user_id=launched.user_id,
        target=target,
        expires_at=datetime.now(UTC) + timedelta(seconds=seconds),
    ).save()
    return code


async def take_code(code: str) -> tuple[User, dict[str, Any]]:
    """The user and launch a one-time code stands for; a used, expired or unknown code is 410."""
    rows = await sql.rows(
        "UPDATE lti_launch_code SET used_at = now() WHERE code_sha256 = :digest AND used_at IS NULL "
        "AND expires_at > now() RETURNING user_id, target",
        digest=hashlib.sha256(code.encode()).hexdigest(),
    )
    if not rows:
        raise Gone("this launch code was already used, has expired or never existed: launch again from the course")
    user = await User.objects().where((User.id == rows[0]["user_id"]) & (User.active.eq(True))).first()
    if user is None:
        raise Gone("the launched account is deactivated")
    target = rows[0]["target"]
    return user, msgspec.json.decode(target) if isinstance(target, str) else target


async def exchange(settings: Settings, code: str) -> ExchangeResponse:
    user, target = await take_code(code)
    return ExchangeResponse(
        access_token=sessions.issue(settings, user.id, user.token_version),
        token_type="bearer",
        expires_in=settings.jwt_ttl_seconds,
        user_id=user.id,
        class_id=target.get("class_id"),
        assignment_id=target.get("assignment_id"),
        role=target.get("role"),
    )


def landing_url(settings: Settings, code: str) -> str:
    """Where a launch ends, with its one-time code: the `FRONTEND_LTI_LANDING_URL` template, as the mail links'
    (by default the product's own landing page)."""
    return account_mail.link(settings.frontend_lti_landing_url, settings, code)
