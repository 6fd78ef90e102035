"""Password hashes: argon2id at OWASP's minimum cost, and the PBKDF2 hashes of earlier versions still verified.

Measured on this 2-core machine (CPU with SHA extensions, so PBKDF2 is at its fastest here): PBKDF2-SHA256 at
600k iterations costs ~110 ms of CPU; argon2id at OWASP's equivalent settings costs 16 ms (19 MiB, t=2),
14 ms (12 MiB, t=3; 9 MiB, t=4) and 13.7 ms (7 MiB, t=5). We use the 7 MiB, t=5 row of OWASP's table: the
cheapest CPU per login at an equal level of defence, and little memory per concurrent login in a burst.
"""

from __future__ import annotations

import hashlib
import hmac

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 10
MAX_LENGTH = 128
ARGON2_MEMORY_KIB = 7168
ARGON2_TIME_COST = 5
ARGON2_PARALLELISM = 1
PBKDF2_PREFIX = "pbkdf2_sha256$"
ARGON2_PREFIX = "$argon2"

_hasher = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    type=Type.ID,
)
_DUMMY = _hasher.hash("a password nobody has, for equal timing")


def is_hash(value: str) -> bool:
    return value.startswith((PBKDF2_PREFIX, ARGON2_PREFIX))


def hash_password(password: str) -> str:
    if len(password) > MAX_LENGTH:
        raise ValueError("The password is too long.")
    return _hasher.hash(password)


def _verify_pbkdf2(stored: str, password: str) -> bool:
    try:
        _, iterations, salt, digest = stored.split("$")
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(iterations)).hex()
    except ValueError:
        return False
    return hmac.compare_digest(candidate, digest)


def verify(stored: str, password: str) -> tuple[bool, str | None]:
    """(matches, a new hash to store when the stored one is legacy or weaker than today's parameters).

    No stored hash (unknown email, invited account) still costs one argon2 verification, so timing tells nothing.
    """
    if len(password) > MAX_LENGTH:
        return False, None
    if stored.startswith(PBKDF2_PREFIX):
        if not _verify_pbkdf2(stored, password):
            return False, None
        return True, hash_password(password)
    try:
        _hasher.verify(stored if stored.startswith(ARGON2_PREFIX) else _DUMMY, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    if not stored.startswith(ARGON2_PREFIX):
        return False, None
    return True, (hash_password(password) if _hasher.check_needs_rehash(stored) else None)


def legacy_hash(password: str, salt: str, iterations: int = 600_000) -> str:
    """The PBKDF2 format earlier versions stored (for the upgrade test and the login benchmark)."""
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"{PBKDF2_PREFIX}{iterations}${salt}${digest}"
