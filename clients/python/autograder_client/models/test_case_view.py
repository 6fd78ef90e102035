from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.compare_mode import CompareMode
from ..models.test_kind import TestKind
from ..models.validation_state import ValidationState
from ..models.visibility import Visibility
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TestCaseView")



@_attrs_define
class TestCaseView:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            name (str): The name shown for it
            kind (TestKind):
            visibility (Visibility):
            input_ (None | str | Unset): What the test gives the program: stdin for `io` and `checker` tests; for `call`
                tests a Python expression evaluated in the student's module, e.g. `add(1, 2)`
            expected (None | str | Unset): What the test expects: the output text for `io` (compared by `compare_mode`) and
                `checker` tests (handed to the checker); for `call` tests the JSON of the return value, e.g. `3` or `"cba"`
            compare_mode (CompareMode | None | Unset): How output is compared: `exact`, `ignore_trailing_whitespace`,
                `case_insensitive`, `numeric_tolerance` (with `tolerance`) or `regex` (a full match under RE2)
            weight (float | None | Unset): The test's share of the question's points, relative to the other tests' weights
            validation (None | Unset | ValidationState): Whether the reference solution passes this test: `pending`,
                `valid`, `invalid` or `unchecked` (no reference solution)
            validation_reason (None | str | Unset): Why validation failed (verdict and excerpt); empty when it passed
     """

    id: int
    name: str
    kind: TestKind
    visibility: Visibility
    input_: None | str | Unset = UNSET
    expected: None | str | Unset = UNSET
    compare_mode: CompareMode | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    validation: None | Unset | ValidationState = UNSET
    validation_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        visibility = self.visibility.value

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
        elif isinstance(self.compare_mode, CompareMode):
            compare_mode = self.compare_mode.value
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
        elif isinstance(self.validation, ValidationState):
            validation = self.validation.value
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

        kind = TestKind(d.pop("kind"))




        visibility = Visibility(d.pop("visibility"))




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


        def _parse_compare_mode(data: object) -> CompareMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compare_mode_type_0 = CompareMode(data)



                return compare_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompareMode | None | Unset, data)

        compare_mode = _parse_compare_mode(d.pop("compare_mode", UNSET))


        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))


        def _parse_validation(data: object) -> None | Unset | ValidationState:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validation_type_0 = ValidationState(data)



                return validation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationState, data)

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
