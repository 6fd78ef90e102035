from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="QuestionGrade")



@_attrs_define
class QuestionGrade:
    """ 
        Attributes:
            question_id (int): The question's id
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            title (str): The title people see
            points (float): The question's points possible in this assignment
            score (float | None): Points earned, after the late penalty (and an override, where one is in force); null: not
                graded yet
            overridden (bool): Whether a staff override set this score
            attempts_used (int): Attempts made so far
            attempts_left (int | None): Attempts remaining; null: unlimited
     """

    question_id: int
    slug: str
    title: str
    points: float
    score: float | None
    overridden: bool
    attempts_used: int
    attempts_left: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        slug = self.slug

        title = self.title

        points = self.points

        score: float | None
        score = self.score

        overridden = self.overridden

        attempts_used = self.attempts_used

        attempts_left: int | None
        attempts_left = self.attempts_left


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "question_id": question_id,
            "slug": slug,
            "title": title,
            "points": points,
            "score": score,
            "overridden": overridden,
            "attempts_used": attempts_used,
            "attempts_left": attempts_left,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = d.pop("question_id")

        slug = d.pop("slug")

        title = d.pop("title")

        points = d.pop("points")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        overridden = d.pop("overridden")

        attempts_used = d.pop("attempts_used")

        def _parse_attempts_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        attempts_left = _parse_attempts_left(d.pop("attempts_left"))


        question_grade = cls(
            question_id=question_id,
            slug=slug,
            title=title,
            points=points,
            score=score,
            overridden=overridden,
            attempts_used=attempts_used,
            attempts_left=attempts_left,
        )


        question_grade.additional_properties = d
        return question_grade

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
