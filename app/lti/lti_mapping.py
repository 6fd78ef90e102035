"""A valid launch's claims mapped to ours, inside the launch's transaction:

- the platform's user (`sub`) to an account: linked once (by the email the platform asserts, when an account has
  it) or created as a global student with no password; an admin account is never linked from a platform;
- the LTI roles to the class enrollment only (instructor, TA or student there; the global role never changes);
- the context to a class: created on an instructor's first launch, a learner before that is refused;
- the resource link to an assignment: the one deep linking placed (`custom.item_id`), kept once linked.
"""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec

from app.accounts.users import new_user
from app.common import emails, sql
from app.errors import Forbidden
from app.lti import lti_jwt
from app.lti.lti_jwt import LaunchRefused
from tables.courses import Class
from tables.enums import ClassRole, Role
from tables.lti import LtiContext, LtiResourceLink, LtiUser
from tables.users import User

MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership"
STAFF_ROLES = (ClassRole.instructor.value, ClassRole.ta.value)


class Mapped(msgspec.Struct):
    user_id: int
    class_id: int
    context_pk: int
    assignment_id: int | None  # the content item id, as the API names assignments
    role: str


def class_role(roles: list[str]) -> str:
    """The class role the LTI roles claim gives (context roles only: institution roles say nothing of a course)."""
    names = {r.removeprefix(MEMBERSHIP).lstrip("#/") for r in roles if r.startswith(MEMBERSHIP)}
    names |= {r for r in roles if "/" not in r and "#" not in r}  # simple names, allowed by LTI 1.3 for context roles
    if any("TeachingAssistant" in n for n in names):
        return ClassRole.ta.value
    if "Instructor" in names or "Administrator" in names or "ContentDeveloper" in names:
        return ClassRole.instructor.value
    return ClassRole.student.value


async def account(platform_id: int, claims: dict[str, Any]) -> tuple[int, bool]:
    """The account of the platform's user (linked before, or linked now by email, or created as a student) and
    whether it was created now."""
    sub = str(claims["sub"])
    linked = await LtiUser.select(LtiUser.user_id).where((LtiUser.platform == platform_id) & (LtiUser.sub == sub))
    if linked:
        return linked[0]["user_id"], False
    given = str(claims.get("email") or "")
    # an address our own rules refuse (mixed scripts, control characters) links nothing and is not kept
    email = emails.canonical_email(given) if given and emails.problem(given) is None else ""
    existing = await User.objects().where(User.email == email).first() if email else None
    if existing is not None and existing.role == Role.admin.value:
        raise LaunchRefused("an admin account is never signed in from a platform; use a separate account there")
    created = existing is None
    if existing is None:
        if not email:
            email = f"lti-{platform_id}-{hashlib.sha256(sub.encode()).hexdigest()[:20]}@lti.invalid"
        name = claims.get("name") or " ".join(filter(None, [claims.get("given_name"), claims.get("family_name")]))
        existing = new_user(email=email, display_name=(name or email)[:200], role=Role.student.value, password_hash="")
        await existing.save()
    await LtiUser(platform=platform_id, sub=sub, user_id=existing.id).save()
    return existing.id, created


async def _context(platform: dict[str, Any], claims: dict[str, Any], role: str) -> LtiContext:
    context = claims.get(lti_jwt.CONTEXT) or {}
    if not context.get("id"):
        raise LaunchRefused("the launch names no course (context claim)")
    deployment = claims[lti_jwt.DEPLOYMENT_ID]
    found = (
        await LtiContext.objects()
        .where(
            (LtiContext.platform == platform["id"])
            & (LtiContext.deployment_id == deployment)
            & (LtiContext.context_id == str(context["id"]))
        )
        .first()
    )
    if found is None:
        if role != ClassRole.instructor.value:
            raise Forbidden("this course is not set up in the autograder yet: an instructor must open it first")
        title = (context.get("title") or context.get("label") or "LTI course")[:200]
        digest = hashlib.sha256(f"{platform['id']}/{deployment}/{context['id']}".encode()).hexdigest()[:12]
        klass = Class(code=f"lti-{platform['id']}-{digest}", title=title, term="")
        await klass.save()
        found = LtiContext(
            platform=platform["id"], deployment_id=deployment, context_id=str(context["id"]), class_id=klass.id
        )
    found.title = (context.get("title") or "")[:500]
    found.memberships_url = (claims.get(lti_jwt.NRPS) or {}).get("context_memberships_url", "") or ""
    ags = claims.get(lti_jwt.AGS_ENDPOINT) or {}
    found.lineitems_url = ags.get("lineitems", "") or found.lineitems_url or ""
    found.ags_scopes = msgspec.json.encode(ags.get("scope") or []).decode()
    await found.save()
    return found


