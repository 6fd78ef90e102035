"""LTI 1.3: the platforms this tool trusts, its own signing keys, launches in flight, and what links the platform's
users, contexts and resource links to ours; the score outbox that sends counted grades back (AGS).

Uniques, CHECKs and partial indexes live in the SQL migration that creates these tables.
"""

from piccolo.columns import (
    JSONB,
    BigInt,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    OnDelete,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment
from tables.courses import Class
from tables.users import User


class LtiPlatform(Table, tablename="lti_platform"):
    """One registration of this tool on a platform: unique (issuer, client_id). `token_audience` is the `aud` the
    platform wants in a client assertion (empty: its token URL). `max_requests_per_second` paces score passback."""

    name = Varchar(length=200)
    issuer = Varchar(length=500)
    client_id = Varchar(length=200)
    auth_login_url = Varchar(length=1000)
    auth_token_url = Varchar(length=1000)
    key_set_url = Varchar(length=1000)
    token_audience = Varchar(length=1000, default="")
    max_requests_per_second = Float(default=10.0)
    created_at = Timestamptz(default=TimestamptzNow())


class LtiRegistration(Table, tablename="lti_registration"):
    """A one-time Dynamic Registration URL an admin made (its token's SHA-256 only): single use, one hour. `platform`
    is the registration it made once used."""

    token_sha256 = Varchar(length=64, unique=True)
    name = Varchar(length=200)
    created_by = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow())
    expires_at = Timestamptz()
    used_at = Timestamptz(null=True, default=None)
    platform = ForeignKey(LtiPlatform, on_delete=OnDelete.set_null, null=True, default=None)


class LtiDeployment(Table, tablename="lti_deployment"):
    """A deployment of the tool on a platform; a launch naming any other deployment is refused."""

    platform = ForeignKey(LtiPlatform, on_delete=OnDelete.cascade, index=True)
    deployment_id = Varchar(length=255)


class LtiToolKey(Table, tablename="lti_tool_key"):
    """The tool's RSA signing keys, private halves encrypted (Fernet, see app/lti/lti_keys.py). The newest
    key signs; an older one stays published in the JWKS until `retires_at` (the rotation overlap)."""

    kid = Varchar(length=64, unique=True)
    private_key_encrypted = Text()
    public_jwk = JSONB(default={})
    created_at = Timestamptz(default=TimestamptzNow())
    retires_at = Timestamptz(null=True, default=None)


class LtiLoginState(Table, tablename="lti_login_state"):
    """An OIDC login in flight: the `state` (also in a cookie of the browser that started it) and the `nonce` the
    id_token must carry; used once."""

    state = Varchar(length=64, unique=True)
    nonce = Varchar(length=64)
    platform = ForeignKey(LtiPlatform, on_delete=OnDelete.cascade, index=True)
    expires_at = Timestamptz()
    used_at = Timestamptz(null=True, default=None)


class LtiUser(Table, tablename="lti_user"):
    """A platform's user (`sub`) linked to an account, once: unique (platform, sub)."""

    platform = ForeignKey(LtiPlatform, on_delete=OnDelete.cascade)
    sub = Varchar(length=255)
    user_id = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    created_at = Timestamptz(default=TimestamptzNow())


class LtiContext(Table, tablename="lti_context"):
    """A platform's course (context) linked to a class: unique (platform, deployment_id, context_id). The service
    URLs come from the newest launch."""

    platform = ForeignKey(LtiPlatform, on_delete=OnDelete.cascade)
    deployment_id = Varchar(length=255)
    context_id = Varchar(length=255)
    class_id = ForeignKey(Class, on_delete=OnDelete.cascade, index=True)
    title = Varchar(length=500, default="")
    memberships_url = Varchar(length=1000, default="")
    lineitems_url = Varchar(length=1000, default="")
    ags_scopes = JSONB(default=[])
    roster_synced_at = Timestamptz(null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow())


class LtiResourceLink(Table, tablename="lti_resource_link"):
    """A placement in the platform's course: unique (context, resource_link_id); points at one assignment."""

    context = ForeignKey(LtiContext, on_delete=OnDelete.cascade)
    resource_link_id = Varchar(length=255)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade, null=True, default=None, index=True)
    lineitem_url = Varchar(length=1000, default="")
    title = Varchar(length=500, default="")


class LtiMembership(Table, tablename="lti_membership"):
    """A user as the platform's roster last listed them in a context: unique (context, user_id). A member the
    roster no longer lists is inactive (their enrollment and attempts stay); scores are not sent for them."""

    context = ForeignKey(LtiContext, on_delete=OnDelete.cascade)
    user_id = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    active = Boolean(default=True)
    roles = JSONB(default=[])
    updated_at = Timestamptz(default=TimestamptzNow())


class LtiLaunchCode(Table, tablename="lti_launch_code"):
    """The one-time code a launch ends with: its SHA-256 only; exchanged once, within a minute, for API tokens."""

    code_sha256 = Varchar(length=64, unique=True)
    user_id = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    target = JSONB(default={})
    expires_at = Timestamptz()
    used_at = Timestamptz(null=True, default=None)


class LtiLineItem(Table, tablename="lti_line_item"):
    """The platform's gradebook column for an assignment in a context: unique (context, assignment)."""

    context = ForeignKey(LtiContext, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade, index=True)
    url = Varchar(length=1000)
    score_maximum = Float()


class LtiScoreOutbox(Table, tablename="lti_score_outbox"):
    """A score to send: one row per (grade event `seq`, context), unique, so a sequence number is sent at most once.
    Sent oldest first per (context, assignment, student); an older pending row is `superseded` by a newer one."""

    seq = BigInt()
    context = ForeignKey(LtiContext, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    student = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    sub = Varchar(length=255)
    score_given = Float(null=True, default=None)
    score_maximum = Float()
    status = Varchar(length=20, default="pending")
    tries = Integer(default=0)
    next_attempt_at = Timestamptz(default=TimestamptzNow())
    last_error = Text(default="")
    created_at = Timestamptz(default=TimestamptzNow())
    sent_at = Timestamptz(null=True, default=None)


class LtiCursor(Table, tablename="lti_cursor"):
    """How far the passback has read the grade ledger (`grade_event.id`)."""

    name = Varchar(length=50, unique=True)
    last_seq = BigInt(default=0)
