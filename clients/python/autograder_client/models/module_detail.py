from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ModuleDetail")



@_attrs_define
class ModuleDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            class_id (int): The class's id
            title (str): The title people see
            order_index (int): Position among its siblings, from 0
     """

    id: int
    class_id: int
    title: str
    order_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        class_id = self.class_id

        title = self.title

        order_index = self.order_index


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "class_id": class_id,
            "title": title,
            "order_index": order_index,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        class_id = d.pop("class_id")

        title = d.pop("title")

        order_index = d.pop("order_index")

        module_detail = cls(
            id=id,
            class_id=class_id,
            title=title,
            order_index=order_index,
        )


        module_detail.additional_properties = d
        return module_detail

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
