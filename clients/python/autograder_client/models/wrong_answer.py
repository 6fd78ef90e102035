from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="WrongAnswer")



@_attrs_define
class WrongAnswer:
    """ 
        Attributes:
            verdict (str): The outcome: `accepted`, `wrong_answer`, `time_limit`, `memory_limit`, `output_limit`,
                `runtime_error`, `compile_error` (the first failing test's); null until graded
            output (str): The wrong output, normalized by the test's compare mode
            students (int): How many students produced it
            attempts (int): Graded attempts
            example_attempt (int | None): One attempt that produced it (its id)
            first_failure_students (int): Students for whom this output was their first failure
            first_failure_share (float): Share (0 to 1) of those students among the students with graded attempts
     """

    verdict: str
    output: str
    students: int
    attempts: int
    example_attempt: int | None
    first_failure_students: int
    first_failure_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict

        output = self.output

        students = self.students

        attempts = self.attempts

        example_attempt: int | None
        example_attempt = self.example_attempt

        first_failure_students = self.first_failure_students

        first_failure_share = self.first_failure_share


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "verdict": verdict,
            "output": output,
            "students": students,
            "attempts": attempts,
            "example_attempt": example_attempt,
            "first_failure_students": first_failure_students,
            "first_failure_share": first_failure_share,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = d.pop("verdict")

        output = d.pop("output")

        students = d.pop("students")

        attempts = d.pop("attempts")

        def _parse_example_attempt(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        example_attempt = _parse_example_attempt(d.pop("example_attempt"))


        first_failure_students = d.pop("first_failure_students")

        first_failure_share = d.pop("first_failure_share")

        wrong_answer = cls(
            verdict=verdict,
            output=output,
            students=students,
            attempts=attempts,
            example_attempt=example_attempt,
            first_failure_students=first_failure_students,
            first_failure_share=first_failure_share,
        )


        wrong_answer.additional_properties = d
        return wrong_answer

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
