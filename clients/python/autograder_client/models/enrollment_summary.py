from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role






T = TypeVar("T", bound="EnrollmentSummary")



@_attrs_define
class EnrollmentSummary:
    """ 
        Attributes:
            class_id (int): The class's id
            class_code (str): The class's short code, such as `CS101`
            class_title (str): The class's title
            role (Role):
     """

    class_id: int
    class_code: str
    class_title: str
    role: Role
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        class_id = self.class_id

        class_code = self.class_code

        class_title = self.class_title

        role = self.role.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "class_id": class_id,
            "class_code": class_code,
            "class_title": class_title,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        class_id = d.pop("class_id")

        class_code = d.pop("class_code")

        class_title = d.pop("class_title")

        role = Role(d.pop("role"))




        enrollment_summary = cls(
            class_id=class_id,
            class_code=class_code,
            class_title=class_title,
            role=role,
        )


        enrollment_summary.additional_properties = d
        return enrollment_summary

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
