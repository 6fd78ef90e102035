"""Platform registrations (admins only, or the command line) and the tool's configuration for each platform."""

from __future__ import annotations

from typing import Any

import msgspec
from piccolo.engine import engine_finder

from app.audit import audit
from app.common import access, sql
from app.common.schemas import Page
from app.errors import Conflict, DomainError, Forbidden, NotFound
from app.lti.schemas import PlatformCreate, PlatformDetail, PlatformUpdate, ToolConfig
from app.settings import Settings
from tables.enums import AuditKind
from tables.lti import LtiDeployment, LtiPlatform
from tables.users import User

SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
]

DETAIL_SQL = """
SELECT p.id, p.name, p.issuer, p.client_id, p.auth_login_url, p.auth_token_url, p.key_set_url, p.token_audience,
       p.max_requests_per_second, p.created_at,
       coalesce(array_agg(d.deployment_id ORDER BY d.id) FILTER (WHERE d.id IS NOT NULL), ARRAY[]::varchar[])
         AS deployment_ids
FROM lti_platform p LEFT JOIN lti_deployment d ON d.platform = p.id
WHERE {where} GROUP BY p.id ORDER BY p.id
"""


def require_admin(caller: User) -> None:
    if not access.is_admin(caller):
        raise Forbidden("only admins register LTI platforms")


async def _detail(platform_id: int) -> PlatformDetail:
    found = await sql.fetch_one(PlatformDetail, DETAIL_SQL.format(where="p.id = :platform"), platform=platform_id)
    if found is None:
        raise NotFound("platform not found")
    return found


async def _set_deployments(platform_id: int, deployment_ids: list[str]) -> None:
    await LtiDeployment.delete().where(LtiDeployment.platform == platform_id)
    unique = list(dict.fromkeys(d.strip() for d in deployment_ids))
    if unique:
        await LtiDeployment.insert(*(LtiDeployment(platform=platform_id, deployment_id=d) for d in unique))


def _audited(platform: PlatformDetail) -> dict[str, Any]:
    """What the audit log keeps of a platform: everything an admin sets (a platform holds no secret)."""
    return {name: value for name, value in msgspec.structs.asdict(platform).items() if name not in ("id", "created_at")}


async def register(data: PlatformCreate, *, actor: int | None) -> PlatformDetail:
    """A new platform (the admin API, the command line and Dynamic Registration alike; `actor`: the admin, None
    for an operator on the server); the same issuer and client id twice is a 409. One audit row."""
    if await LtiPlatform.exists().where(
        (LtiPlatform.issuer == data.issuer) & (LtiPlatform.client_id == data.client_id)
    ):
        raise Conflict(f"a platform with issuer {data.issuer} and client id {data.client_id} exists", field="client_id")
    fields = msgspec.structs.asdict(data)
    deployments = fields.pop("deployment_ids")
    async with engine_finder().transaction():
        platform = LtiPlatform(**fields)
        await platform.save()
        await _set_deployments(platform.id, deployments)
        detail = await _detail(platform.id)
        await audit.record(
            actor, AuditKind.lti_platform, "lti_platform", detail.id, class_id=None, after=_audited(detail)
        )
    return detail


async def create(caller: User, data: PlatformCreate) -> PlatformDetail:
    require_admin(caller)
    return await register(data, actor=caller.id)


async def list_platforms(caller: User) -> Page[PlatformDetail]:
    require_admin(caller)
    items = await sql.fetch(PlatformDetail, DETAIL_SQL.format(where="true"))
    return Page(items=items, next_cursor=None, limit=len(items))


async def get(caller: User, platform_id: int) -> PlatformDetail:
    require_admin(caller)
    return await _detail(platform_id)


