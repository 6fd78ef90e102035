from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ProgressDetail")



@_attrs_define
class ProgressDetail:
    """ 
        Attributes:
            code (str): The autosaved code
            time_spent (int): Seconds the student has spent on the question, as the editor reports it
            revision (int): Increases with each change; send the one you read as `base_revision` to detect conflicts
            updated_at (datetime.datetime): When it last changed (UTC)
     """

    code: str
    time_spent: int
    revision: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        time_spent = self.time_spent

        revision = self.revision

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "time_spent": time_spent,
            "revision": revision,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        time_spent = d.pop("time_spent")

        revision = d.pop("revision")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        progress_detail = cls(
            code=code,
            time_spent=time_spent,
            revision=revision,
            updated_at=updated_at,
        )


        progress_detail.additional_properties = d
        return progress_detail

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
