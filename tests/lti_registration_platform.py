"""The platform's side of IMS LTI Dynamic Registration 1.0 for the tests, written from the specification
(https://www.imsglobal.org/spec/lti-dr/v1p0) and not from the tool's code: `lti1p3platform` has none. Served by the
test platform's own process (tests/lti_platform.py), at the origin of its issuer as a real LMS serves it.

The registration endpoint checks the bearer registration token and every field the spec's section 3.3 requires of
the tool's client registration, answers 400 `invalid_client_metadata` naming what is wrong, and otherwise registers
the tool: the launches the platform makes afterwards go to the login, redirect and JWKS URLs the tool registered.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
REGISTRATION_TOKEN = "registration-token-1"
MESSAGE_TYPES = {"LtiResourceLinkRequest", "LtiDeepLinkingRequest"}
SCOPES = {
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
}


def openid_configuration(base: str, issuer: str | None = None) -> dict[str, Any]:
    """The platform's OpenID configuration (spec section 3.4); `issuer` overrides the true one (a forged answer)."""
    return {
        "issuer": issuer or base,
        "authorization_endpoint": f"{base}/auth",
        "token_endpoint": f"{base}/token",
        "jwks_uri": f"{base}/jwks",
        "registration_endpoint": f"{base}/register",
        "scopes_supported": ["openid", *sorted(SCOPES)],
        "response_types_supported": ["id_token"],
        "subject_types_supported": ["public", "pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["private_key_jwt"],
        "claims_supported": ["iss", "sub", "name", "email"],
        "https://purl.imsglobal.org/spec/lti-platform-configuration": {
            "product_family_code": "lti1p3platform-tests",
            "version": "1.0",
            "messages_supported": [{"type": t} for t in sorted(MESSAGE_TYPES)],
        },
    }


def _url(value: Any) -> bool:
    parts = urlsplit(value) if isinstance(value, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc and not parts.fragment)


def problems(body: Any) -> list[str]:
    """What the client registration lacks or gets wrong, per the spec's section 3.3 (empty: acceptable)."""
    if not isinstance(body, dict):
        return ["the body is not a JSON object"]
    found = []
    expect = {"application_type": "web", "token_endpoint_auth_method": "private_key_jwt"}
    found += [f"{k} must be {v!r}" for k, v in expect.items() if body.get(k) != v]
    if "id_token" not in (body.get("response_types") or []):
        found.append("response_types must include id_token")
    if not {"implicit", "client_credentials"} <= set(body.get("grant_types") or []):
        found.append("grant_types must include implicit and client_credentials")
    found += [f"{k} must be a URL" for k in ("initiate_login_uri", "jwks_uri") if not _url(body.get(k))]
    redirects = body.get("redirect_uris")
    if not isinstance(redirects, list) or not redirects or not all(_url(u) for u in redirects):
        found.append("redirect_uris must be a non-empty list of URLs")
    scopes = set(str(body.get("scope") or "").split())
    if not scopes >= SCOPES:
        found.append(f"scope lacks {sorted(SCOPES - scopes)}")
    tool = body.get(TOOL_CONFIGURATION)
    if not isinstance(tool, dict):
        return [*found, f"{TOOL_CONFIGURATION} is required"]
    domain = tool.get("domain")
    if not isinstance(domain, str) or not domain:
        found.append("the tool configuration's domain is required")
    elif any(urlsplit(u).netloc != domain for u in [tool.get("target_link_uri"), *(redirects or [])] if _url(u)):
        found.append("target_link_uri and redirect_uris must be on the tool's domain")
    if not _url(tool.get("target_link_uri")):
        found.append("the tool configuration's target_link_uri must be a URL")
    if not isinstance(tool.get("claims"), list) or "sub" not in tool["claims"] or "iss" not in tool["claims"]:
        found.append("the tool configuration's claims must list at least iss and sub")
    for message in tool.get("messages") or []:
        if not isinstance(message, dict) or message.get("type") not in MESSAGE_TYPES:
            found.append(f"unknown message {message!r}")
        elif "target_link_uri" in message and not _url(message["target_link_uri"]):
            found.append(f"the {message['type']} message's target_link_uri must be a URL")
    return found


def register(headers: dict[str, str], body: Any, client_id: str, deployment_id: str) -> tuple[int, dict[str, Any]]:
    """The registration endpoint (spec section 3.5): (HTTP status, answer)."""
    if headers.get("Authorization") != f"Bearer {REGISTRATION_TOKEN}":
        return 401, {"error": "invalid_token", "error_description": "the registration token is missing or wrong"}
    wrong = problems(body)
    if wrong:
        return 400, {"error": "invalid_client_metadata", "error_description": "; ".join(wrong)}
    tool = {**body[TOOL_CONFIGURATION], "deployment_id": deployment_id}
    return 200, {**body, "client_id": client_id, TOOL_CONFIGURATION: tool}
