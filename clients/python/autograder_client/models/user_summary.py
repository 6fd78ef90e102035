from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role






T = TypeVar("T", bound="UserSummary")



@_attrs_define
class UserSummary:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            email (str): The account's email address (lower-cased; unique)
            display_name (str): The person's name as shown to others
            role (Role):
            active (bool): False: deactivated, cannot sign in; its history is kept
            invited (bool): The account has not chosen a password yet (its invitation link is pending)
     """

    id: int
    email: str
    display_name: str
    role: Role
    active: bool
    invited: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        display_name = self.display_name

        role = self.role.value

        active = self.active

        invited = self.invited


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "email": email,
            "display_name": display_name,
            "role": role,
            "active": active,
            "invited": invited,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        display_name = d.pop("display_name")

        role = Role(d.pop("role"))




        active = d.pop("active")

        invited = d.pop("invited")

        user_summary = cls(
            id=id,
            email=email,
            display_name=display_name,
            role=role,
            active=active,
            invited=invited,
        )


        user_summary.additional_properties = d
        return user_summary

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
