from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.assignment_item import AssignmentItem
  from ..models.page_item import PageItem





T = TypeVar("T", bound="PageUnionTypeAssignmentItemPageItem")



@_attrs_define
class PageUnionTypeAssignmentItemPageItem:
    """ 
        Attributes:
            items (list[AssignmentItem | PageItem]): This page of results, in the list's order
            next_cursor (None | str): Pass as `cursor` for the next page; null on the last page
            limit (int): The page size used (the `limit` asked for, capped at 200)
     """

    items: list[AssignmentItem | PageItem]
    next_cursor: None | str
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_item import AssignmentItem # noqa: PLC0415
        from ..models.page_item import PageItem # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, AssignmentItem):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)



        next_cursor: None | str
        next_cursor = self.next_cursor

        limit = self.limit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "next_cursor": next_cursor,
            "limit": limit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_item import AssignmentItem # noqa: PLC0415
        from ..models.page_item import PageItem # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            def _parse_items_item(data: object) -> AssignmentItem | PageItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = AssignmentItem.from_dict(data)



                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_1 = PageItem.from_dict(data)



                return items_item_type_1

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)


        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))


        limit = d.pop("limit")

        page_union_type_assignment_item_page_item = cls(
            items=items,
            next_cursor=next_cursor,
            limit=limit,
        )


        page_union_type_assignment_item_page_item.additional_properties = d
        return page_union_type_assignment_item_page_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
