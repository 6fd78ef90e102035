from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.late_policy_mode import LatePolicyMode
from ..types import UNSET, Unset






T = TypeVar("T", bound="LatePolicy")



@_attrs_define
class LatePolicy:
    """ 
        Attributes:
            mode (LatePolicyMode | Unset):
            penalty_per_day (float | Unset): The share of the score taken per day late (0 to 1); a started day counts
                Default: 0.0.
            max_penalty (float | Unset): The largest share taken in total (0 to 1) Default: 1.0.
     """

    mode: LatePolicyMode | Unset = UNSET
    penalty_per_day: float | Unset = 0.0
    max_penalty: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value


        penalty_per_day = self.penalty_per_day

        max_penalty = self.max_penalty


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if mode is not UNSET:
            field_dict["mode"] = mode
        if penalty_per_day is not UNSET:
            field_dict["penalty_per_day"] = penalty_per_day
        if max_penalty is not UNSET:
            field_dict["max_penalty"] = max_penalty

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: LatePolicyMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = LatePolicyMode(_mode)




        penalty_per_day = d.pop("penalty_per_day", UNSET)

        max_penalty = d.pop("max_penalty", UNSET)

        late_policy = cls(
            mode=mode,
            penalty_per_day=penalty_per_day,
            max_penalty=max_penalty,
        )


        late_policy.additional_properties = d
        return late_policy

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
