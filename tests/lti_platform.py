"""An LTI 1.3 platform for the tests, run as its own process: `python -m tests.lti_platform PORT TOOL_URL`.

Everything LTI in it is `lti1p3platform`'s (PyPI, written by others): the launch message and its signature, the OIDC
preflight checks, the client-credentials token endpoint (which checks the tool's signed assertion against the tool's
JWKS over HTTP), the AGS line item and score services, the NRPS membership service and the deep-linking response
check. The package has no HTTP server, so this file is the smallest one around its pieces (the standard library's),
with in-memory storage, the platform's side of Dynamic Registration (tests/lti_registration_platform.py, which the
package lacks), and a control endpoint for the tests: an outage switch, a rate limit, the roster, tampered
launches (wrong aud, unknown kid, unregistered deployment, expired, alg none) and what the platform received.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request
from lti1p3platform.service_connector import AssignmentsGradesService, NamesRoleProvisioningService

from tests import lti_registration_platform as dr

CLIENT_ID, DEPLOYMENT_ID = "tool-client-1", "deployment-1"


def _pem(key: rsa.RSAPrivateKey) -> tuple[str, str]:
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private.decode(), public.decode()


KEY_PRIVATE, KEY_PUBLIC = _pem(rsa.generate_private_key(public_exponent=65537, key_size=2048))
STRANGER_PRIVATE, _ = _pem(rsa.generate_private_key(public_exponent=65537, key_size=2048))
EMPTY = {"launches": {}, "lineitems": {}, "scores": [], "deep_links": [], "members": [], "window": []}
STATE: dict[str, Any] = {**EMPTY, "outage": False, "rate": 0, "rate_limited": 0, "requests": 0}
STATE.update(registrations=[], registered=None, dr_issuer=None)  # Dynamic Registration (lti_registration_platform)
LOCK = threading.Lock()


class Platform(LTI1P3PlatformConfAbstract):
    def init_platform_config(self, **kwargs: Any) -> None:
        tool, base = kwargs["tool"], kwargs["base"]
        known = STATE["registered"] or {}  # after a Dynamic Registration: the URLs the tool registered
        launch = (known.get("redirect_uris") or [f"{tool}/api/lti/launch"])[0]
        self._registration = (
            Registration()
            .set_iss(base)
            .set_client_id(CLIENT_ID)
            .set_deployment_id(DEPLOYMENT_ID)
            .set_launch_url(launch)
            .set_deeplink_launch_url(launch)
            .set_oidc_login_url(known.get("initiate_login_uri") or f"{tool}/api/lti/login")
            .set_tool_key_set_url(known.get("jwks_uri") or f"{tool}/api/lti/jwks")
            .set_platform_public_key(KEY_PUBLIC)
            .set_platform_private_key(KEY_PRIVATE)
        )

    def get_registration_by_params(self, **kwargs: Any) -> Registration:
        return self._registration


class HttpRequest(Request):
    def build_metadata(self, request: dict[str, Any]) -> dict[str, Any]:
        return request


class Login(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs: Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class Launch(LTIAdvantageMessageLaunchAbstract):
    tamper: str = ""

    def render_launch_form(self, launch_data: dict[str, Any], **kwargs: Any) -> str:
        fields = "".join(
            f'<input type="hidden" name="{k}" value="{escape(v)}">' for k, v in launch_data.items() if k != "launch_url"
        )
        return (
            f'<html><body><form id="f" method="post" action="{escape(launch_data["launch_url"])}">{fields}</form>'
            '<script>document.getElementById("f").submit()</script></body></html>'
        )

    def generate_launch_request(self) -> dict[str, str]:
        signed = super().generate_launch_request()
        if not self.tamper:
            return signed
        claims = jwt.decode(signed["id_token"], options={"verify_signature": False})
        header, key = {"kid": jwt.get_unverified_header(signed["id_token"])["kid"]}, KEY_PRIVATE
        if self.tamper == "aud":
            claims["aud"] = claims["azp"] = "someone-else"
        elif self.tamper == "deployment":
            claims["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = "deployment-unregistered"
        elif self.tamper == "expired":
            claims["iat"], claims["exp"] = int(time.time()) - 3600, int(time.time()) - 1800
        elif self.tamper == "kid":
            header, key = {"kid": "unknown-kid"}, STRANGER_PRIVATE
        if self.tamper == "none":
            return {**signed, "id_token": jwt.encode(claims, None, algorithm="none")}
        return {**signed, "id_token": jwt.encode(claims, key, algorithm="RS256", headers=header)}


class Grades(AssignmentsGradesService):
    def find_lineitems(self, page: int = 1, limit: int | None = None, **filters: Any) -> dict[str, Any]:
        wanted = filters.get("resource_id")
        items = [i for i in STATE["lineitems"].values() if wanted is None or i.get("resourceId") == wanted]
        return {"content": items, "has_next": False}

    def find_lineitem(self, line_item_id: str) -> dict[str, Any]:
        return STATE["lineitems"][line_item_id]

    def create_lineitem(self, creation_data: dict[str, Any]) -> dict[str, Any]:
        key = uuid.uuid4().hex[:8]
        item = {**creation_data, "id": f"{self.ags.lineitems_url}/{key}"}
        STATE["lineitems"][key] = item
        return item

    update_lineitem = delete_lineitem = get_results = None  # never called by the tool: the routes below omit them

    def update_score(self, line_item_id: str, score: dict[str, Any]) -> Any:
        from lti1p3platform.score import UpdateScoreStatus

        STATE["scores"].append({**score, "lineitem": line_item_id, "received_at": time.time()})
        return UpdateScoreStatus.SUCCESS


class Roster(NamesRoleProvisioningService):
    def get_member_data_page(self, page: int = 1, limit: int | None = None, **_: Any) -> dict[str, Any]:
        members = STATE["members"]
        size = limit or len(members) or 1
        chunk = members[(page - 1) * size : page * size]
        return {"content": [dict(m) for m in chunk], "has_next": page * size < len(members)}

    def get_context_by_id(self) -> Any:
        from lti1p3platform.membership import Context

        return Context(id="course-1", label="CS", title="Course")


def _launch_page(base: str, tool: str, query: dict[str, str]) -> str:
    params = STATE["launches"][query["lti_message_hint"]]
    launch = Launch(HttpRequest({"get_data": query, "form_data": {}}), Platform(tool=tool, base=base))
    launch.tamper = params.get("tamper", "")
    roles = [
        f"http://purl.imsglobal.org/vocab/lis/v2/membership#{r}" for r in params.get("roles", "Learner").split(",")
    ]
    launch.set_user_data(params["user"], roles, params.get("name"), params.get("email"))
    launch.set_launch_context_claim(params.get("context", "course-1"), context_title=params.get("title", "Course"))
    if params.get("resource_link"):
        launch.set_resource_link_claim(params["resource_link"], title="Linked")
    if params.get("item"):
        launch.set_custom_parameters_claim({"item_id": params["item"]})
    launch.set_ags(f"{base}/ags/lineitems", None, True, True, True)
    limit = params.get("limit")
    launch.set_nrps(f"{base}/nrps/members" + (f"?limit={limit}" if limit else ""))
    if params.get("kind") == "deep":
        launch.set_dl(f"{base}/deep_link_return", accept_types={"ltiResourceLink"}, extra_data={"opaque": "d1"})
    return launch.lti_launch()


def _limited() -> bool:
    """The platform's rate limit (requests per second over a sliding second): over it answers 429, Retry-After: 1."""
    with LOCK:
        STATE["requests"] += 1
        if not STATE["rate"]:
            return False
        now = time.monotonic()
        STATE["window"] = [t for t in STATE["window"] if t > now - 1.0]
        if len(STATE["window"]) >= STATE["rate"]:
            STATE["rate_limited"] += 1
            return True
        STATE["window"].append(now)
        return False


