from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RejudgeItem")



@_attrs_define
class RejudgeItem:
    """ 
        Attributes:
            attempt_id (int): The submission attempt's id (`/api/submissions/{attempt_id}`)
            user_id (int): The student's user id
            old_score (float | None): The score before (points); null: it had none
            old_verdict (None | str): The verdict before the rejudge
            new_score (float): The score after (points); null: none
            new_verdict (str): The verdict of the rejudge; null until judged
            changed (bool): Whether the rejudge changed the verdict or the score
     """

    attempt_id: int
    user_id: int
    old_score: float | None
    old_verdict: None | str
    new_score: float
    new_verdict: str
    changed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempt_id = self.attempt_id

        user_id = self.user_id

        old_score: float | None
        old_score = self.old_score

        old_verdict: None | str
        old_verdict = self.old_verdict

        new_score = self.new_score

        new_verdict = self.new_verdict

        changed = self.changed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempt_id": attempt_id,
            "user_id": user_id,
            "old_score": old_score,
            "old_verdict": old_verdict,
            "new_score": new_score,
            "new_verdict": new_verdict,
            "changed": changed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt_id = d.pop("attempt_id")

        user_id = d.pop("user_id")

        def _parse_old_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        old_score = _parse_old_score(d.pop("old_score"))


        def _parse_old_verdict(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        old_verdict = _parse_old_verdict(d.pop("old_verdict"))


        new_score = d.pop("new_score")

        new_verdict = d.pop("new_verdict")

        changed = d.pop("changed")

        rejudge_item = cls(
            attempt_id=attempt_id,
            user_id=user_id,
            old_score=old_score,
            old_verdict=old_verdict,
            new_score=new_score,
            new_verdict=new_verdict,
            changed=changed,
        )


        rejudge_item.additional_properties = d
        return rejudge_item

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
