from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BulkEnrollResult")



@_attrs_define
class BulkEnrollResult:
    """ 
        Attributes:
            added (list[str]): Emails newly enrolled
            already_enrolled (list[str]): How many were enrolled already (nothing changed for them)
            unknown (list[str]): Emails with no account (nobody was created)
            invited (list[str] | Unset): The account has not chosen a password yet (its invitation link is pending)
     """

    added: list[str]
    already_enrolled: list[str]
    unknown: list[str]
    invited: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        added = self.added



        already_enrolled = self.already_enrolled



        unknown = self.unknown



        invited: list[str] | Unset = UNSET
        if not isinstance(self.invited, Unset):
            invited = self.invited




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "added": added,
            "already_enrolled": already_enrolled,
            "unknown": unknown,
        })
        if invited is not UNSET:
            field_dict["invited"] = invited

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added = cast(list[str], d.pop("added"))


        already_enrolled = cast(list[str], d.pop("already_enrolled"))


        unknown = cast(list[str], d.pop("unknown"))


        invited = cast(list[str], d.pop("invited", UNSET))


        bulk_enroll_result = cls(
            added=added,
            already_enrolled=already_enrolled,
            unknown=unknown,
            invited=invited,
        )


        bulk_enroll_result.additional_properties = d
        return bulk_enroll_result

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
