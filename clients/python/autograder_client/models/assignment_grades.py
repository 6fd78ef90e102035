from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_mode import AssignmentMode
from typing import cast

if TYPE_CHECKING:
  from ..models.effective_dates import EffectiveDates
  from ..models.question_grade import QuestionGrade





T = TypeVar("T", bound="AssignmentGrades")



@_attrs_define
class AssignmentGrades:
    """ 
        Attributes:
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            title (str): The title people see
            mode (AssignmentMode):
            results_released (bool): False while an exam's results are held from students: scores and results are null until
                staff release them or `feedback_release_at` passes
            dates (EffectiveDates):
            score (float | None): The caller's counted scores in this assignment summed; null while results are held
            max_score (float): The points this question is worth in this assignment
            questions (list[QuestionGrade]): The questions, in order
     """

    assignment_id: int
    title: str
    mode: AssignmentMode
    results_released: bool
    dates: EffectiveDates
    score: float | None
    max_score: float
    questions: list[QuestionGrade]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        from ..models.question_grade import QuestionGrade # noqa: PLC0415
        assignment_id = self.assignment_id

        title = self.title

        mode = self.mode.value

        results_released = self.results_released

        dates = self.dates.to_dict()

        score: float | None
        score = self.score

        max_score = self.max_score

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "title": title,
            "mode": mode,
            "results_released": results_released,
            "dates": dates,
            "score": score,
            "max_score": max_score,
            "questions": questions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        from ..models.question_grade import QuestionGrade # noqa: PLC0415
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        title = d.pop("title")

        mode = AssignmentMode(d.pop("mode"))




        results_released = d.pop("results_released")

        dates = EffectiveDates.from_dict(d.pop("dates"))




        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        max_score = d.pop("max_score")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = QuestionGrade.from_dict(questions_item_data)



            questions.append(questions_item)


        assignment_grades = cls(
            assignment_id=assignment_id,
            title=title,
            mode=mode,
            results_released=results_released,
            dates=dates,
            score=score,
            max_score=max_score,
            questions=questions,
        )


        assignment_grades.additional_properties = d
        return assignment_grades

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
