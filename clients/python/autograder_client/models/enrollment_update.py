from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.class_role import ClassRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EnrollmentUpdate")



@_attrs_define
class EnrollmentUpdate:
    """ 
        Attributes:
            role (ClassRole | Unset):
            active (bool | Unset): false: the member loses the class (an outsider until active again); their attempts and
                grades stay. true: back
     """

    role: ClassRole | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value


        active: bool | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if role is not UNSET:
            field_dict["role"] = role
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: ClassRole | Unset
        if isinstance(_role,  Unset):
            role = UNSET
        else:
            role = ClassRole(_role)




        def _parse_active(data: object) -> bool | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset, data)

        active = _parse_active(d.pop("active", UNSET))


        enrollment_update = cls(
            role=role,
            active=active,
        )


        enrollment_update.additional_properties = d
        return enrollment_update

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
