"""The product's own small pages where mail links land when no frontend is configured (`FRONTEND_URL` unset):
accept an invitation and reset a password. Plain HTML forms that post back here and call the same services as
`/api/auth/invitations/accept` and `/api/auth/password-reset/confirm`; no script, a strict CSP, no caching."""

from __future__ import annotations

from html import escape
from typing import Annotated

import msgspec
from litestar import Controller, Response, get, post
from litestar.datastructures import ResponseHeader, State
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter

from app.accounts import accounts
from app.errors import Gone, InvalidInput

PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
PAGE_HEADERS = [
    ResponseHeader(name="Content-Security-Policy", value=PAGE_CSP),
    ResponseHeader(name="Cache-Control", value="no-store"),
]
PAGES = {
    "invitation": ("Accept your invitation", "Choose your password", "Set my password"),
    "password-reset": ("Reset your password", "Choose a new password", "Set my new password"),
}


class PasswordForm(msgspec.Struct):
    """What the form posts (application/x-www-form-urlencoded)."""

    token: str = ""
    password: str = ""
    password_again: str = ""


def _html(title: str, body: str, status: int = 200) -> Response[str]:
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title></head><body><main><h1>{escape(title)}</h1>{body}</main></body></html>"
    )
    return Response(page, media_type="text/html", status_code=status)


def _form(kind: str, token: str, error: str | None = None, status: int = 200) -> Response[str]:
    title, legend, button = PAGES[kind]
    problem = f"<p role='alert' id='error'>{escape(error)}</p>" if error else ""
    body = (
        f"{problem}<form method='post' action='/{kind}'><fieldset><legend>{legend}</legend>"
        f"<input type='hidden' name='token' value='{escape(token, quote=True)}'>"
        "<p><label for='password'>Password (at least 10 characters)</label><br>"
        "<input id='password' name='password' type='password' autocomplete='new-password' required minlength='10'"
        " maxlength='128'></p>"
        "<p><label for='password_again'>The same password again</label><br>"
        "<input id='password_again' name='password_again' type='password' autocomplete='new-password' required></p>"
        f"<p><button type='submit'>{button}</button></p></fieldset></form>"
    )
    return _html(title, body, status)


async def _complete(kind: str, form: PasswordForm, state: State) -> Response[str]:
    if not form.token:
        return _html(PAGES[kind][0], "<p id='error'>This link has no token; open the link from the mail.</p>", 400)
    if form.password != form.password_again:
        return _form(kind, form.token, "the two passwords differ", 400)
    try:
        if kind == "invitation":
            user = await accounts.accept_invitation(token=form.token, password=form.password, redis=state.redis)
        else:
            user = await accounts.confirm_reset(token=form.token, password=form.password, redis=state.redis)
    except Gone as exc:
        return _html(PAGES[kind][0], f"<p id='error'>{escape(exc.detail)}</p>", 410)
    except InvalidInput as exc:
        return _form(kind, form.token, exc.detail, 400)
    return _html(
        "Your password is set",
        f"<p id='done'>You can now sign in as <strong>{escape(user.email)}</strong> with your new password.</p>",
    )


TokenQuery = Annotated[str, Parameter(query="token", default="", description="the one-time token from the mail")]
FormBody = Annotated[PasswordForm, Body(media_type=RequestEncodingType.URL_ENCODED)]


class AccountPagesController(Controller):
    include_in_schema = False
    response_headers = PAGE_HEADERS

    @get("/invitation", exclude_from_auth=True)
    async def invitation_form(self, token: TokenQuery) -> Response[str]:
        return _form("invitation", token)

    @post("/invitation", exclude_from_auth=True, status_code=200)
    async def accept_invitation(self, data: FormBody, state: State) -> Response[str]:
        return await _complete("invitation", data, state)

    @get("/password-reset", exclude_from_auth=True)
    async def reset_form(self, token: TokenQuery) -> Response[str]:
        return _form("password-reset", token)

    @post("/password-reset", exclude_from_auth=True, status_code=200)
    async def reset_password(self, data: FormBody, state: State) -> Response[str]:
        return await _complete("password-reset", data, state)
