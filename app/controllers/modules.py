from __future__ import annotations

from litestar import Controller, delete, get, patch, post, put

from app.controllers.params import Cursor, Limit
from app.schemas.common import Page
from app.schemas.content import AssignmentCreate, ContentItemDetail, ItemOrder, PageCreate
from app.schemas.courses import ModuleDetail, ModuleUpdate
from app.services import content, courses
from app.services.pagination import window
from tables.users import User


class ModuleController(Controller):
    path = "/modules"
    tags = ["modules"]

    @patch("/{module_id:int}")
    async def update_module(self, user: User, module_id: int, data: ModuleUpdate) -> ModuleDetail:
        return await courses.update_module(user, module_id, data.title)

    @delete("/{module_id:int}")
    async def delete_module(self, user: User, module_id: int) -> None:
        await courses.delete_module(user, module_id)

    @get("/{module_id:int}/items")
    async def list_items(
        self, user: User, module_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[ContentItemDetail]:
        size, offset = window(limit, cursor)
        return await content.list_items(user, module_id, limit=size, offset=offset)

    @post("/{module_id:int}/assignments")
    async def create_assignment(self, user: User, module_id: int, data: AssignmentCreate) -> ContentItemDetail:
        return await content.create_assignment(user, module_id, data)

    @post("/{module_id:int}/pages")
    async def create_page(self, user: User, module_id: int, data: PageCreate) -> ContentItemDetail:
        return await content.create_page(user, module_id, data)

    @put("/{module_id:int}/items/order")
    async def reorder_items(self, user: User, module_id: int, data: ItemOrder) -> list[ContentItemDetail]:
        """The module's items in the given order: `item_ids` must name every item of the module once."""
        return await content.reorder_items(user, module_id, data.item_ids)
