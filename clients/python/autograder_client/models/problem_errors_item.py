from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ProblemErrorsItem")



@_attrs_define
class ProblemErrorsItem:
    """ 
        Attributes:
            field (str): The field's path in the body (`config.available_from`, `rows[2].email`), or a query parameter's or
                header's name
            message (str): What is wrong with it
            source (str | Unset): Where the field is: `body`, `query`, `path`, `header` (when known)
            key (str | Unset): The offending key itself, when the field is an unknown key of an object
     """

    field: str
    message: str
    source: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        field = self.field

        message = self.message

        source = self.source

        key = self.key


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "field": field,
            "message": message,
        })
        if source is not UNSET:
            field_dict["source"] = source
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        message = d.pop("message")

        source = d.pop("source", UNSET)

        key = d.pop("key", UNSET)

        problem_errors_item = cls(
            field=field,
            message=message,
            source=source,
            key=key,
        )


        problem_errors_item.additional_properties = d
        return problem_errors_item

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
