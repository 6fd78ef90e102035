"""A class's modules: listed, created at the end, renamed, reordered, and deleted while none of their items has
attempts."""

from __future__ import annotations

import msgspec

from app.common import access, ordering, sql
from app.common.pagination import page
from app.common.schemas import Page
from app.courses.schemas import ModuleDetail
from app.errors import Conflict
from tables.courses import Module
from tables.users import User


async def list_modules(user: User, class_id: int, *, limit: int, offset: int) -> Page[ModuleDetail]:
    await access.require_class(user, class_id, access.MEMBERS)
    modules = (
        await Module.select(Module.id, Module.class_id, Module.title, Module.order_index)
        .where(Module.class_id == class_id)
        .order_by(Module.order_index, Module.id)
        .limit(limit + 1)
        .offset(offset)
    )
    return page(msgspec.convert(modules, list[ModuleDetail]), limit, offset)


async def create_module(user: User, class_id: int, title: str) -> ModuleDetail:
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    # INSERT ... SELECT max() always inserts (and answers) exactly one row
    return await sql.fetch_one(
        ModuleDetail,
        "INSERT INTO modules (class_id, title, order_index, created_at) "
        "SELECT :class_id, :title, coalesce(max(order_index) + 1, 0), now() FROM modules WHERE class_id = :class_id "
        "RETURNING id, class_id, title, order_index",
        class_id=class_id,
        title=title,
    )


async def update_module(user: User, module_id: int, title: str) -> ModuleDetail:
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    await Module.update({Module.title: title}).where(Module.id == module_id)
    return ModuleDetail(id=context.id, class_id=context.class_id, title=title, order_index=context.order_index)


async def delete_module(user: User, module_id: int) -> None:
    """Items go with the module, unless any of them has attempts: then 409 and nothing is deleted."""
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    attempts = await sql.rows(
        "SELECT count(*) AS n FROM submission_attempt s JOIN assignment a ON a.id = s.assignment "
        "JOIN content_item ci ON ci.id = a.content_item WHERE ci.module = :module",
        module=module_id,
    )
    if attempts[0]["n"]:
        raise Conflict("this module has submission attempts; unpublish its items instead of deleting it")
    await Module.delete().where(Module.id == module_id)


async def reorder_modules(user: User, class_id: int, module_ids: list[int]) -> list[ModuleDetail]:
    """Atomic: the ids must be exactly the class's modules; the deferrable unique order allows the swap."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    await ordering.reorder(ordering.MODULES, class_id, module_ids, field="module_ids", what="module of the class")
    return (await list_modules(user, class_id, limit=1000, offset=0)).items
