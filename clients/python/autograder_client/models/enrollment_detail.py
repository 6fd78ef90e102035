from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.class_role import ClassRole
from ..types import UNSET, Unset






T = TypeVar("T", bound="EnrollmentDetail")



@_attrs_define
class EnrollmentDetail:
    """ 
        Attributes:
            user_id (int): The user's account id (`/api/users/{user_id}`)
            email (str): The account's email address (lower-cased; unique)
            display_name (str): The person's name as shown to others
            role (ClassRole):
            active (bool | Unset): false: inactive, no access to the class (gone from the LMS roster or set so by staff)
                Default: True.
     """

    user_id: int
    email: str
    display_name: str
    role: ClassRole
    active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        display_name = self.display_name

        role = self.role.value

        active = self.active


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user_id": user_id,
            "email": email,
            "display_name": display_name,
            "role": role,
        })
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        display_name = d.pop("display_name")

        role = ClassRole(d.pop("role"))




        active = d.pop("active", UNSET)

        enrollment_detail = cls(
            user_id=user_id,
            email=email,
            display_name=display_name,
            role=role,
            active=active,
        )


        enrollment_detail.additional_properties = d
        return enrollment_detail

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
