from __future__ import annotations

import msgspec

from app.schemas.common import ShortText
from app.schemas.users import UserSettings
from tables.enums import Role


class LoginRequest(msgspec.Struct, forbid_unknown_fields=True):
    email: ShortText
    password: ShortText


class LoginResponse(msgspec.Struct):
    access_token: str
    token_type: str
    expires_in: int


class EnrollmentSummary(msgspec.Struct):
    class_id: int
    class_code: str
    class_title: str
    role: Role


class Me(msgspec.Struct):
    id: int
    email: str
    display_name: str
    role: Role
    avatar_url: str | None
    settings: UserSettings
    enrollments: list[EnrollmentSummary]
