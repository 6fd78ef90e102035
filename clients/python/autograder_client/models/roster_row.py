from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RosterRow")



@_attrs_define
class RosterRow:
    """ Emails and names are trimmed; a row that is still invalid (bad email, role or lengths) is reported in the
        answer, never fatal to the other rows. `role` is the class role (student by default).

        Attributes:
            email (str): The account's email address (lower-cased; unique)
            display_name (str | Unset): The person's name as shown to others Default: ''.
            student_id (None | str | Unset): The student number from the roster (the institution's, not a user id); null:
                none given
            role (None | str | Unset): The class role: `student` (default), `ta` or `instructor`
     """

    email: str
    display_name: str | Unset = ''
    student_id: None | str | Unset = UNSET
    role: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        email = self.email

        display_name = self.display_name

        student_id: None | str | Unset
        if isinstance(self.student_id, Unset):
            student_id = UNSET
        else:
            student_id = self.student_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "email": email,
        })
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if student_id is not UNSET:
            field_dict["student_id"] = student_id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        display_name = d.pop("display_name", UNSET)

        def _parse_student_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        student_id = _parse_student_id(d.pop("student_id", UNSET))


        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))


        roster_row = cls(
            email=email,
            display_name=display_name,
            student_id=student_id,
            role=role,
        )

        return roster_row

