"""LTI 1.3: platform registrations, the tool's configuration for a platform, the launch code exchange, the state of
score passback and the roster sync's per-row answer."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

HttpUrl = Annotated[str, msgspec.Meta(max_length=1000, pattern=r"^https?://[^\s\x00/?#]+(?:[/?#][^\s\x00]*)?$")]
Identifier = Annotated[str, msgspec.Meta(min_length=1, max_length=255, pattern=r"^[^\x00]*\S[^\x00]*$")]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=r"^[^\x00]*\S[^\x00]*$")]
Rate = Annotated[float, msgspec.Meta(gt=0, le=1000)]
LaunchCode = Annotated[str, msgspec.Meta(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]


class PlatformCreate(msgspec.Struct, forbid_unknown_fields=True):
    """A platform this tool trusts: its issuer, the client id it gave the tool, its deployments, its OIDC
    authorization URL, access-token URL and JWKS URL (`token_audience`: the `aud` its token endpoint wants, when not
    the token URL itself, as Moodle and Blackboard document theirs)."""

    name: Name
    issuer: HttpUrl
    client_id: Identifier
    auth_login_url: HttpUrl
    auth_token_url: HttpUrl
    key_set_url: HttpUrl
    deployment_ids: list[Identifier] = []
    token_audience: Annotated[str, msgspec.Meta(max_length=1000)] = ""
    max_requests_per_second: Rate = 10.0


class PlatformUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """Keys sent replace; `deployment_ids`, when sent, is the whole new list."""

    name: Name | None = None
    auth_login_url: HttpUrl | None = None
    auth_token_url: HttpUrl | None = None
    key_set_url: HttpUrl | None = None
    deployment_ids: list[Identifier] | None = None
    token_audience: Annotated[str, msgspec.Meta(max_length=1000)] | None = None
    max_requests_per_second: Rate | None = None


class PlatformDetail(msgspec.Struct):
    id: int
    name: str
    issuer: str
    client_id: str
    auth_login_url: str
    auth_token_url: str
    key_set_url: str
    token_audience: str
    max_requests_per_second: float
    deployment_ids: list[str]
    created_at: datetime


class ToolConfig(msgspec.Struct):
    """What to enter on the platform's side for this tool, and the JSON a Canvas developer key takes."""

    issuer: str
    client_id: str
    login_initiation_url: str
    target_link_uri: str
    redirect_uris: list[str]
    jwks_url: str
    deep_linking_url: str
    scopes: list[str]
    canvas_developer_key: dict


class ExchangeRequest(msgspec.Struct, forbid_unknown_fields=True):
    code: LaunchCode


class ExchangeResponse(msgspec.Struct):
    """The API's token for the launched user, and where the launch meant them to go."""

    access_token: str
    token_type: str
    expires_in: int
    user_id: int
    class_id: int | None
    assignment_id: int | None
    role: str | None


class ScoreDelivery(msgspec.Struct):
    id: int
    seq: int
    assignment_id: int
    student_id: int
    score_given: float | None
    score_maximum: float
    status: str
    tries: int
    next_attempt_at: datetime
    last_error: str
    sent_at: datetime | None


class SyncState(msgspec.Struct):
    """Score passback for a class: counts per status and the deliveries still pending or failed (newest first)."""

    linked: bool
    pending: int
    sent: int
    failed: int
    superseded: int
    roster_synced_at: datetime | None
    problems: list[ScoreDelivery]


class RosterSyncStarted(msgspec.Struct):
    class_id: int
    job_id: str


class MemberResult(msgspec.Struct):
    """One member of the platform's roster, in the platform's order (like the roster import's rows)."""

    row: int
    sub: str
    email: str | None
    status: str  # created | enrolled | already_enrolled | deactivated | invalid
    reason: str | None = None
    user_id: int | None = None


class RosterSyncResult(msgspec.Struct):
    items: list[MemberResult]
    created: int
    enrolled: int
    already_enrolled: int
    deactivated: int
    invalid: int


class RegistrationCreate(msgspec.Struct, forbid_unknown_fields=True):
    """A one-time Dynamic Registration URL; `name` becomes the platform's name once registered."""

    name: Name = "LTI platform (dynamic registration)"


class RegistrationStarted(msgspec.Struct):
    """The URL to paste into the platform's "register a tool by URL" field, once, within the hour."""

    id: int
    url: str
    expires_at: datetime
