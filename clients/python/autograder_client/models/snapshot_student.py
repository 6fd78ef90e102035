from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SnapshotStudent")



@_attrs_define
class SnapshotStudent:
    """ 
        Attributes:
            user_id (int): The student's user id (the `student_id` of grade events)
            email (str): The account's email address (lower-cased; unique)
            display_name (str): The person's name as shown to others
            student_id (None | str): The student number from the roster (the institution's, for an LMS import); null: none
                given
            enrolled (bool): Enrolled in the class as a student now; false: grades kept from before a withdrawal or a change
                of role
     """

    user_id: int
    email: str
    display_name: str
    student_id: None | str
    enrolled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        display_name = self.display_name

        student_id: None | str
        student_id = self.student_id

        enrolled = self.enrolled


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user_id": user_id,
            "email": email,
            "display_name": display_name,
            "student_id": student_id,
            "enrolled": enrolled,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        display_name = d.pop("display_name")

        def _parse_student_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        student_id = _parse_student_id(d.pop("student_id"))


        enrolled = d.pop("enrolled")

        snapshot_student = cls(
            user_id=user_id,
            email=email,
            display_name=display_name,
            student_id=student_id,
            enrolled=enrolled,
        )


        snapshot_student.additional_properties = d
        return snapshot_student

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
