from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_mode import AssignmentMode
from typing import cast

if TYPE_CHECKING:
  from ..models.snapshot_question import SnapshotQuestion





T = TypeVar("T", bound="SnapshotAssignment")



@_attrs_define
class SnapshotAssignment:
    """ 
        Attributes:
            assignment_id (int): The assignment's id (its content item's, as `assignment_id` in grade events)
            title (str): The title people see
            mode (AssignmentMode):
            published (bool): Students can see it
            held (bool): An exam whose results are not released: its grades are not for students or an LMS yet; a `released`
                event per grade follows the release
            max_score (float): Points possible: the sum of its questions' points
            questions (list[SnapshotQuestion]): Its questions, in order, with their points possible
     """

    assignment_id: int
    title: str
    mode: AssignmentMode
    published: bool
    held: bool
    max_score: float
    questions: list[SnapshotQuestion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.snapshot_question import SnapshotQuestion # noqa: PLC0415
        assignment_id = self.assignment_id

        title = self.title

        mode = self.mode.value

        published = self.published

        held = self.held

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
            "published": published,
            "held": held,
            "max_score": max_score,
            "questions": questions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot_question import SnapshotQuestion # noqa: PLC0415
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        title = d.pop("title")

        mode = AssignmentMode(d.pop("mode"))




        published = d.pop("published")

        held = d.pop("held")

        max_score = d.pop("max_score")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = SnapshotQuestion.from_dict(questions_item_data)



            questions.append(questions_item)


        snapshot_assignment = cls(
            assignment_id=assignment_id,
            title=title,
            mode=mode,
            published=published,
            held=held,
            max_score=max_score,
            questions=questions,
        )


        snapshot_assignment.additional_properties = d
        return snapshot_assignment

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
