from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.grade_cause import GradeCause
from typing import cast
import datetime






T = TypeVar("T", bound="GradeEventView")



@_attrs_define
class GradeEventView:
    """ 
        Attributes:
            seq (int): The ledger's sequence number: pass the last one read as `after` to resume
            student_id (int): The student's user id (the `user_id` of the grade snapshot; not the roster's student number)
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            question_id (int): The question's id
            attempt_id (int | None): The submission attempt's id (`/api/submissions/{attempt_id}`)
            old_score (float | None): The score before (points); null: it had none
            new_score (float | None): The score after (points); null: none
            cause (GradeCause): Why a student's counted question grade moved: one `grade_event` row each time.
            held (bool): The exam's results were held at the time: not for students or integrations until the `released`
                event that follows
            actor_id (int | None): Who made the change (user id); null for the workers and the exam clock
            created_at (datetime.datetime): When it was created (UTC, ISO 8601)
     """

    seq: int
    student_id: int
    assignment_id: int
    question_id: int
    attempt_id: int | None
    old_score: float | None
    new_score: float | None
    cause: GradeCause
    held: bool
    actor_id: int | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        student_id = self.student_id

        assignment_id = self.assignment_id

        question_id = self.question_id

        attempt_id: int | None
        attempt_id = self.attempt_id

        old_score: float | None
        old_score = self.old_score

        new_score: float | None
        new_score = self.new_score

        cause = self.cause.value

        held = self.held

        actor_id: int | None
        actor_id = self.actor_id

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "student_id": student_id,
            "assignment_id": assignment_id,
            "question_id": question_id,
            "attempt_id": attempt_id,
            "old_score": old_score,
            "new_score": new_score,
            "cause": cause,
            "held": held,
            "actor_id": actor_id,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        student_id = d.pop("student_id")

        assignment_id = d.pop("assignment_id")

        question_id = d.pop("question_id")

        def _parse_attempt_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        attempt_id = _parse_attempt_id(d.pop("attempt_id"))


        def _parse_old_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        old_score = _parse_old_score(d.pop("old_score"))


        def _parse_new_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        new_score = _parse_new_score(d.pop("new_score"))


        cause = GradeCause(d.pop("cause"))




        held = d.pop("held")

        def _parse_actor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        grade_event_view = cls(
            seq=seq,
            student_id=student_id,
            assignment_id=assignment_id,
            question_id=question_id,
            attempt_id=attempt_id,
            old_score=old_score,
            new_score=new_score,
            cause=cause,
            held=held,
            actor_id=actor_id,
            created_at=created_at,
        )


        grade_event_view.additional_properties = d
        return grade_event_view

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
