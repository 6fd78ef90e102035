from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verdict import Verdict
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
            old_verdict (None | Verdict): The verdict before the rejudge
            new_score (float): The score after (points); null: none
            new_verdict (Verdict):
            changed (bool): Whether the rejudge changed the verdict or the score
            override_in_force (float | None | Unset): The score of the staff override in force on this attempt (null: none);
                while it stands, the new score does not count
            grade_overridden (bool | Unset): The student's counted grade of this question is set by an override Default:
                False.
     """

    attempt_id: int
    user_id: int
    old_score: float | None
    old_verdict: None | Verdict
    new_score: float
    new_verdict: Verdict
    changed: bool
    override_in_force: float | None | Unset = UNSET
    grade_overridden: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempt_id = self.attempt_id

        user_id = self.user_id

        old_score: float | None
        old_score = self.old_score

        old_verdict: None | str
        if isinstance(self.old_verdict, Verdict):
            old_verdict = self.old_verdict.value
        else:
            old_verdict = self.old_verdict

        new_score = self.new_score

        new_verdict = self.new_verdict.value

        changed = self.changed

        override_in_force: float | None | Unset
        if isinstance(self.override_in_force, Unset):
            override_in_force = UNSET
        else:
            override_in_force = self.override_in_force

        grade_overridden = self.grade_overridden


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
        if override_in_force is not UNSET:
            field_dict["override_in_force"] = override_in_force
        if grade_overridden is not UNSET:
            field_dict["grade_overridden"] = grade_overridden

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


        def _parse_old_verdict(data: object) -> None | Verdict:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                old_verdict_type_0 = Verdict(data)



                return old_verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Verdict, data)

        old_verdict = _parse_old_verdict(d.pop("old_verdict"))


        new_score = d.pop("new_score")

        new_verdict = Verdict(d.pop("new_verdict"))




        changed = d.pop("changed")

        def _parse_override_in_force(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        override_in_force = _parse_override_in_force(d.pop("override_in_force", UNSET))


        grade_overridden = d.pop("grade_overridden", UNSET)

        rejudge_item = cls(
            attempt_id=attempt_id,
            user_id=user_id,
            old_score=old_score,
            old_verdict=old_verdict,
            new_score=new_score,
            new_verdict=new_verdict,
            changed=changed,
            override_in_force=override_in_force,
            grade_overridden=grade_overridden,
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
