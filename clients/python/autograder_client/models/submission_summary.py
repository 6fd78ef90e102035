from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attempt_status import AttemptStatus
from ..models.verdict import Verdict
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SubmissionSummary")



@_attrs_define
class SubmissionSummary:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            user_id (int): The user's account id (`/api/users/{user_id}`)
            question_id (int): The question's id
            attempt_number (int): The attempt's number for this student and question, from 1
            status (AttemptStatus):
            verdict (None | Verdict): The outcome: `accepted`, `wrong_answer`, `time_limit`, `memory_limit`, `output_limit`,
                `runtime_error`, `compile_error` (the first failing test's); null until graded
            score (float | None): Points earned, after the late penalty (and an override, where one is in force); null: not
                graded yet
            max_score (float | None): The points this question is worth in this assignment
            is_late (bool): Submitted after the due date in force (the student's own with an extension; judged again when
                staff move it or change the late policy); the late policy's penalty is in `score`
            submitted_at (datetime.datetime): When the attempt was received (UTC, the server's clock)
            auto_submitted (bool | Unset): Made by the exam clock at the session's end from the student's last autosave
                Default: False.
     """

    id: int
    user_id: int
    question_id: int
    attempt_number: int
    status: AttemptStatus
    verdict: None | Verdict
    score: float | None
    max_score: float | None
    is_late: bool
    submitted_at: datetime.datetime
    auto_submitted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        question_id = self.question_id

        attempt_number = self.attempt_number

        status = self.status.value

        verdict: None | str
        if isinstance(self.verdict, Verdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict

        score: float | None
        score = self.score

        max_score: float | None
        max_score = self.max_score

        is_late = self.is_late

        submitted_at = self.submitted_at.isoformat()

        auto_submitted = self.auto_submitted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "user_id": user_id,
            "question_id": question_id,
            "attempt_number": attempt_number,
            "status": status,
            "verdict": verdict,
            "score": score,
            "max_score": max_score,
            "is_late": is_late,
            "submitted_at": submitted_at,
        })
        if auto_submitted is not UNSET:
            field_dict["auto_submitted"] = auto_submitted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        question_id = d.pop("question_id")

        attempt_number = d.pop("attempt_number")

        status = AttemptStatus(d.pop("status"))




        def _parse_verdict(data: object) -> None | Verdict:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = Verdict(data)



                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Verdict, data)

        verdict = _parse_verdict(d.pop("verdict"))


        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        def _parse_max_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_score = _parse_max_score(d.pop("max_score"))


        is_late = d.pop("is_late")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))




        auto_submitted = d.pop("auto_submitted", UNSET)

        submission_summary = cls(
            id=id,
            user_id=user_id,
            question_id=question_id,
            attempt_number=attempt_number,
            status=status,
            verdict=verdict,
            score=score,
            max_score=max_score,
            is_late=is_late,
            submitted_at=submitted_at,
            auto_submitted=auto_submitted,
        )


        submission_summary.additional_properties = d
        return submission_summary

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
