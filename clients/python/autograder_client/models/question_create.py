from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.test_case_create import TestCaseCreate





T = TypeVar("T", bound="QuestionCreate")



@_attrs_define
class QuestionCreate:
    """ 
        Attributes:
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            title (str): The title people see
            prompt (str | Unset): The question's statement (Markdown), shown to students Default: ''.
            language (Language | Unset):
            starter_code (str | Unset): The code students start from in the editor Default: ''.
            reference_solution (str | Unset): A solution that passes every test; used to validate tests, never shown to
                students Default: ''.
            default_points (float | Unset): The points the question is worth when an assignment does not set `custom_points`
                Default: 1.0.
            time_limit_ms (int | None | Unset): CPU time limit per test in milliseconds (100 to 60000)
            memory_limit_mb (int | None | Unset): Memory limit per test in MiB (16 to 4096)
            output_limit_kb (int | None | Unset): Output cap per test in KiB (1 to 16384); more output is `output_limit`
            checker (None | str | Unset): A Python program that judges the question's `checker` tests, in a sandbox of its
                own. For each checker test it reads one JSON object `{"input": ..., "expected": ..., "output": ...}` on stdin
                (the test's input, its expected output and the student's output) and prints one JSON object `{"passed": bool,
                "score": number 0..1 (optional, default 1 if passed else 0), "message": str (optional)}`. On update, null (or an
                empty string) removes the checker.
            shared_with_class_id (int | None | Unset): A class whose instructors may also use this question; null: only its
                owner
            tests (list[TestCaseCreate] | Unset): The test cases, in order
     """

    slug: str
    title: str
    prompt: str | Unset = ''
    language: Language | Unset = UNSET
    starter_code: str | Unset = ''
    reference_solution: str | Unset = ''
    default_points: float | Unset = 1.0
    time_limit_ms: int | None | Unset = UNSET
    memory_limit_mb: int | None | Unset = UNSET
    output_limit_kb: int | None | Unset = UNSET
    checker: None | str | Unset = UNSET
    shared_with_class_id: int | None | Unset = UNSET
    tests: list[TestCaseCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.test_case_create import TestCaseCreate # noqa: PLC0415
        slug = self.slug

        title = self.title

        prompt = self.prompt

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value


        starter_code = self.starter_code

        reference_solution = self.reference_solution

        default_points = self.default_points

        time_limit_ms: int | None | Unset
        if isinstance(self.time_limit_ms, Unset):
            time_limit_ms = UNSET
        else:
            time_limit_ms = self.time_limit_ms

        memory_limit_mb: int | None | Unset
        if isinstance(self.memory_limit_mb, Unset):
            memory_limit_mb = UNSET
        else:
            memory_limit_mb = self.memory_limit_mb

        output_limit_kb: int | None | Unset
        if isinstance(self.output_limit_kb, Unset):
            output_limit_kb = UNSET
        else:
            output_limit_kb = self.output_limit_kb

        checker: None | str | Unset
        if isinstance(self.checker, Unset):
            checker = UNSET
        else:
            checker = self.checker

        shared_with_class_id: int | None | Unset
        if isinstance(self.shared_with_class_id, Unset):
            shared_with_class_id = UNSET
        else:
            shared_with_class_id = self.shared_with_class_id

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "title": title,
        })
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if language is not UNSET:
            field_dict["language"] = language
        if starter_code is not UNSET:
            field_dict["starter_code"] = starter_code
        if reference_solution is not UNSET:
            field_dict["reference_solution"] = reference_solution
        if default_points is not UNSET:
            field_dict["default_points"] = default_points
        if time_limit_ms is not UNSET:
            field_dict["time_limit_ms"] = time_limit_ms
        if memory_limit_mb is not UNSET:
            field_dict["memory_limit_mb"] = memory_limit_mb
        if output_limit_kb is not UNSET:
            field_dict["output_limit_kb"] = output_limit_kb
        if checker is not UNSET:
            field_dict["checker"] = checker
        if shared_with_class_id is not UNSET:
            field_dict["shared_with_class_id"] = shared_with_class_id
        if tests is not UNSET:
            field_dict["tests"] = tests

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_case_create import TestCaseCreate # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        prompt = d.pop("prompt", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language,  Unset):
            language = UNSET
        else:
            language = Language(_language)




        starter_code = d.pop("starter_code", UNSET)

        reference_solution = d.pop("reference_solution", UNSET)

        default_points = d.pop("default_points", UNSET)

        def _parse_time_limit_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_limit_ms = _parse_time_limit_ms(d.pop("time_limit_ms", UNSET))


        def _parse_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_limit_mb = _parse_memory_limit_mb(d.pop("memory_limit_mb", UNSET))


        def _parse_output_limit_kb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_limit_kb = _parse_output_limit_kb(d.pop("output_limit_kb", UNSET))


        def _parse_checker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checker = _parse_checker(d.pop("checker", UNSET))


        def _parse_shared_with_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shared_with_class_id = _parse_shared_with_class_id(d.pop("shared_with_class_id", UNSET))


        _tests = d.pop("tests", UNSET)
        tests: list[TestCaseCreate] | Unset = UNSET
        if _tests is not UNSET:
            tests = []
            for tests_item_data in _tests:
                tests_item = TestCaseCreate.from_dict(tests_item_data)



                tests.append(tests_item)


        question_create = cls(
            slug=slug,
            title=title,
            prompt=prompt,
            language=language,
            starter_code=starter_code,
            reference_solution=reference_solution,
            default_points=default_points,
            time_limit_ms=time_limit_ms,
            memory_limit_mb=memory_limit_mb,
            output_limit_kb=output_limit_kb,
            checker=checker,
            shared_with_class_id=shared_with_class_id,
            tests=tests,
        )


        question_create.additional_properties = d
        return question_create

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
