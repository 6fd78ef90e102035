"""The tool's own RSA keys: private halves stored encrypted in PostgreSQL (every API process and worker signs with
the same key, and no host keeps a key file), the public halves published at `GET /api/lti/jwks`.

The newest key signs. A rotation adds a new key and gives the older ones `retires_at` = now + overlap: platforms
that cached the old JWKS still verify what was signed before, and fetch the new key on its unknown `kid`.
"""

from __future__ import annotations

import base64
import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.audit import audit
from app.common import sql
from app.common.jsonb import as_dict
from app.settings import Settings
from tables.enums import AuditKind
from tables.lti import LtiToolKey

ALGORITHM = "RS256"
KEY_BITS = 2048
DEFAULT_OVERLAP = timedelta(days=7)
# what a worker runs on its own connection, and the API through the sql helper: the newest key still signing
SIGNING_KEY_SQL = (
    "SELECT kid, private_key_encrypted FROM lti_tool_key WHERE retires_at IS NULL ORDER BY created_at DESC, id DESC "
    "LIMIT 1"
)


def _fernet(settings: Settings) -> Fernet:
    secret = (settings.lti_key_secret or settings.jwt_secret).encode()
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"autograder lti tool keys").derive(secret)
    return Fernet(base64.urlsafe_b64encode(derived))


def new_key(settings: Settings) -> LtiToolKey:
    """A fresh key pair as an unsaved row: the private half encrypted, the public half as a JWK."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    kid = secrets.token_urlsafe(16)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
    jwk.update({"kid": kid, "alg": ALGORITHM, "use": "sig"})
    return LtiToolKey(kid=kid, private_key_encrypted=_fernet(settings).encrypt(pem).decode(), public_jwk=jwk)


def decrypt(settings: Settings, encrypted: str) -> RSAPrivateKey:
    key = serialization.load_pem_private_key(_fernet(settings).decrypt(encrypted.encode()), password=None)
    assert isinstance(key, RSAPrivateKey)
    return key


def sign(settings: Settings, key_row: dict[str, Any], claims: dict[str, Any]) -> str:
    """`claims` signed with the key of `key_row` (kid, private_key_encrypted), its kid in the header."""
    private = decrypt(settings, key_row["private_key_encrypted"])
    return jwt.encode(claims, private, algorithm=ALGORITHM, headers={"kid": key_row["kid"]})


async def signing_key(settings: Settings) -> dict[str, Any]:
    """The newest signing key's row; the first one is made on first use."""
    found = await sql.rows(SIGNING_KEY_SQL)
    if found:
        return found[0]
    await new_key(settings).save()
    return (await sql.rows(SIGNING_KEY_SQL))[0]


async def rotate(settings: Settings, overlap: timedelta = DEFAULT_OVERLAP, *, actor: int | None = None) -> str:
    """A new signing key; the keys signing until now stay published for `overlap`. Answers the new kid. One audit
    row (`actor`: the admin, None for an operator on the server)."""
    retire = datetime.now(UTC) + overlap
    fresh = new_key(settings)
    async with LtiToolKey._meta.db.transaction():
        retired = (
            await LtiToolKey.update({LtiToolKey.retires_at: retire})
            .where(LtiToolKey.retires_at.is_null())
            .returning(LtiToolKey.kid)
        )
        await fresh.save()
        await audit.record(
            actor,
            AuditKind.lti_key,
            "lti_tool_key",
            fresh.id,
            class_id=None,
            before={"signing_kids": [row["kid"] for row in retired]},
            after={"signing_kids": [fresh.kid], "old_keys_retire_at": retire.isoformat()},
        )
    return fresh.kid


async def jwks(settings: Settings) -> dict[str, list[dict[str, Any]]]:
    """Every published public key: the signing one and those still in their overlap."""
    await signing_key(settings)
    keys = await sql.rows(
        "SELECT public_jwk FROM lti_tool_key WHERE retires_at IS NULL OR retires_at > now() ORDER BY created_at DESC"
    )
    return {"keys": [as_dict(k["public_jwk"]) for k in keys]}