async def enroll(class_id: int, user_id: int, role: str, context_pk: int, roles: list[str]) -> None:
    await sql.rows(
        "INSERT INTO enrollments (class_id, user_id, role, created_at) VALUES (:class_id, :user, :role, now()) "
        # the platform vouches for the member now (a launch, or its roster): an inactive enrollment is active again
        "ON CONFLICT (class_id, user_id) DO UPDATE SET role = EXCLUDED.role, active = true",
        class_id=class_id,
        user=user_id,
        role=role,
    )
    await sql.rows(
        "INSERT INTO lti_membership (context, user_id, active, roles, updated_at) "
        "VALUES (:context, :user, true, :roles, now()) "
        "ON CONFLICT (context, user_id) DO UPDATE SET active = true, roles = EXCLUDED.roles, updated_at = now()",
        context=context_pk,
        user=user_id,
        roles=msgspec.json.encode(roles).decode(),
    )


ITEM_OF_CLASS_SQL = """
SELECT a.id AS assignment_pk, ci.id AS item_id FROM content_item ci JOIN assignment a ON a.content_item = ci.id
JOIN modules m ON m.id = ci.module WHERE ci.id = :item AND m.class_id = :class_id
"""


async def _resource_link(context: LtiContext, claims: dict[str, Any]) -> int | None:
    """The content item id the resource link points at (None: not linked to an assignment, or a deep-link request)."""
    link = claims.get(lti_jwt.RESOURCE_LINK) or {}
    if not link.get("id"):
        return None
    found = (
        await LtiResourceLink.objects()
        .where((LtiResourceLink.context == context.id) & (LtiResourceLink.resource_link_id == str(link["id"])))
        .first()
    )
    if found is None:
        found = LtiResourceLink(context=context.id, resource_link_id=str(link["id"]))
    if found.assignment is None:
        item = str((claims.get(lti_jwt.CUSTOM) or {}).get("item_id", ""))
        rows = await sql.rows(ITEM_OF_CLASS_SQL, item=int(item), class_id=context.class_id) if item.isdigit() else []
        found.assignment = rows[0]["assignment_pk"] if rows else None
    found.lineitem_url = (claims.get(lti_jwt.AGS_ENDPOINT) or {}).get("lineitem", "") or found.lineitem_url or ""
    found.title = (link.get("title") or "")[:500]
    await found.save()
    if found.assignment is None:
        return None
    item = await sql.rows("SELECT content_item FROM assignment WHERE id = :assignment", assignment=found.assignment)
    return item[0]["content_item"]


async def apply(platform: dict[str, Any], claims: dict[str, Any]) -> Mapped:
    roles = [str(r) for r in claims.get(lti_jwt.ROLES) or []]
    role = class_role(roles)
    user_id, _ = await account(platform["id"], claims)
    context = await _context(platform, claims, role)
    await enroll(context.class_id, user_id, role, context.id, roles)
    item_id = await _resource_link(context, claims)
    return Mapped(user_id=user_id, class_id=context.class_id, context_pk=context.id, assignment_id=item_id, role=role)


def deep_link_request(platform: dict[str, Any], claims: dict[str, Any], mapped: Mapped) -> dict[str, Any]:
    """What the picker and the response need: only staff of the class may place assignments."""
    if mapped.role not in STAFF_ROLES:
        raise Forbidden("only the course's instructors and TAs place autograder assignments")
    settings = claims.get(lti_jwt.DEEP_LINKING_SETTINGS) or {}
    if not settings.get("deep_link_return_url"):
        raise LaunchRefused("the deep-linking request names no return URL")
    return {
        "platform_id": platform["id"],
        "issuer": platform["issuer"],
        "client_id": platform["client_id"],
        "deployment_id": claims[lti_jwt.DEPLOYMENT_ID],
        "return_url": settings["deep_link_return_url"],
        "data": settings.get("data"),
        "accept_multiple": bool(settings.get("accept_multiple")),
    }
