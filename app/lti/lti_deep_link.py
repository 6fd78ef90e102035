"""Deep Linking: the staff member who launched a deep-linking request picks one of the class's assignments; the tool
answers with a signed LtiDeepLinkingResponse holding an `ltiResourceLink` (its launch carries `custom.item_id`, which
links the platform's resource link to the assignment at its first launch) and a line item whose `scoreMaximum` is
the assignment's points."""

from __future__ import annotations

import secrets
import time
from typing import Any

import msgspec

from app.common import sql
from app.errors import Forbidden, NotFound
from app.lti import lti_keys
from app.lti.lti_launch import launch_url, take_code
from app.settings import Settings

DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"
RESPONSE_SECONDS = 300

ASSIGNMENTS_SQL = """
SELECT ci.id AS item_id, ci.title, a.mode,
       coalesce((SELECT sum(coalesce(aq.custom_points, q.default_points)) FROM assignment_question aq
                 JOIN questions q ON q.id = aq.question WHERE aq.assignment = a.id), 0)::float AS points
FROM content_item ci JOIN assignment a ON a.content_item = ci.id JOIN modules m ON m.id = ci.module
WHERE m.class_id = :class_id AND (:item::int IS NULL OR ci.id = :item)
ORDER BY m.order_index, ci.order_index, ci.id
"""


class Choice(msgspec.Struct):
    item_id: int
    title: str
    mode: str
    points: float


async def choices(class_id: int, item_id: int | None = None) -> list[Choice]:
    return await sql.fetch(Choice, ASSIGNMENTS_SQL, class_id=class_id, item=item_id)


def response_claims(settings: Settings, request: dict[str, Any], choice: Choice) -> dict[str, Any]:
    now = int(time.time())
    item = {
        "type": "ltiResourceLink",
        "title": choice.title,
        "url": launch_url(settings),
        "custom": {"item_id": str(choice.item_id)},
        "lineItem": {
            "scoreMaximum": choice.points,
            "label": choice.title,
            "resourceId": str(choice.item_id),
            "tag": "autograder",
        },
    }
    claims: dict[str, Any] = {
        "iss": request["client_id"],
        "aud": [request["issuer"]],
        "azp": request["client_id"],
        "iat": now,
        "exp": now + RESPONSE_SECONDS,
        "nonce": secrets.token_urlsafe(16),
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingResponse",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": request["deployment_id"],
        DL + "content_items": [item],
    }
    if request.get("data") is not None:
        claims[DL + "data"] = request["data"]
    return claims


async def respond(settings: Settings, *, code: str, item_id: int) -> tuple[str, str]:
    """Answers (the platform's return URL, the signed response JWT) for the picked assignment; the picker's code is
    used up."""
    _, target = await take_code(code)
    request = target.get("deep_link")
    if not request:
        raise Forbidden("this code is not a deep-linking request")
    picked = await choices(target["class_id"], item_id)
    if not picked:
        raise NotFound("assignment not found in this course")
    key = await lti_keys.signing_key(settings)
    return request["return_url"], lti_keys.sign(settings, key, response_claims(settings, request, picked[0]))
