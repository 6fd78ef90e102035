from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.question_stats_verdict_histogram import QuestionStatsVerdictHistogram





T = TypeVar("T", bound="QuestionStats")



@_attrs_define
class QuestionStats:
    """ 
        Attributes:
            question_id (int): The question's id
            attempts (int): Graded attempts
            distinct_students (int): Students who submitted at least once
            solved_students (int): Students with an accepted attempt
            pass_rate (float): Accepted attempts over graded attempts (0 to 1)
            avg_attempts_to_first_pass (float | None): Mean attempts up to the first accepted one, over students who solved
                it; null: none
            avg_seconds_to_first_pass (float | None): Mean seconds from the first attempt to the first accepted one; null:
                none solved
            verdict_histogram (QuestionStatsVerdictHistogram): Graded attempts per verdict
            updated_at (datetime.datetime | None): When it last changed (UTC)
     """

    question_id: int
    attempts: int
    distinct_students: int
    solved_students: int
    pass_rate: float
    avg_attempts_to_first_pass: float | None
    avg_seconds_to_first_pass: float | None
    verdict_histogram: QuestionStatsVerdictHistogram
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.question_stats_verdict_histogram import QuestionStatsVerdictHistogram # noqa: PLC0415
        question_id = self.question_id

        attempts = self.attempts

        distinct_students = self.distinct_students

        solved_students = self.solved_students

        pass_rate = self.pass_rate

        avg_attempts_to_first_pass: float | None
        avg_attempts_to_first_pass = self.avg_attempts_to_first_pass

        avg_seconds_to_first_pass: float | None
        avg_seconds_to_first_pass = self.avg_seconds_to_first_pass

        verdict_histogram = self.verdict_histogram.to_dict()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "question_id": question_id,
            "attempts": attempts,
            "distinct_students": distinct_students,
            "solved_students": solved_students,
            "pass_rate": pass_rate,
            "avg_attempts_to_first_pass": avg_attempts_to_first_pass,
            "avg_seconds_to_first_pass": avg_seconds_to_first_pass,
            "verdict_histogram": verdict_histogram,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_stats_verdict_histogram import QuestionStatsVerdictHistogram # noqa: PLC0415
        d = dict(src_dict)
        question_id = d.pop("question_id")

        attempts = d.pop("attempts")

        distinct_students = d.pop("distinct_students")

        solved_students = d.pop("solved_students")

        pass_rate = d.pop("pass_rate")

        def _parse_avg_attempts_to_first_pass(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_attempts_to_first_pass = _parse_avg_attempts_to_first_pass(d.pop("avg_attempts_to_first_pass"))


        def _parse_avg_seconds_to_first_pass(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_seconds_to_first_pass = _parse_avg_seconds_to_first_pass(d.pop("avg_seconds_to_first_pass"))


        verdict_histogram = QuestionStatsVerdictHistogram.from_dict(d.pop("verdict_histogram"))




        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)



                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))


        question_stats = cls(
            question_id=question_id,
            attempts=attempts,
            distinct_students=distinct_students,
            solved_students=solved_students,
            pass_rate=pass_rate,
            avg_attempts_to_first_pass=avg_attempts_to_first_pass,
            avg_seconds_to_first_pass=avg_seconds_to_first_pass,
            verdict_histogram=verdict_histogram,
            updated_at=updated_at,
        )


        question_stats.additional_properties = d
        return question_stats

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
