from __future__ import annotations

from typing import Annotated

import msgspec

from app.common.schemas import CONTROL_CHARACTERS, Email, ShortText
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


Password = Annotated[str, msgspec.Meta(min_length=1, max_length=128, pattern=r"^[^\x00]*$")]
OneTimeToken = Annotated[str, msgspec.Meta(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]
AvatarUrl = Annotated[str, msgspec.Meta(max_length=500, pattern=r"^https://[^\s\x00/?#@]+(?:[/?#][^\s\x00]*)?$")]
DisplayName = Annotated[
    str,
    msgspec.Meta(min_length=1, max_length=200, pattern=f"^[^{CONTROL_CHARACTERS}]*\\S[^{CONTROL_CHARACTERS}]*$"),
]
RosterCell = Annotated[str, msgspec.Meta(max_length=1000)]
EditorTheme = Annotated[str, msgspec.Meta(pattern=r"^(light|dark|high-contrast)$")]
KeyBindings = Annotated[str, msgspec.Meta(pattern=r"^(default|vim|emacs|vscode)$")]


class UserSettings(msgspec.Struct, forbid_unknown_fields=True):
    """The editor's preferences; the time zone is an IANA name (checked against the zone database)."""

    editor_theme: EditorTheme = "light"
    font_size: Annotated[int, msgspec.Meta(ge=8, le=40)] = 14
    key_bindings: KeyBindings = "default"
    time_zone: Annotated[str, msgspec.Meta(min_length=1, max_length=64)] = "UTC"


class UserSummary(msgspec.Struct):
    id: int
    email: str
    display_name: str
    role: Role
    active: bool
    invited: bool


class UserCreated(UserSummary):
    invitation_sent: bool | None = None


class UserCreate(msgspec.Struct, forbid_unknown_fields=True):
    """Without a password the account is invited: a one-time link is mailed to set one."""

    email: Email
    display_name: DisplayName
    role: Role = Role.student
    password: Password | None = None


class UserUpdate(msgspec.Struct, forbid_unknown_fields=True):
    display_name: DisplayName | None = None
    role: Role | None = None
    active: bool | None = None


class ProfileUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """`settings` is checked as UserSettings in the service: unknown keys there are a 400 too."""

    display_name: DisplayName | None = None
    avatar_url: AvatarUrl | None = None
    settings: dict[str, object] | None = None


class PasswordChange(msgspec.Struct, forbid_unknown_fields=True):
    current_password: Password
    password: Password


class PasswordResetRequest(msgspec.Struct, forbid_unknown_fields=True):
    email: Email


class PasswordResetConfirm(msgspec.Struct, forbid_unknown_fields=True):
    token: OneTimeToken
    password: Password


class InvitationAccept(msgspec.Struct, forbid_unknown_fields=True):
    token: OneTimeToken
    password: Password


class ClassInvitationAccept(msgspec.Struct, forbid_unknown_fields=True):
    token: OneTimeToken


class Accepted(msgspec.Struct):
    detail: str


class RosterRow(msgspec.Struct, forbid_unknown_fields=True):
    """Emails and names are trimmed; a row that is still invalid (bad email, role or lengths) is reported in the
    answer, never fatal to the other rows. `role` is the class role (student by default)."""

    email: RosterCell
    display_name: RosterCell = ""
    student_id: RosterCell | None = None
    role: RosterCell | None = None


class RosterImport(msgspec.Struct, forbid_unknown_fields=True):
    rows: Annotated[list[RosterRow], msgspec.Meta(max_length=5000)]


class RosterRowResult(msgspec.Struct):
    row: int
    email: str
    status: str  # created | enrolled | already_enrolled | invited (mailed an offer to join) | invalid
    reason: str | None = None
    user_id: int | None = None
    invitation_sent: bool | None = None


class RosterResult(msgspec.Struct):
    items: list[RosterRowResult]
    created: int
    enrolled: int
    already_enrolled: int
    invalid: int
    invited: int


class InvitationSent(msgspec.Struct):
    user_id: int
    email: str
    sent: bool
