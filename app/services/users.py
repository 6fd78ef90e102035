"""Users: one identity for the API and the admin. Roles map onto BaseUser's admin flags here and nowhere else."""

from __future__ import annotations

import hmac

import anyio

from tables.enums import Role
from tables.users import User


def admin_flags(role: str) -> dict[str, bool]:
    """Admin role writes in Piccolo Admin (superuser); instructors and TAs read (admin); students are refused."""
    return {"admin": role != Role.student.value, "superuser": role == Role.admin.value}


def normalize_email(email: str) -> str:
    return email.strip().lower()


def new_user(*, email: str, display_name: str, role: str, password_hash: str) -> User:
    email = normalize_email(email)
    return User(
        username=email,
        email=email,
        password=password_hash,
        display_name=display_name,
        role=role,
        active=True,
        **admin_flags(role),
    )


async def hash_password(password: str) -> str:
    """PBKDF2 with BaseUser's iteration count, off the event loop (it takes ~0.3 s of CPU)."""
    return await anyio.to_thread.run_sync(User.hash_password, password)


async def authenticate(email: str, password: str) -> User | None:
    """The active user with this email and password, or None; unknown emails cost the same hashing time."""
    if len(password) > User._max_password_length or len(email) > 254:
        return None
    user = await User.objects().where(User.username == normalize_email(email)).first()
    if user is None or not user.active:
        await anyio.to_thread.run_sync(User.hash_password, password)
        return None
    _, iterations, salt, _ = User.split_stored_password(user.password)
    candidate = await anyio.to_thread.run_sync(User.hash_password, password, salt, int(iterations))
    return user if hmac.compare_digest(candidate, user.password) else None
