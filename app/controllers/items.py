"""Content items whatever their type, addressed by the content item's id; pages have their own update."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, delete, get, patch, post
from litestar.params import Parameter

from app.content import content
from app.content.schemas import ContentItemDetail, PageUpdate, Publish
from tables.users import User


class ItemController(Controller):
    path = "/items"
    tags = ["content"]

    @get("/{item_id:int}")
    async def get_item(self, user: User, item_id: int) -> ContentItemDetail:
        """One content item (page or assignment); students see it only once published."""
        return await content.get_item(user, item_id)

    @post("/{item_id:int}/publish", status_code=200)
    async def publish(
        self, user: User, item_id: int, data: Publish, wait: Annotated[float, Parameter(ge=0, le=30)] = 0
    ) -> ContentItemDetail:
        """Publish or unpublish an item; the class's instructors and admins only. An assignment whose questions
        have tests still being validated answers 409 listing them (`?wait=N`: wait up to N s for them first)."""
        return await content.publish(user, item_id, data.published, wait=wait)

    @delete("/{item_id:int}")
    async def delete_item(self, user: User, item_id: int) -> None:
        """Delete an item without attempts (409 otherwise: unpublish it instead); instructors and admins only."""
        await content.delete_item(user, item_id)


class PageController(Controller):
    path = "/pages"
    tags = ["content"]

    @patch("/{item_id:int}")
    async def update_page(self, user: User, item_id: int, data: PageUpdate) -> ContentItemDetail:
        """Change a page's title, description or body; the class's instructors and admins only."""
        return await content.update_page(user, item_id, data)
