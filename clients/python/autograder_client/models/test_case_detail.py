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






T = TypeVar("T", bound="TestCaseDetail")



@_attrs_define
class TestCaseDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            name (str): The name shown for it
            kind (TestKind):
            input_ (str): What the test gives the program: stdin for `io` and `checker` tests; for `call` tests a Python
                expression evaluated in the student's module, e.g. `add(1, 2)`
            expected (str): What the test expects: the output text for `io` (compared by `compare_mode`) and `checker` tests
                (handed to the checker); for `call` tests the JSON of the return value, e.g. `3` or `"cba"`
            compare_mode (CompareMode):
            tolerance (float): For `numeric_tolerance`: the largest absolute or relative difference accepted
            weight (float): The test's share of the question's points, relative to the other tests' weights
            visibility (Visibility):
            order (int): Position in the list, from 0; left out: at the end
            validation (ValidationState): A test checked against its question's reference solution (`unchecked`: the
                question has none).
            validation_reason (str): Why validation failed (verdict and excerpt); empty when it passed
     """

    id: int
    name: str
    kind: TestKind
    input_: str
    expected: str
    compare_mode: CompareMode
    tolerance: float
    weight: float
    visibility: Visibility
    order: int
    validation: ValidationState
    validation_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        input_ = self.input_

        expected = self.expected

        compare_mode = self.compare_mode.value

        tolerance = self.tolerance

        weight = self.weight

        visibility = self.visibility.value

        order = self.order

        validation = self.validation.value

        validation_reason = self.validation_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "kind": kind,
            "input": input_,
            "expected": expected,
            "compare_mode": compare_mode,
            "tolerance": tolerance,
            "weight": weight,
            "visibility": visibility,
            "order": order,
            "validation": validation,
            "validation_reason": validation_reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = TestKind(d.pop("kind"))




        input_ = d.pop("input")

        expected = d.pop("expected")

        compare_mode = CompareMode(d.pop("compare_mode"))




        tolerance = d.pop("tolerance")

        weight = d.pop("weight")

        visibility = Visibility(d.pop("visibility"))




        order = d.pop("order")

        validation = ValidationState(d.pop("validation"))




        validation_reason = d.pop("validation_reason")

        test_case_detail = cls(
            id=id,
            name=name,
            kind=kind,
            input_=input_,
            expected=expected,
            compare_mode=compare_mode,
            tolerance=tolerance,
            weight=weight,
            visibility=visibility,
            order=order,
            validation=validation,
            validation_reason=validation_reason,
        )


        test_case_detail.additional_properties = d
        return test_case_detail

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
