from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from typing import cast

if TYPE_CHECKING:
  from ..models.test_case_detail import TestCaseDetail





T = TypeVar("T", bound="QuestionDetail")



@_attrs_define
class QuestionDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            title (str): The title people see
            prompt (str): The question's statement (Markdown), shown to students
            language (Language):
            starter_code (str): The code students start from in the editor
            reference_solution (str): A solution that passes every test; used to validate tests, never shown to students
            default_points (float): The points the question is worth when an assignment does not set `custom_points`
            time_limit_ms (int | None): CPU time limit per test in milliseconds (100 to 60000)
            memory_limit_mb (int | None): Memory limit per test in MiB (16 to 4096)
            output_limit_kb (int | None): Output cap per test in KiB (1 to 16384); more output is `output_limit`
            checker (None | str): The checker program (Python); null: none
            revision (int): Increases with each change; send the one you read as `base_revision` to detect conflicts
            owner_id (int | None): The user id of the question's owner
            shared_with_class_id (int | None): A class whose instructors may also use this question; null: only its owner
            archived (bool): Archived: hidden from lists by default and closed to new work, kept for the record
            tests (list[TestCaseDetail]): The test cases, in order
     """

    id: int
    slug: str
    title: str
    prompt: str
    language: Language
    starter_code: str
    reference_solution: str
    default_points: float
    time_limit_ms: int | None
    memory_limit_mb: int | None
    output_limit_kb: int | None
    checker: None | str
    revision: int
    owner_id: int | None
    shared_with_class_id: int | None
    archived: bool
    tests: list[TestCaseDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.test_case_detail import TestCaseDetail # noqa: PLC0415
        id = self.id

        slug = self.slug

        title = self.title

        prompt = self.prompt

        language = self.language.value

        starter_code = self.starter_code

        reference_solution = self.reference_solution

        default_points = self.default_points

        time_limit_ms: int | None
        time_limit_ms = self.time_limit_ms

        memory_limit_mb: int | None
        memory_limit_mb = self.memory_limit_mb

        output_limit_kb: int | None
        output_limit_kb = self.output_limit_kb

        checker: None | str
        checker = self.checker

        revision = self.revision

        owner_id: int | None
        owner_id = self.owner_id

        shared_with_class_id: int | None
        shared_with_class_id = self.shared_with_class_id

        archived = self.archived

        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "slug": slug,
            "title": title,
            "prompt": prompt,
            "language": language,
            "starter_code": starter_code,
            "reference_solution": reference_solution,
            "default_points": default_points,
            "time_limit_ms": time_limit_ms,
            "memory_limit_mb": memory_limit_mb,
            "output_limit_kb": output_limit_kb,
            "checker": checker,
            "revision": revision,
            "owner_id": owner_id,
            "shared_with_class_id": shared_with_class_id,
            "archived": archived,
            "tests": tests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_case_detail import TestCaseDetail # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        title = d.pop("title")

        prompt = d.pop("prompt")

        language = Language(d.pop("language"))




        starter_code = d.pop("starter_code")

        reference_solution = d.pop("reference_solution")

        default_points = d.pop("default_points")

        def _parse_time_limit_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_limit_ms = _parse_time_limit_ms(d.pop("time_limit_ms"))


        def _parse_memory_limit_mb(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        memory_limit_mb = _parse_memory_limit_mb(d.pop("memory_limit_mb"))


        def _parse_output_limit_kb(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        output_limit_kb = _parse_output_limit_kb(d.pop("output_limit_kb"))


        def _parse_checker(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        checker = _parse_checker(d.pop("checker"))


        revision = d.pop("revision")

        def _parse_owner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))


        def _parse_shared_with_class_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        shared_with_class_id = _parse_shared_with_class_id(d.pop("shared_with_class_id"))


        archived = d.pop("archived")

        tests = []
        _tests = d.pop("tests")
        for tests_item_data in (_tests):
            tests_item = TestCaseDetail.from_dict(tests_item_data)



            tests.append(tests_item)


        question_detail = cls(
            id=id,
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
            revision=revision,
            owner_id=owner_id,
            shared_with_class_id=shared_with_class_id,
            archived=archived,
            tests=tests,
        )


        question_detail.additional_properties = d
        return question_detail

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
