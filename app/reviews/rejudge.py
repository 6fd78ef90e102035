"""Rejudge batches: which attempts, who may start one, and the previews the workers leave in Redis."""

from __future__ import annotations

import json
import uuid
from typing import Any

import anyio
import msgspec

from app.adapters.queue import enqueue, redis_connection
from app.common import access
from app.errors import Conflict, NotFound
from app.grading import attempts, contract
from app.grading.messages import PreviewAttempt, PublishBatch
from app.questions.question_access import require_editable
from app.reviews.schemas import RejudgeBatch, RejudgeStarted
from app.settings import Settings
from tables.users import User


def start_batch(settings: Settings, attempt_ids: list[int], scope: dict[str, Any]) -> str:
    """Record the batch and enqueue one preview job per attempt in the rejudge lane."""
    batch_id = uuid.uuid4().hex
    key = contract.batch_key(batch_id)
    redis = redis_connection(settings.redis_address)
    meta = {**scope, "total": len(attempt_ids), "attempt_ids": attempt_ids, "published": False}
    redis.hset(key, mapping={"meta": json.dumps(meta)})
    redis.expire(key, contract.BATCH_TTL_SECONDS)
    for attempt_id in attempt_ids:
        enqueue(
            settings.redis_address,
            contract.REJUDGE_LANE,
            PreviewAttempt(batch_id=batch_id, attempt_id=attempt_id),
            job_id=contract.preview_job_id(batch_id, attempt_id),
            retry=2,
        )
    return batch_id


def read_batch(settings: Settings, batch_id: str) -> dict[str, Any] | None:
    stored = redis_connection(settings.redis_address).hgetall(contract.batch_key(batch_id))
    if not stored:
        return None
    meta = json.loads(stored.pop(b"meta"))
    items = sorted((json.loads(v) for v in stored.values()), key=lambda r: r["attempt_id"])
    for item in items:
        item["changed"] = item["old_score"] != item["new_score"] or item["old_verdict"] != item["new_verdict"]
        item.pop("outcome", None)
    return {"id": batch_id, **meta, "done": len(items), "items": items}


async def start(
    user: User, settings: Settings, *, question_id: int | None = None, item_id: int | None = None
) -> RejudgeStarted:
    class_ids = None
    if question_id is not None:
        await require_editable(user, question_id)
        # a question serves many classes: only the attempts of the classes the caller teaches
        class_ids = await access.classes_with_role(user, access.EDITORS)
        scope = {"question_id": question_id, "started_by": user.id, "class_ids": class_ids}
    else:
        await access.assignment_context(user, item_id, allowed=access.EDITORS)
        scope = {"assignment_id": item_id, "started_by": user.id}
    ids = await attempts.attempts_to_rejudge(question_id=question_id, item_id=item_id, class_ids=class_ids)
    batch_id = await anyio.to_thread.run_sync(start_batch, settings, ids, scope)
    return RejudgeStarted(id=batch_id, total=len(ids), links={"self": f"/api/rejudges/{batch_id}"})


async def status(user: User, settings: Settings, batch_id: str) -> RejudgeBatch:
    if len(batch_id) != 32 or not batch_id.isalnum():
        raise NotFound("rejudge not found")
    batch = await anyio.to_thread.run_sync(read_batch, settings, batch_id)
    if batch is None:
        raise NotFound("rejudge not found")
    # whoever may start this rejudge may read and publish it
    if batch.get("question_id"):
        await require_editable(user, batch["question_id"])
        await access.require_all_classes(user, batch.get("class_ids"), access.EDITORS, "rejudge")
    else:
        await access.assignment_context(user, batch["assignment_id"], allowed=access.EDITORS)
    return msgspec.convert(batch, RejudgeBatch, strict=False)


async def publish(user: User, settings: Settings, batch_id: str, keep_overrides: bool = True) -> RejudgeBatch:
    batch = await status(user, settings, batch_id)
    if batch.done < batch.total:
        raise Conflict(f"the rejudge is still running ({batch.done}/{batch.total})")
    if batch.published:
        raise Conflict("this rejudge is already published")
    await anyio.to_thread.run_sync(
        lambda: enqueue(
            settings.redis_address,
            contract.REJUDGE_LANE,
            PublishBatch(batch_id=batch_id, keep_overrides=keep_overrides, actor=user.id),
            job_id=contract.publish_job_id(batch_id),
        )
    )
    return msgspec.structs.replace(batch, publishing=True, keep_overrides=keep_overrides)
