"""Checking a platform's id_token as the IMS Security Framework asks: signature by a key of the platform's JWKS
(PyJWT's PyJWKClient: cached, fetched again once on an unknown `kid`), RS256 only (`alg: none` and HMAC are
refused), `iss`, `aud` (and `azp` when there are several audiences), `exp`/`iat` with a small leeway, the `nonce`
of this login, a registered `deployment_id`, the message type and the LTI version.

Fetching a JWKS is a blocking HTTP call: it runs in a worker thread, never on the event loop.
"""

from __future__ import annotations

import threading
from typing import Any

import anyio
import jwt
from jwt import PyJWKClient

from app.errors import NotAuthenticated

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
MESSAGE_TYPE = LTI + "message_type"
VERSION = LTI + "version"
DEPLOYMENT_ID = LTI + "deployment_id"
ROLES = LTI + "roles"
CONTEXT = LTI + "context"
RESOURCE_LINK = LTI + "resource_link"
CUSTOM = LTI + "custom"
TARGET_LINK_URI = LTI + "target_link_uri"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest"
DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest"
MESSAGE_TYPES = (RESOURCE_LINK_REQUEST, DEEP_LINKING_REQUEST)
LEEWAY_SECONDS = 60
JWKS_CACHE_SECONDS = 300
HTTP_TIMEOUT_SECONDS = 5


class LaunchRefused(NotAuthenticated):
    """The launch does not prove who sent it or for whom: nothing is created."""

    title, problem_type = "LTI launch refused", "lti_launch_refused"


_clients: dict[str, PyJWKClient] = {}
_clients_lock = threading.Lock()


def _jwks_client(key_set_url: str) -> PyJWKClient:
    with _clients_lock:
        client = _clients.get(key_set_url)
        if client is None:
            client = PyJWKClient(
                key_set_url, cache_keys=True, lifespan=JWKS_CACHE_SECONDS, timeout=HTTP_TIMEOUT_SECONDS
            )
            _clients[key_set_url] = client
        return client


async def _signing_key(key_set_url: str, kid: str) -> Any:
    try:
        return await anyio.to_thread.run_sync(_jwks_client(key_set_url).get_signing_key, kid)
    except jwt.PyJWKClientConnectionError as exc:
        raise LaunchRefused(f"the platform's key set could not be fetched: {exc}") from exc
    except jwt.PyJWKClientError as exc:
        raise LaunchRefused(f"the id_token's key id {kid!r} is not in the platform's key set") from exc


def _header(id_token: str) -> dict[str, Any]:
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.InvalidTokenError as exc:
        raise LaunchRefused(f"the id_token is not a JWT: {exc}") from exc
    if header.get("alg") != "RS256":
        raise LaunchRefused(f"the id_token's algorithm {header.get('alg')!r} is not accepted (RS256 only)")
    if not header.get("kid"):
        raise LaunchRefused("the id_token names no key id (kid)")
    return header


def _check_audience(claims: dict[str, Any], client_id: str) -> None:
    audience = claims.get("aud")
    several = isinstance(audience, list) and len(audience) > 1
    if (several or "azp" in claims) and claims.get("azp") != client_id:
        raise LaunchRefused("the id_token's authorized party (azp) is not this tool")


async def verify_id_token(
    id_token: str, *, issuer: str, client_id: str, key_set_url: str, nonce: str, deployment_ids: list[str]
) -> dict[str, Any]:
    """The id_token's claims once every check passed; LaunchRefused naming the first that failed."""
    header = _header(id_token)
    key = await _signing_key(key_set_url, header["kid"])
    try:
        claims = jwt.decode(
            id_token,
            key.key,
            algorithms=["RS256"],
            audience=client_id,
            issuer=issuer,
            leeway=LEEWAY_SECONDS,
            options={"require": ["iss", "aud", "exp", "iat", "sub", "nonce"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise LaunchRefused("the id_token has expired") from exc
    except jwt.InvalidAudienceError as exc:
        raise LaunchRefused("the id_token's audience (aud) is not this tool's client id") from exc
    except jwt.InvalidIssuerError as exc:
        raise LaunchRefused("the id_token's issuer (iss) is not the platform that started this login") from exc
    except jwt.InvalidTokenError as exc:
        raise LaunchRefused(f"the id_token is not valid: {exc}") from exc
    _check_audience(claims, client_id)
    if claims["nonce"] != nonce:
        raise LaunchRefused("the id_token's nonce is not the one of this login")
    if claims.get(DEPLOYMENT_ID) not in deployment_ids:
        raise LaunchRefused(f"the deployment {claims.get(DEPLOYMENT_ID)!r} is not registered for this platform")
    if claims.get(MESSAGE_TYPE) not in MESSAGE_TYPES:
        raise LaunchRefused(f"the message type {claims.get(MESSAGE_TYPE)!r} is not supported")
    if claims.get(VERSION) != "1.3.0":
        raise LaunchRefused(f"the LTI version {claims.get(VERSION)!r} is not supported (1.3.0)")
    return claims
