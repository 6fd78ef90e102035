from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.test_insight import TestInsight





T = TypeVar("T", bound="QuestionInsight")



@_attrs_define
class QuestionInsight:
    """ 
        Attributes:
            item_id (int): The assignment's id
            question_id (int): The question's id
            students (int): Students with at least one graded attempt
            solved_students (int): Students with an accepted attempt
            avg_attempts_to_first_pass (float | None): Mean attempts up to the first accepted one, over students who solved
                it; null: none
            avg_seconds_to_first_pass (float | None): Mean seconds from the first attempt to the first accepted one; null:
                none solved
            tests (list[TestInsight]): The test cases, in order
            fails_first (list[int]): Test ids, the test most students fail first first
            updated_at (datetime.datetime | None): When it last changed (UTC)
     """

    item_id: int
    question_id: int
    students: int
    solved_students: int
    avg_attempts_to_first_pass: float | None
    avg_seconds_to_first_pass: float | None
    tests: list[TestInsight]
    fails_first: list[int]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.test_insight import TestInsight # noqa: PLC0415
        item_id = self.item_id

        question_id = self.question_id

        students = self.students

        solved_students = self.solved_students

        avg_attempts_to_first_pass: float | None
        avg_attempts_to_first_pass = self.avg_attempts_to_first_pass

        avg_seconds_to_first_pass: float | None
        avg_seconds_to_first_pass = self.avg_seconds_to_first_pass

        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)



        fails_first = self.fails_first



        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "item_id": item_id,
            "question_id": question_id,
            "students": students,
            "solved_students": solved_students,
            "avg_attempts_to_first_pass": avg_attempts_to_first_pass,
            "avg_seconds_to_first_pass": avg_seconds_to_first_pass,
            "tests": tests,
            "fails_first": fails_first,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_insight import TestInsight # noqa: PLC0415
        d = dict(src_dict)
        item_id = d.pop("item_id")

        question_id = d.pop("question_id")

        students = d.pop("students")

        solved_students = d.pop("solved_students")

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


        tests = []
        _tests = d.pop("tests")
        for tests_item_data in (_tests):
            tests_item = TestInsight.from_dict(tests_item_data)



            tests.append(tests_item)


        fails_first = cast(list[int], d.pop("fails_first"))


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


        question_insight = cls(
            item_id=item_id,
            question_id=question_id,
            students=students,
            solved_students=solved_students,
            avg_attempts_to_first_pass=avg_attempts_to_first_pass,
            avg_seconds_to_first_pass=avg_seconds_to_first_pass,
            tests=tests,
            fails_first=fails_first,
            updated_at=updated_at,
        )


        question_insight.additional_properties = d
        return question_insight

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
