from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from ..models.run_code_tests_type_1 import RunCodeTestsType1
from ..models.run_code_tests_type_2_type_1 import RunCodeTestsType2Type1
from ..models.run_code_tests_type_3_type_1 import RunCodeTestsType3Type1
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RunCode")



@_attrs_define
class RunCode:
    """ 
        Attributes:
            code (str): The program to run (not stored as an attempt)
            language (Language):
            stdin (None | str | Unset): What the program reads on stdin (at most 64 KiB); null when `tests` is sent
            tests (None | RunCodeTestsType1 | RunCodeTestsType2Type1 | RunCodeTestsType3Type1 | Unset): `visible`: run
                against the question's visible tests instead of `stdin`
     """

    code: str
    language: Language
    stdin: None | str | Unset = UNSET
    tests: None | RunCodeTestsType1 | RunCodeTestsType2Type1 | RunCodeTestsType3Type1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        language = self.language.value

        stdin: None | str | Unset
        if isinstance(self.stdin, Unset):
            stdin = UNSET
        else:
            stdin = self.stdin

        tests: None | str | Unset
        if isinstance(self.tests, Unset):
            tests = UNSET
        elif isinstance(self.tests, RunCodeTestsType1):
            tests = self.tests.value
        elif isinstance(self.tests, RunCodeTestsType2Type1):
            tests = self.tests.value
        elif isinstance(self.tests, RunCodeTestsType3Type1):
            tests = self.tests.value
        else:
            tests = self.tests


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "language": language,
        })
        if stdin is not UNSET:
            field_dict["stdin"] = stdin
        if tests is not UNSET:
            field_dict["tests"] = tests

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        language = Language(d.pop("language"))




        def _parse_stdin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stdin = _parse_stdin(d.pop("stdin", UNSET))


        def _parse_tests(data: object) -> None | RunCodeTestsType1 | RunCodeTestsType2Type1 | RunCodeTestsType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tests_type_1 = RunCodeTestsType1(data)



                return tests_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tests_type_2_type_1 = RunCodeTestsType2Type1(data)



                return tests_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tests_type_3_type_1 = RunCodeTestsType3Type1(data)



                return tests_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunCodeTestsType1 | RunCodeTestsType2Type1 | RunCodeTestsType3Type1 | Unset, data)

        tests = _parse_tests(d.pop("tests", UNSET))


        run_code = cls(
            code=code,
            language=language,
            stdin=stdin,
            tests=tests,
        )


        run_code.additional_properties = d
        return run_code

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
