from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TestCaseView")



@_attrs_define
class TestCaseView:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            name (str): The name shown for it
            kind (str): How the test runs: `io` (stdin to stdout), `call` (a Python expression's return value, Python only)
                or `checker` (the question's checker program judges the output)
            visibility (str): `visible`: students see its input, expected output and result; `hidden`: only that it passed
            input_ (None | str | Unset): What the test gives the program: stdin for `io` and `checker` tests; for `call`
                tests a Python expression evaluated in the student's module, e.g. `add(1, 2)`
            expected (None | str | Unset): What the test expects: the output text for `io` (compared by `compare_mode`) and
                `checker` tests (handed to the checker); for `call` tests the JSON of the return value, e.g. `3` or `"cba"`
            compare_mode (None | str | Unset): How output is compared: `exact`, `ignore_trailing_whitespace`,
                `case_insensitive`, `numeric_tolerance` (with `tolerance`) or `regex` (a full match under RE2)
            weight (float | None | Unset): The test's share of the question's points, relative to the other tests' weights
            validation (None | str | Unset): Whether the reference solution passes this test: `pending`, `valid`, `invalid`
                or `unchecked` (no reference solution)
            validation_reason (None | str | Unset): Why validation failed (verdict and excerpt); empty when it passed
     """

    id: int
    name: str
    kind: str
    visibility: str
    input_: None | str | Unset = UNSET
    expected: None | str | Unset = UNSET
    compare_mode: None | str | Unset = UNSET
    weight: float | None | Unset = UNSET
    validation: None | str | Unset = UNSET
    validation_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind

        visibility = self.visibility

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

        compare_mode: None | str | Unset
        if isinstance(self.compare_mode, Unset):
            compare_mode = UNSET
        else:
            compare_mode = self.compare_mode

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        validation: None | str | Unset
        if isinstance(self.validation, Unset):
            validation = UNSET
        else:
            validation = self.validation

        validation_reason: None | str | Unset
        if isinstance(self.validation_reason, Unset):
            validation_reason = UNSET
        else:
            validation_reason = self.validation_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "kind": kind,
            "visibility": visibility,
        })
        if input_ is not UNSET:
            field_dict["input"] = input_
        if expected is not UNSET:
            field_dict["expected"] = expected
        if compare_mode is not UNSET:
            field_dict["compare_mode"] = compare_mode
        if weight is not UNSET:
            field_dict["weight"] = weight
        if validation is not UNSET:
            field_dict["validation"] = validation
        if validation_reason is not UNSET:
            field_dict["validation_reason"] = validation_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = d.pop("kind")

        visibility = d.pop("visibility")

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


        def _parse_compare_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compare_mode = _parse_compare_mode(d.pop("compare_mode", UNSET))


        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))


        def _parse_validation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation = _parse_validation(d.pop("validation", UNSET))


        def _parse_validation_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_reason = _parse_validation_reason(d.pop("validation_reason", UNSET))


        test_case_view = cls(
            id=id,
            name=name,
            kind=kind,
            visibility=visibility,
            input_=input_,
            expected=expected,
            compare_mode=compare_mode,
            weight=weight,
            validation=validation,
            validation_reason=validation_reason,
        )


        test_case_view.additional_properties = d
        return test_case_view

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
