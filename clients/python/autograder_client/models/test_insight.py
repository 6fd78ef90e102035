from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.wrong_answer import WrongAnswer





T = TypeVar("T", bound="TestInsight")



@_attrs_define
class TestInsight:
    """ 
        Attributes:
            test_id (int): The test case's id
            name (str): The name shown for it
            failing_students (int): Students with at least one attempt failing this test
            failing_attempts (int): Attempts failing this test
            first_failure_students (int): Students for whom this was the first failing test
            first_failure_share (float): Share (0 to 1) of the students with graded attempts for whom this was the first
                failing test
            wrong_answers (list[WrongAnswer]): The most common wrong outputs, most students first
     """

    test_id: int
    name: str
    failing_students: int
    failing_attempts: int
    first_failure_students: int
    first_failure_share: float
    wrong_answers: list[WrongAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.wrong_answer import WrongAnswer # noqa: PLC0415
        test_id = self.test_id

        name = self.name

        failing_students = self.failing_students

        failing_attempts = self.failing_attempts

        first_failure_students = self.first_failure_students

        first_failure_share = self.first_failure_share

        wrong_answers = []
        for wrong_answers_item_data in self.wrong_answers:
            wrong_answers_item = wrong_answers_item_data.to_dict()
            wrong_answers.append(wrong_answers_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "test_id": test_id,
            "name": name,
            "failing_students": failing_students,
            "failing_attempts": failing_attempts,
            "first_failure_students": first_failure_students,
            "first_failure_share": first_failure_share,
            "wrong_answers": wrong_answers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wrong_answer import WrongAnswer # noqa: PLC0415
        d = dict(src_dict)
        test_id = d.pop("test_id")

        name = d.pop("name")

        failing_students = d.pop("failing_students")

        failing_attempts = d.pop("failing_attempts")

        first_failure_students = d.pop("first_failure_students")

        first_failure_share = d.pop("first_failure_share")

        wrong_answers = []
        _wrong_answers = d.pop("wrong_answers")
        for wrong_answers_item_data in (_wrong_answers):
            wrong_answers_item = WrongAnswer.from_dict(wrong_answers_item_data)



            wrong_answers.append(wrong_answers_item)


        test_insight = cls(
            test_id=test_id,
            name=name,
            failing_students=failing_students,
            failing_attempts=failing_attempts,
            first_failure_students=first_failure_students,
            first_failure_share=first_failure_share,
            wrong_answers=wrong_answers,
        )


        test_insight.additional_properties = d
        return test_insight

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