class Handler(BaseHTTPRequestHandler):
    server_version = "lti1p3platform-test"

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: Any, media: str = "application/json", headers: dict | None = None) -> None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _request(self) -> dict[str, Any]:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        form = dict(parse_qsl(raw)) if "urlencoded" in (self.headers.get("Content-Type") or "") else {}
        query: dict[str, Any] = dict(parse_qsl(parts.query))
        for name in ("page", "limit"):
            if name in query:
                query[name] = int(query[name])
        body = json.loads(raw) if raw and "json" in (self.headers.get("Content-Type") or "") else None
        return {
            "method": self.command,
            "path": parts.path,
            "get_data": query,
            "form_data": form,
            "json": body,
            "headers": {k: v for k, v in self.headers.items()},
            "content_type": self.headers.get("Content-Type"),
        }

    def _service(self, response: Any, link: str | None = None) -> None:
        headers = {"Link": f'<{link}>; rel="next"'} if link else None
        self._answer(
            response.code,
            response.result if response.result is not None else {"message": response.message},
            response.media_type,
            headers,
        )

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        base, tool = self.server.base, self.server.tool
        request = self._request()
        path, query = request["path"], request["get_data"]
        platform = Platform(tool=tool, base=base)
        if path == "/jwks":
            return self._answer(200, platform.get_jwks())
        if path == "/control":
            if request["method"] == "POST":
                with LOCK:
                    STATE.update(request["json"] or {})
            return self._answer(200, {k: v for k, v in STATE.items() if k not in ("window",)})
        if path == "/start":
            hint = uuid.uuid4().hex
            STATE["launches"][hint] = {k: str(v) for k, v in query.items()}
            login = Login(None, platform)
            login.set_lti_message_hint(hint=hint)
            return self._answer(200, {"url": login.initiate_login(query["user"])})
        if path == "/auth":
            return self._answer(200, _launch_page(base, tool, {k: str(v) for k, v in query.items()}), "text/html")
        if path == "/.well-known/openid-configuration":
            return self._answer(200, dr.openid_configuration(base, STATE["dr_issuer"]))
        if path == "/register-frame":  # the LMS's page that frames the tool's registration URL and listens
            page = (
                "<script>window.got=null;addEventListener('message',e=>{window.got=e.data})</script>"
                f'<iframe src="{escape(query["src"])}"></iframe>'
            )
            return self._answer(200, page, "text/html")
        if path == "/register" and request["method"] == "POST":
            status, answer = dr.register(request["headers"], request["json"], CLIENT_ID, DEPLOYMENT_ID)
            STATE["registrations"].append({"status": status, "body": request["json"], "answer": answer})
            STATE["registered"] = request["json"] if status == 200 else STATE["registered"]
            return self._answer(status, answer)
        if path == "/deep_link_return":
            items = platform.validate_deeplinking_resp(request["form_data"])
            STATE["deep_links"].append(items)
            return self._answer(200, "<html><body>Deep link received</body></html>", "text/html")
        if STATE["outage"]:
            return self._answer(503, {"error": "down for maintenance"})
        if _limited():
            return self._answer(429, {"error": "slow down"}, headers={"Retry-After": "1"})
        if path == "/token":
            return self._answer(200, platform.get_access_token(request["form_data"]))
        self._services(platform, request, base)

    def _services(self, platform: Platform, request: dict[str, Any], base: str) -> None:
        path, wrapped = request["path"], HttpRequest(request)
        if path == "/nrps/members":
            response = Roster(wrapped, platform, f"{base}/nrps/members").handle_get_members()
            return self._service(response, response.result.get("next") if response.result else None)
        grades = Grades(wrapped, platform, f"{base}/ags/lineitems")
        parts = path.removeprefix("/ags/lineitems").strip("/").split("/")
        if path == "/ags/lineitems":
            handle = grades.handle_get_lineitems if request["method"] == "GET" else grades.handle_create_lineitem
            response = handle()
            if isinstance(response.result, dict) and "content" in response.result:
                response.result = response.result["content"]
            return self._service(response)
        if len(parts) == 2 and parts[1] == "scores":
            return self._service(grades.handle_update_score(parts[0]))
        self._answer(404, {"error": "not found"})


def main() -> None:
    port, tool = int(sys.argv[1]), sys.argv[2].rstrip("/")
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.base, server.tool = f"http://127.0.0.1:{port}", tool
    server.serve_forever()


if __name__ == "__main__":
    main()
