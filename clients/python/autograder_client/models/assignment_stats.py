from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.question_stats import QuestionStats





T = TypeVar("T", bound="AssignmentStats")



@_attrs_define
class AssignmentStats:
    """ 
        Attributes:
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            questions (list[QuestionStats]): Statistics per question
     """

    assignment_id: int
    questions: list[QuestionStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.question_stats import QuestionStats # noqa: PLC0415
        assignment_id = self.assignment_id

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "questions": questions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_stats import QuestionStats # noqa: PLC0415
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = QuestionStats.from_dict(questions_item_data)



            questions.append(questions_item)


        assignment_stats = cls(
            assignment_id=assignment_id,
            questions=questions,
        )


        assignment_stats.additional_properties = d
        return assignment_stats

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
