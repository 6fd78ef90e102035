from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SnapshotGrade")



@_attrs_define
class SnapshotGrade:
    """ 
        Attributes:
            user_id (int): The student's user id (as in `students`)
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            question_id (int): The question's id
            score (float): The counted score in points
            sequence (int | None): The sequence number of the grade event that last moved this grade (an integration that
                already applied that event, or a later one, of this grade has nothing to apply from the snapshot)
     """

    user_id: int
    assignment_id: int
    question_id: int
    score: float
    sequence: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        assignment_id = self.assignment_id

        question_id = self.question_id

        score = self.score

        sequence: int | None
        sequence = self.sequence


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user_id": user_id,
            "assignment_id": assignment_id,
            "question_id": question_id,
            "score": score,
            "sequence": sequence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        assignment_id = d.pop("assignment_id")

        question_id = d.pop("question_id")

        score = d.pop("score")

        def _parse_sequence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sequence = _parse_sequence(d.pop("sequence"))


        snapshot_grade = cls(
            user_id=user_id,
            assignment_id=assignment_id,
            question_id=question_id,
            score=score,
            sequence=sequence,
        )


        snapshot_grade.additional_properties = d
        return snapshot_grade

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
