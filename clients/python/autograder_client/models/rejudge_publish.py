from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="RejudgePublish")



@_attrs_define
class RejudgePublish:
    """ 
        Attributes:
            keep_overrides (bool | Unset): false: end the overrides in force on the rejudged attempts so the new scores
                count; default true (they keep counting) Default: True.
     """

    keep_overrides: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        keep_overrides = self.keep_overrides


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if keep_overrides is not UNSET:
            field_dict["keep_overrides"] = keep_overrides

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_overrides = d.pop("keep_overrides", UNSET)

        rejudge_publish = cls(
            keep_overrides=keep_overrides,
        )


        rejudge_publish.additional_properties = d
        return rejudge_publish

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
