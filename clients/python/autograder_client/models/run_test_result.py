from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verdict import Verdict
from ..models.visibility import Visibility
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RunTestResult")



@_attrs_define
class RunTestResult:
    """ 
        Attributes:
            test_id (int): The test case's id
            name (str): The name shown for it
            visibility (Visibility):
            passed (bool): Whether the test passed
            verdict (Verdict):
            time_ms (int | None): Wall time the test took, in milliseconds
            input_ (None | str | Unset): What the test gives the program: stdin for `io` and `checker` tests; for `call`
                tests a Python expression evaluated in the student's module, e.g. `add(1, 2)`
            expected (None | str | Unset): What the test expects: the output text for `io` (compared by `compare_mode`) and
                `checker` tests (handed to the checker); for `call` tests the JSON of the return value, e.g. `3` or `"cba"`
            output_excerpt (None | str | Unset): The start of the program's output (or why it failed), at most 500
                characters; whitespace differences are marked (· space, → tab, ⏎ line end)
     """

    test_id: int
    name: str
    visibility: Visibility
    passed: bool
    verdict: Verdict
    time_ms: int | None
    input_: None | str | Unset = UNSET
    expected: None | str | Unset = UNSET
    output_excerpt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        name = self.name

        visibility = self.visibility.value

        passed = self.passed

        verdict = self.verdict.value

        time_ms: int | None
        time_ms = self.time_ms

        input_: None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        expected: None | str | Unset
        if isinstance(self.expected, Unset):
            expected = UNSET
        else:
            expected = self.expected

        output_excerpt: None | str | Unset
        if isinstance(self.output_excerpt, Unset):
            output_excerpt = UNSET
        else:
            output_excerpt = self.output_excerpt


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "test_id": test_id,
            "name": name,
            "visibility": visibility,
            "passed": passed,
            "verdict": verdict,
            "time_ms": time_ms,
        })
        if input_ is not UNSET:
            field_dict["input"] = input_
        if expected is not UNSET:
            field_dict["expected"] = expected
        if output_excerpt is not UNSET:
            field_dict["output_excerpt"] = output_excerpt

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        name = d.pop("name")

        visibility = Visibility(d.pop("visibility"))




        passed = d.pop("passed")

        verdict = Verdict(d.pop("verdict"))




        def _parse_time_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_ms = _parse_time_ms(d.pop("time_ms"))


        def _parse_input_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))


        def _parse_expected(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected = _parse_expected(d.pop("expected", UNSET))


        def _parse_output_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_excerpt = _parse_output_excerpt(d.pop("output_excerpt", UNSET))


        run_test_result = cls(
            test_id=test_id,
            name=name,
            visibility=visibility,
            passed=passed,
            verdict=verdict,
            time_ms=time_ms,
            input_=input_,
            expected=expected,
            output_excerpt=output_excerpt,
        )


        run_test_result.additional_properties = d
        return run_test_result

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
