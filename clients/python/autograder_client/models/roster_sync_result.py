from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.member_result import MemberResult





T = TypeVar("T", bound="RosterSyncResult")



@_attrs_define
class RosterSyncResult:
    """ 
        Attributes:
            items (list[MemberResult]): This page of results, in the list's order
            created (int): How many rows created a new (invited) account
            enrolled (int): How many existing accounts were enrolled
            already_enrolled (int): How many were enrolled already (nothing changed for them)
            deactivated (int): Members the platform no longer lists, marked inactive (attempts kept)
            invalid (int): How many rows were refused (see each row's `reason`)
     """

    items: list[MemberResult]
    created: int
    enrolled: int
    already_enrolled: int
    deactivated: int
    invalid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.member_result import MemberResult # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        created = self.created

        enrolled = self.enrolled

        already_enrolled = self.already_enrolled

        deactivated = self.deactivated

        invalid = self.invalid


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "created": created,
            "enrolled": enrolled,
            "already_enrolled": already_enrolled,
            "deactivated": deactivated,
            "invalid": invalid,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_result import MemberResult # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = MemberResult.from_dict(items_item_data)



            items.append(items_item)


        created = d.pop("created")

        enrolled = d.pop("enrolled")

        already_enrolled = d.pop("already_enrolled")

        deactivated = d.pop("deactivated")

        invalid = d.pop("invalid")

        roster_sync_result = cls(
            items=items,
            created=created,
            enrolled=enrolled,
            already_enrolled=already_enrolled,
            deactivated=deactivated,
            invalid=invalid,
        )


        roster_sync_result.additional_properties = d
        return roster_sync_result

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
