from __future__ import annotations

from litestar import Controller, delete, get, patch, post, put

from app.common.pagination import window
from app.common.schemas import Page
from app.content import content, modules
from app.content.schemas import AssignmentCreate, ContentItemDetail, ItemOrder, PageCreate
from app.controllers.params import Cursor, Limit
from app.courses.schemas import ModuleDetail, ModuleUpdate
from tables.users import User


class ModuleController(Controller):
    path = "/modules"
    tags = ["modules"]

    @patch("/{module_id:int}")
    async def update_module(self, user: User, module_id: int, data: ModuleUpdate) -> ModuleDetail:
        """Rename or move a module; the class's instructors and admins only."""
        return await modules.update_module(user, module_id, data.title)

    @delete("/{module_id:int}")
    async def delete_module(self, user: User, module_id: int) -> None:
        """Delete an empty module (409 while it holds items with attempts); instructors and admins only."""
        await modules.delete_module(user, module_id)

    @get("/{module_id:int}/items")
    async def list_items(
        self, user: User, module_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[ContentItemDetail]:
        """The module's items in order; students see published items only."""
        size, offset = window(limit, cursor)
        return await content.list_items(user, module_id, limit=size, offset=offset)

    @post("/{module_id:int}/assignments")
    async def create_assignment(self, user: User, module_id: int, data: AssignmentCreate) -> ContentItemDetail:
        """Add an assignment (practice or exam) to the module; the class's instructors and admins only."""
        return await content.create_assignment(user, module_id, data)

    @post("/{module_id:int}/pages")
    async def create_page(self, user: User, module_id: int, data: PageCreate) -> ContentItemDetail:
        """Add a page of text to the module; the class's instructors and admins only."""
        return await content.create_page(user, module_id, data)

    @put("/{module_id:int}/items/order")
    async def reorder_items(self, user: User, module_id: int, data: ItemOrder) -> list[ContentItemDetail]:
        """The module's items in the given order: `item_ids` must name every item of the module once."""
        return await content.reorder_items(user, module_id, data.item_ids)
