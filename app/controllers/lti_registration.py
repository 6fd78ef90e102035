"""LTI Dynamic Registration under /api/lti: an admin makes a one-time registration URL, the platform opens it (in
the admin's browser) and the tool registers itself there (app/lti/lti_registration.py says why it is gated)."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, MediaType, Response, get, post
from litestar.params import Parameter

from app.controllers.lti import _html, any_query, refusal
from app.errors import DomainError
from app.lti import lti_pages, lti_registration
from app.lti.schemas import RegistrationCreate, RegistrationStarted
from app.settings import Settings
from tables.users import User


class LtiRegistrationController(Controller):
    path = "/lti"
    tags = ["lti"]
    exception_handlers = {DomainError: refusal}

    @post("/registrations", status_code=201)
    async def create_registration(
        self, user: User, data: RegistrationCreate, settings: Settings
    ) -> RegistrationStarted:
        """Admins make a one-time Dynamic Registration URL (one hour) to paste into the platform."""
        return await lti_registration.create(user, data, settings)

    @get(
        "/register/{token:str}",
        exclude_from_auth=True,
        before_request=any_query,
        media_type=MediaType.HTML,
        problems=(400, 404, 410, 422, 503),
    )
    async def register(
        self,
        token: str,
        settings: Settings,
        openid_configuration: Annotated[str | None, Parameter(query="openid_configuration")] = None,
        registration_token: Annotated[str | None, Parameter(query="registration_token")] = None,
    ) -> Response[str]:
        """The registration initiation request the platform opens: the tool registers itself with the platform and
        answers a page that asks the platform to close it."""
        detail = await lti_registration.register(settings, token, openid_configuration, registration_token)
        return _html(lti_pages.registered(detail.name, detail.issuer, detail.deployment_ids))
