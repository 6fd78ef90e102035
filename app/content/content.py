"""Content items (assignments and pages) and the assignment's questions (the nested view: assignment_detail)."""

from __future__ import annotations

from typing import Any

import msgspec
from piccolo.engine import engine_finder
from piccolo.query.functions.aggregate import Max

from app.audit import audit
from app.common import access, merge_patch, ordering, sql
from app.common.jsonb import as_dict, as_struct
from app.common.pagination import page
from app.common.patch import changes, sent
from app.common.schemas import Page
from app.content import effective, lateness
from app.content.schemas import (
    AssignmentConfig,
    AssignmentCreate,
    AssignmentItem,
    AssignmentUpdate,
    ContentItemDetail,
    PageCreate,
    PageItem,
    PageUpdate,
)
from app.errors import Conflict, InvalidInput, NotFound
from app.questions.question_access import require_usable_question
from app.questions.validation import require_valid_tests
from tables.content import Assignment, ContentItem
from tables.content import Page as PageTable
from tables.enums import AuditKind, ClassRole, ContentType
from tables.questions import AssignmentQuestion
from tables.submissions import SubmissionAttempt
from tables.users import User


def item_view(row: access.ItemContext) -> ContentItemDetail:
    common = {
        "id": row.id,
        "module_id": row.module_id,
        "title": row.title,
        "description": row.description,
        "is_published": row.is_published,
        "due_date": row.due_date,
        "order_index": row.order_index,
    }
    if row.type == ContentType.assignment:
        return AssignmentItem(**common, mode=row.mode, config=as_dict(row.config))
    return PageItem(**common, body=row.body or "")


ITEMS_SQL = """
SELECT ci.id, ci.module AS module_id, ci.type, ci.title, ci.description, ci.is_published, ci.due_date,
       ci.order_index, a.mode, a.config, p.body
FROM content_item ci
LEFT JOIN assignment a ON a.content_item = ci.id
LEFT JOIN page p ON p.content_item = ci.id
WHERE ci.module = :module AND (ci.is_published OR :drafts_too)
ORDER BY ci.order_index, ci.id
LIMIT :limit OFFSET :offset
"""


async def list_items(user: User, module_id: int, *, limit: int, offset: int) -> Page[ContentItemDetail]:
    context = await access.module_context(user, module_id)
    role = access.check(context.role, access.MEMBERS, "module")
    items = await sql.fetch(
        access.ItemContext,
        ITEMS_SQL,
        module=module_id,
        drafts_too=role != ClassRole.student,
        limit=limit + 1,
        offset=offset,
    )
    return page([item_view(item) for item in items], limit, offset)


async def reorder_items(user: User, module_id: int, item_ids: list[int]) -> list[ContentItemDetail]:
    """Atomic: the ids must be exactly the module's items; the deferrable unique order allows the swap."""
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    await ordering.reorder(ordering.MODULE_ITEMS, module_id, item_ids, field="item_ids", what="item of the module")
    return (await list_items(user, module_id, limit=1000, offset=0)).items


async def get_item(user: User, item_id: int) -> ContentItemDetail:
    return item_view(await access.item_context(user, item_id))


async def _next_item_order(module_id: int) -> int:
    last = await ContentItem.select(Max(ContentItem.order_index, alias="last")).where(ContentItem.module == module_id)
    return 0 if last[0]["last"] is None else last[0]["last"] + 1


def _config_json(config: Any) -> str:
    return msgspec.json.encode(config).decode()


def _check_window(config: Any) -> None:
    if config.available_from and config.available_until and config.available_from >= config.available_until:
        raise InvalidInput("available_from must be before available_until", field="config.available_from")


async def create_assignment(user: User, module_id: int, data: AssignmentCreate) -> ContentItemDetail:
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    _check_window(data.config)
    async with engine_finder().transaction():
        item = ContentItem(
            module=module_id,
            type="assignment",
            title=data.title,
            description=data.description,
            due_date=data.due_date,
            order_index=await _next_item_order(module_id),
        )
        await item.save()
        await Assignment(content_item=item.id, mode=data.mode, config=_config_json(data.config)).save()
    return await get_item(user, item.id)


