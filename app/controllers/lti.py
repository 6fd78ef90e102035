"""LTI 1.3 under /api/lti: the tool's keys and configuration, platform registrations (admins), the OIDC login, the
launch, the one-time code exchange, the deep-linking picker and the launch landing page."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, MediaType, Request, Response, delete, get, patch, post
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect
from redis.asyncio import Redis

from app.common.schemas import Id, Page
from app.errors import DomainError, domain_problem
from app.lti import lti_deep_link, lti_keys, lti_launch, lti_pages, lti_passback, lti_platforms, lti_roster
from app.lti.schemas import (
    ExchangeRequest,
    ExchangeResponse,
    PlatformCreate,
    PlatformDetail,
    PlatformUpdate,
    RosterSyncResult,
    RosterSyncStarted,
    SyncState,
    ToolConfig,
)
from app.settings import Settings
from tables.users import User

Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]


def _html(page: tuple[str, str], status: int = 200, cookies: list[Cookie] | None = None) -> Response[str]:
    html, csp = page
    headers = {"Content-Security-Policy": csp, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
    return Response(html, status_code=status, media_type=MediaType.HTML, headers=headers, cookies=cookies)


def refusal(request: Request[Any, Any, Any], exc: DomainError) -> Response[Any]:
    """Browsers (a launch is a form post from the platform) get a page saying what failed; API clients problem+json."""
    if "text/html" in request.headers.get("accept", ""):
        return _html(lti_pages.refusal(exc.title, exc.detail, exc.status_code), exc.status_code)
    return domain_problem(exc).to_response(request)


async def any_query(request: Request[Any, Any, Any]) -> None:
    """Platforms add their own parameters to a login (Canvas: canvas_region, canvas_environment...): accepted."""


def _state_cookie(settings: Settings, state: str, *, clear: bool = False) -> Cookie:
    secure = settings.public_address.startswith("https://")
    return Cookie(
        key=lti_launch.state_cookie(state),
        value="" if clear else state,
        max_age=0 if clear else lti_launch.STATE_SECONDS,
        path="/api/lti/",
        httponly=True,
        secure=secure,
        # the launch is a cross-site form post from the platform: only SameSite=None cookies come along (https only)
        samesite="none" if secure else "lax",
    )


class LtiController(Controller):
    path = "/lti"
    tags = ["lti"]
    exception_handlers = {DomainError: refusal}

    @get("/jwks", exclude_from_auth=True, cache=False)
    async def jwks(self, settings: Settings) -> dict[str, Any]:
        """The tool's public keys: the signing key and, during a rotation's overlap, the previous ones."""
        return await lti_keys.jwks(settings)

    async def _login(self, settings: Settings, params: dict[str, str]) -> Redirect:
        url, state = await lti_launch.login(settings, params)
        return Redirect(path=url, status_code=302, cookies=[_state_cookie(settings, state)])

    @get("/login", exclude_from_auth=True, before_request=any_query, problems=(400, 401))
    async def login_get(self, request: Request[Any, Any, Any], settings: Settings) -> Redirect:
        """OIDC third-party login initiation: redirects to the platform's authorization endpoint."""
        return await self._login(settings, dict(request.query_params))

    @post("/login", exclude_from_auth=True, before_request=any_query, problems=(400, 401))
    async def login_post(self, data: Form, request: Request[Any, Any, Any], settings: Settings) -> Redirect:
        """The same login initiation, posted as a form."""
        return await self._login(settings, {**dict(request.query_params), **data})

    @post("/launch", exclude_from_auth=True, status_code=303, problems=(401, 403))
    async def launch(self, data: Form, request: Request[Any, Any, Any], settings: Settings) -> Response[Any]:
        """The platform's id_token and state (form post): checked, mapped, then a redirect with a one-time code to
        the frontend, or for a deep-linking request the assignment picker."""
        state = data.get("state", "")
        cookie = request.cookies.get(lti_launch.state_cookie(state)) if state else None
        done = await lti_launch.launch(settings, id_token=data.get("id_token", ""), state=state, cookie=cookie)
        cleared = [_state_cookie(settings, state, clear=True)]
        if done.deep_link is not None:
            choices = await lti_deep_link.choices(done.class_id)
            return _html(lti_pages.picker(done.code or "", choices, "/api/lti/deep-link"), cookies=cleared)
        return Redirect(path=lti_launch.landing_url(settings, done.code or ""), status_code=303, cookies=cleared)

    @post("/deep-link", exclude_from_auth=True, status_code=200, problems=(403, 404, 410), media_type=MediaType.HTML)
    async def deep_link(self, data: Form, settings: Settings) -> Response[str]:
        """The picker's choice: a signed LtiDeepLinkingResponse posted back to the platform."""
        item = data.get("item_id", "")
        return_url, signed = await lti_deep_link.respond(
            settings, code=data.get("code", ""), item_id=int(item) if item.isdigit() else 0
        )
        return _html(lti_pages.post_back(return_url, signed))

    @post("/exchange", exclude_from_auth=True, status_code=200, problems=(410,))
    async def exchange(self, data: ExchangeRequest, settings: Settings) -> ExchangeResponse:
        """A launch's one-time code (single use, one minute) for the API's bearer token."""
        return await lti_launch.exchange(settings, data.code)

    @get("/landing", exclude_from_auth=True, before_request=any_query, media_type=MediaType.HTML)
    async def landing(self) -> Response[str]:
        """Where a launch lands when no FRONTEND_URL is set: exchanges the code and says who is signed in."""
        return _html(lti_pages.landing("/api/lti/exchange"))

    @post("/platforms")
    async def create_platform(self, user: User, data: PlatformCreate) -> PlatformDetail:
        """Admins register a platform: issuer, client id, deployments, OIDC auth, token and JWKS URLs."""
        return await lti_platforms.create(user, data)

    @get("/platforms")
    async def list_platforms(self, user: User) -> Page[PlatformDetail]:
        """Admins list the registered platforms with their deployments."""
        return await lti_platforms.list_platforms(user)

    @get("/platforms/{platform_id:int}")
    async def get_platform(self, user: User, platform_id: int) -> PlatformDetail:
        """One registered platform (admins)."""
        return await lti_platforms.get(user, platform_id)

    @patch("/platforms/{platform_id:int}")
    async def update_platform(self, user: User, platform_id: int, data: PlatformUpdate) -> PlatformDetail:
        """Keys sent replace; `deployment_ids` sent is the whole list."""
        return await lti_platforms.update(user, platform_id, data)

    @delete("/platforms/{platform_id:int}", status_code=204)
    async def delete_platform(self, user: User, platform_id: int) -> None:
        """Admins remove a platform: its links go; classes, accounts and attempts stay."""
        await lti_platforms.delete(user, platform_id)

    @get("/config")
    async def config(
        self, user: User, settings: Settings, platform: Annotated[Id, Parameter(query="platform")]
    ) -> ToolConfig:
        """What to enter on the platform for this tool, with the JSON of a Canvas developer key."""
        return await lti_platforms.tool_config(user, platform, settings)

    @post("/keys/rotate", status_code=201)
    async def rotate_key(self, user: User, settings: Settings) -> dict[str, str]:
        """Admins start signing with a new key; the previous ones stay published for seven days."""
        lti_platforms.require_admin(user)
        return {"kid": await lti_keys.rotate(settings, actor=user.id)}


class ClassLtiController(Controller):
    path = "/classes/{class_id:int}/lti"
    tags = ["lti"]

    @post("/roster-sync", status_code=202, problems=(409,))
    async def roster_sync(self, user: User, class_id: int, settings: Settings) -> RosterSyncStarted:
        """Class instructors pull the platform's roster now (a job): creates, enrolls, marks those gone inactive."""
        return await lti_roster.start(user, class_id, settings)

    @get("/roster-sync")
    async def roster_sync_result(self, user: User, class_id: int, redis: Redis) -> RosterSyncResult:
        """The last finished roster sync: one answer per member, in the platform's order, and the counts."""
        return await lti_roster.latest(user, class_id, redis)

    @get("/sync")
    async def sync_state(self, user: User, class_id: int) -> SyncState:
        """Score passback for the class: counts per status and every delivery pending or failed, with its error."""
        return await lti_passback.sync_state(user, class_id)
