"""Reordering a scoped list atomically: the new order must name every member once, and the deferrable unique
order constraint lets positions swap inside one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from piccolo.engine import engine_finder

from app.common import sql
from app.errors import InvalidInput


@dataclass(frozen=True)
class OrderedList:
    """Where a list's order lives; every name here is a constant of the code, never input."""

    table: str
    member: str  # the column naming a member in the new order
    scope: str  # the column every member of one list shares
    constraint: str  # the deferrable unique (scope, order_index)


MODULES = OrderedList("modules", member="id", scope="class_id", constraint="modules_class_order_key")
MODULE_ITEMS = OrderedList("content_item", member="id", scope="module", constraint="content_item_module_order_key")
ASSIGNMENT_QUESTIONS = OrderedList(
    "assignment_question", member="question", scope="assignment", constraint="assignment_question_order_key"
)


async def reorder(ordered: OrderedList, scope_id: int, member_ids: list[int], *, field: str, what: str) -> None:
    async with engine_finder().transaction():
        rows = await sql.rows(
            f"SELECT {ordered.member} AS member FROM {ordered.table} WHERE {ordered.scope} = :scope", scope=scope_id
        )
        if len(member_ids) != len(set(member_ids)) or set(member_ids) != {row["member"] for row in rows}:
            raise InvalidInput(f"{field} must list every {what} exactly once", field=field)
        await sql.rows(f"SET CONSTRAINTS {ordered.constraint} DEFERRED")
        await sql.rows(
            f"UPDATE {ordered.table} SET order_index = new.position - 1 "
            "FROM unnest(:members::int[]) WITH ORDINALITY AS new(id, position) "
            f"WHERE {ordered.table}.{ordered.member} = new.id AND {ordered.table}.{ordered.scope} = :scope",
            members=member_ids,
            scope=scope_id,
        )
