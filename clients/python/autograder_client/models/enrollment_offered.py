from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="EnrollmentOffered")



@_attrs_define
class EnrollmentOffered:
    """ 
        Attributes:
            user_id (int): The user's account id (`/api/users/{user_id}`)
            email (str): The account's email address (lower-cased; unique)
            role (str): A role: globally `admin`, `instructor` or `student`; in a class `instructor`, `ta` or `student`
            invitation_sent (bool): Whether the invitation mail was handed to the mail server (false: resend it later)
     """

    user_id: int
    email: str
    role: str
    invitation_sent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        role = self.role

        invitation_sent = self.invitation_sent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user_id": user_id,
            "email": email,
            "role": role,
            "invitation_sent": invitation_sent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        role = d.pop("role")

        invitation_sent = d.pop("invitation_sent")

        enrollment_offered = cls(
            user_id=user_id,
            email=email,
            role=role,
            invitation_sent=invitation_sent,
        )


        enrollment_offered.additional_properties = d
        return enrollment_offered

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
