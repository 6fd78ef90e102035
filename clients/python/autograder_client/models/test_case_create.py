from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.compare_mode import CompareMode
from ..models.test_kind import TestKind
from ..models.visibility import Visibility
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TestCaseCreate")



@_attrs_define
class TestCaseCreate:
    """ 
        Attributes:
            name (str): The test's name, shown to students for visible tests
            kind (TestKind | Unset):
            input_ (str | Unset): What the test gives the program: stdin for `io` and `checker` tests; for `call` tests a
                Python expression evaluated in the student's module, e.g. `add(1, 2)` Default: ''.
            expected (str | Unset): What the test expects: the output text for `io` (compared by `compare_mode`) and
                `checker` tests (handed to the checker); for `call` tests the JSON of the return value, e.g. `3` or `"cba"`
                Default: ''.
            compare_mode (CompareMode | Unset):
            tolerance (float | None | Unset): only for the numeric_tolerance compare mode
            weight (float | Unset): The test's share of the question's points, relative to the other tests' weights Default:
                1.0.
            visibility (Visibility | Unset):
            order (int | None | Unset): Position in the list, from 0; left out: at the end
     """

    name: str
    kind: TestKind | Unset = UNSET
    input_: str | Unset = ''
    expected: str | Unset = ''
    compare_mode: CompareMode | Unset = UNSET
    tolerance: float | None | Unset = UNSET
    weight: float | Unset = 1.0
    visibility: Visibility | Unset = UNSET
    order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        input_ = self.input_

        expected = self.expected

        compare_mode: str | Unset = UNSET
        if not isinstance(self.compare_mode, Unset):
            compare_mode = self.compare_mode.value


        tolerance: float | None | Unset
        if isinstance(self.tolerance, Unset):
            tolerance = UNSET
        else:
            tolerance = self.tolerance

        weight = self.weight

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value


        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if input_ is not UNSET:
            field_dict["input"] = input_
        if expected is not UNSET:
            field_dict["expected"] = expected
        if compare_mode is not UNSET:
            field_dict["compare_mode"] = compare_mode
        if tolerance is not UNSET:
            field_dict["tolerance"] = tolerance
        if weight is not UNSET:
            field_dict["weight"] = weight
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _kind = d.pop("kind", UNSET)
        kind: TestKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = TestKind(_kind)




        input_ = d.pop("input", UNSET)

        expected = d.pop("expected", UNSET)

        _compare_mode = d.pop("compare_mode", UNSET)
        compare_mode: CompareMode | Unset
        if isinstance(_compare_mode,  Unset):
            compare_mode = UNSET
        else:
            compare_mode = CompareMode(_compare_mode)




        def _parse_tolerance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tolerance = _parse_tolerance(d.pop("tolerance", UNSET))


        weight = d.pop("weight", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility,  Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)




        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))


        test_case_create = cls(
            name=name,
            kind=kind,
            input_=input_,
            expected=expected,
            compare_mode=compare_mode,
            tolerance=tolerance,
            weight=weight,
            visibility=visibility,
            order=order,
        )


        test_case_create.additional_properties = d
        return test_case_create

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