async def create_page(user: User, module_id: int, data: PageCreate) -> ContentItemDetail:
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    async with engine_finder().transaction():
        item = ContentItem(
            module=module_id,
            type="page",
            title=data.title,
            description=data.description,
            order_index=await _next_item_order(module_id),
        )
        await item.save()
        await PageTable(content_item=item.id, body=data.body).save()
    return await get_item(user, item.id)


def _base_values(data: AssignmentUpdate | PageUpdate) -> dict[Any, Any]:
    names = ("title", "description", "due_date") if isinstance(data, AssignmentUpdate) else ("title", "description")
    return {getattr(ContentItem, name): value for name, value in changes(data, names).items()}


async def update_assignment(user: User, item_id: int, data: AssignmentUpdate) -> ContentItemDetail:
    """`config` is a JSON Merge Patch over the stored config (read and written under the row's lock); running exam
    sessions follow a longer window or time limit (a shorter one applies to sessions started after it); a moved due
    date or a changed late policy judges the attempts' lateness again, each moved grade a ledger event."""
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    child: dict[Any, Any] = {}
    if sent(data.mode):
        child[Assignment.mode] = data.mode
    late_rules_moved = sent(data.due_date) and data.due_date != context.due_date
    async with sql.transaction() as connection:
        if sent(data.config):
            # NO KEY UPDATE: a grading's ledger rows (foreign keys to this row) must not wait for us while we wait
            # for its attempt (a deadlock)
            by_id = Assignment.id == context.assignment_id
            locked = Assignment.select(Assignment.config).where(by_id).lock_rows("NO KEY UPDATE")
            stored = (await locked)[0]["config"]
            config = merge_patch.patched(stored, data.config, AssignmentConfig, "config")
            _check_window(config)
            child[Assignment.config] = _config_json(config)
            late_rules_moved |= as_struct(stored, AssignmentConfig).late_policy != config.late_policy
        if base := _base_values(data):
            await ContentItem.update(base).where(ContentItem.id == item_id)
        if child:
            await Assignment.update(child).where(Assignment.content_item == item_id)
            await sql.rows(effective.RECOMPUTE_SQL, only_later=True, assignment=context.assignment_id, student=None)
        if late_rules_moved:
            await lateness.rejudge(connection, assignment=context.assignment_id, student=None, actor=user.id)
        before = {name: getattr(context, name) for name in ("title", "description", "due_date", "mode")}
        before["config"] = as_dict(context.config)
        written = {column._meta.name: value for column, value in {**base, **child}.items()}
        after = {**before, **written, "config": as_dict(written.get("config", before["config"]))}
        await _audit_item(user, context, AuditKind.assignment_settings, before, after)
    return await get_item(user, item_id)


async def _audit_item(
    user: User, context: access.ItemContext, kind: AuditKind, before: dict[str, Any], after: dict[str, Any]
) -> None:
    """An assignment's own settings, or its questions' (the target is the assignment)."""
    await audit.record(
        user, kind, "assignment", context.assignment_id, class_id=context.class_id, before=before, after=after
    )


async def update_page(user: User, item_id: int, data: PageUpdate) -> ContentItemDetail:
    context = await access.item_context(user, item_id, allowed=access.EDITORS, writing=True)
    if context.type != ContentType.page:
        raise NotFound("page not found")
    async with engine_finder().transaction():
        if base := _base_values(data):
            await ContentItem.update(base).where(ContentItem.id == item_id)
        if sent(data.body):
            await PageTable.update({PageTable.body: data.body}).where(PageTable.content_item == item_id)
    return await get_item(user, item_id)


