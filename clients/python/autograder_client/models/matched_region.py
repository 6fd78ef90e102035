from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="MatchedRegion")



@_attrs_define
class MatchedRegion:
    """ 
        Attributes:
            a_first (int): First line (from 1) of the matched region in the first student's file
            a_last (int): Last line (inclusive) of the matched region in the first student's file
            b_first (int): First line (from 1) of the matched region in the second student's file
            b_last (int): Last line (inclusive) of the matched region in the second student's file
     """

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        a_first = self.a_first

        a_last = self.a_last

        b_first = self.b_first

        b_last = self.b_last


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "a_first": a_first,
            "a_last": a_last,
            "b_first": b_first,
            "b_last": b_last,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        a_first = d.pop("a_first")

        a_last = d.pop("a_last")

        b_first = d.pop("b_first")

        b_last = d.pop("b_last")

        matched_region = cls(
            a_first=a_first,
            a_last=a_last,
            b_first=b_first,
            b_last=b_last,
        )


        matched_region.additional_properties = d
        return matched_region

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