async def update(caller: User, platform_id: int, data: PlatformUpdate) -> PlatformDetail:
    require_admin(caller)
    changes: dict[Any, Any] = {
        getattr(LtiPlatform, name): value
        for name, value in msgspec.structs.asdict(data).items()
        if value is not None and name != "deployment_ids"
    }
    async with engine_finder().transaction():
        before = await _detail(platform_id)
        if changes:
            await LtiPlatform.update(changes).where(LtiPlatform.id == platform_id)
        if data.deployment_ids is not None:
            await _set_deployments(platform_id, data.deployment_ids)
        after = await _detail(platform_id)
        if _audited(after) != _audited(before):
            await audit.record(
                caller,
                AuditKind.lti_platform,
                "lti_platform",
                platform_id,
                class_id=None,
                before=_audited(before),
                after=_audited(after),
            )
    return after


async def delete(caller: User, platform_id: int) -> None:
    """Its links to classes and accounts go with it; the classes, accounts and attempts stay."""
    require_admin(caller)
    async with engine_finder().transaction():
        before = await _detail(platform_id)
        await LtiPlatform.delete().where(LtiPlatform.id == platform_id)
        await audit.record(
            caller, AuditKind.lti_platform, "lti_platform", platform_id, class_id=None, before=_audited(before)
        )


def _canvas_key(settings: Settings, urls: dict[str, str]) -> dict[str, Any]:
    domain = settings.public_address.split("://", 1)[-1].split("/", 1)[0]
    placement = {"placement": "link_selection", "message_type": "LtiDeepLinkingRequest"}
    return {
        "title": "Autograder",
        "description": "Programming assignments graded in a sandbox; grades and roster over LTI Advantage.",
        "oidc_initiation_url": urls["login"],
        "target_link_uri": urls["launch"],
        "public_jwk_url": urls["jwks"],
        "scopes": SCOPES,
        "extensions": [
            {
                "domain": domain,
                "platform": "canvas.instructure.com",
                "privacy_level": "public",
                "settings": {
                    "placements": [
                        {**placement, "target_link_uri": urls["launch"]},
                        {**placement, "placement": "assignment_selection", "target_link_uri": urls["launch"]},
                    ]
                },
            }
        ],
        "custom_fields": {},
    }


async def tool_config(caller: User, platform_id: int, settings: Settings) -> ToolConfig:
    """The values to enter on the platform: login initiation, redirect (launch) URI, JWKS, scopes."""
    return config_for(await get(caller, platform_id), settings)


def config_for(platform: PlatformDetail, settings: Settings) -> ToolConfig:
    base = f"{settings.public_address}/api/lti"
    urls = {"login": f"{base}/login", "launch": f"{base}/launch", "jwks": f"{base}/jwks"}
    return ToolConfig(
        issuer=platform.issuer,
        client_id=platform.client_id,
        login_initiation_url=urls["login"],
        target_link_uri=urls["launch"],
        redirect_uris=[urls["launch"]],
        jwks_url=urls["jwks"],
        deep_linking_url=urls["launch"],
        scopes=SCOPES,
        canvas_developer_key=_canvas_key(settings, urls),
    )


async def add_from_command(fields: dict[str, Any], settings: Settings) -> tuple[int, str]:
    """What `autograder lti add-platform` runs: (exit code, message with the values to enter on the platform)."""
    try:
        detail = await register(msgspec.convert(fields, PlatformCreate), actor=None)
    except msgspec.ValidationError as exc:
        return 1, f"error: {exc}"
    except DomainError as exc:
        return 1, f"error: {exc.detail}"
    config = config_for(detail, settings)
    lines = [
        f"registered platform {detail.id} ({detail.name}): issuer {detail.issuer}, client id {detail.client_id}, "
        f"deployments {', '.join(detail.deployment_ids) or '(none)'}",
        f"enter on the platform: login initiation URL {config.login_initiation_url}",
        f"  redirect / target link URI {config.target_link_uri}",
        f"  public JWKS URL {config.jwks_url}",
    ]
    return 0, "\n".join(lines)