async def publish(user: User, item_id: int, published: bool, *, wait: float = 0) -> ContentItemDetail:
    """An assignment is published only when every test of its questions is validated and none fails (409 listing
    them); `wait`: seconds to wait for pending validations first."""
    context = await access.item_context(user, item_id, allowed=access.EDITORS, writing=True)
    if published and context.assignment_id:
        await require_valid_tests(context.assignment_id, wait=wait)
    async with engine_finder().transaction():
        await ContentItem.update({ContentItem.is_published: published}).where(ContentItem.id == item_id)
        if context.assignment_id:
            changed = ({"is_published": context.is_published}, {"is_published": published})
            await _audit_item(user, context, AuditKind.assignment_settings, *changed)
    return await get_item(user, item_id)


async def delete_item(user: User, item_id: int) -> None:
    context = await access.item_context(user, item_id, allowed=access.EDITORS, writing=True)
    if context.assignment_id and await _has_attempts(context.assignment_id):
        raise Conflict("this assignment has submission attempts; unpublish it instead of deleting it")
    await ContentItem.delete().where(ContentItem.id == item_id)


async def _has_attempts(assignment_id: int, question_id: int | None = None) -> bool:
    """Whether the assignment (or only this question of it) has submission attempts."""
    condition = SubmissionAttempt.assignment == assignment_id
    if question_id is not None:
        condition &= SubmissionAttempt.question == question_id
    return await SubmissionAttempt.exists().where(condition)


# the assignment's questions ------------------------------------------------------------------------------------


async def attach_question(user: User, item_id: int, question_id: int, custom_points: float | None) -> None:
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    await require_usable_question(user, question_id)
    exists = await AssignmentQuestion.exists().where(
        (AssignmentQuestion.assignment == context.assignment_id) & (AssignmentQuestion.question == question_id)
    )
    if exists:
        raise Conflict("this question is already attached", field="question_id")
    async with engine_finder().transaction():
        await sql.rows(
            "INSERT INTO assignment_question (assignment, question, order_index, custom_points) "
            "SELECT :assignment, :question, coalesce(max(order_index) + 1, 0), :points FROM assignment_question "
            "WHERE assignment = :assignment",
            assignment=context.assignment_id,
            question=question_id,
            points=custom_points,
        )
        after = {f"question {question_id}": {"custom_points": custom_points}}
        await _audit_item(user, context, AuditKind.assignment_question, {}, after)


async def set_custom_points(user: User, item_id: int, question_id: int, custom_points: float | None) -> None:
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    attached = (AssignmentQuestion.assignment == context.assignment_id) & (AssignmentQuestion.question == question_id)
    async with engine_finder().transaction():
        before = await AssignmentQuestion.select(AssignmentQuestion.custom_points).where(attached).lock_rows().first()
        if before is None:
            raise NotFound("this question is not attached to the assignment")
        await AssignmentQuestion.update({AssignmentQuestion.custom_points: custom_points}).where(attached)
        changed = ({f"question {question_id}": before}, {f"question {question_id}": {"custom_points": custom_points}})
        await _audit_item(user, context, AuditKind.assignment_question, *changed)


async def detach_question(user: User, item_id: int, question_id: int) -> None:
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    if await _has_attempts(context.assignment_id, question_id):
        raise Conflict("students have submitted to this question; it cannot be detached")
    async with engine_finder().transaction():
        deleted = (
            await AssignmentQuestion.delete()
            .where(
                (AssignmentQuestion.assignment == context.assignment_id) & (AssignmentQuestion.question == question_id)
            )
            .returning(AssignmentQuestion.custom_points)
        )
        if not deleted:
            raise NotFound("this question is not attached to the assignment")
        await _audit_item(user, context, AuditKind.assignment_question, {f"question {question_id}": deleted[0]}, {})


async def reorder_questions(user: User, item_id: int, question_ids: list[int]) -> None:
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    await ordering.reorder(
        ordering.ASSIGNMENT_QUESTIONS,
        context.assignment_id,
        question_ids,
        field="question_ids",
        what="attached question",
    )
