from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ProgressSave")



@_attrs_define
class ProgressSave:
    """ 
        Attributes:
            code (str): The code to autosave (at most `MAX_CODE_BYTES`)
            time_spent (int | Unset): Seconds the student has spent on the question, as the editor reports it Default: 0.
            base_revision (int | Unset): The `revision` this save started from; 0 for the first save. A stale one answers
                409 Default: 0.
     """

    code: str
    time_spent: int | Unset = 0
    base_revision: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        time_spent = self.time_spent

        base_revision = self.base_revision


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
        })
        if time_spent is not UNSET:
            field_dict["time_spent"] = time_spent
        if base_revision is not UNSET:
            field_dict["base_revision"] = base_revision

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        time_spent = d.pop("time_spent", UNSET)

        base_revision = d.pop("base_revision", UNSET)

        progress_save = cls(
            code=code,
            time_spent=time_spent,
            base_revision=base_revision,
        )


        progress_save.additional_properties = d
        return progress_save

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
