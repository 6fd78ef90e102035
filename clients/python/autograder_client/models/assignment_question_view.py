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
  from ..models.test_case_view import TestCaseView





T = TypeVar("T", bound="AssignmentQuestionView")



@_attrs_define
class AssignmentQuestionView:
    """ 
        Attributes:
            question_id (int): The question's id
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            title (str): The title people see
            order (int): Position in the list, from 0; left out: at the end
            points (float): Points possible
            custom_points (float | None): Points for this question in this assignment; null: the question's `default_points`
            language (Language):
            prompt (str): The question's statement (Markdown), shown to students
            starter_code (str): The code students start from in the editor
            tests (list[TestCaseView]): The test cases, in order
            hidden_test_count (int): How many tests the student does not see
            reference_solution (None | str | Unset): A solution that passes every test; used to validate tests, never shown
                to students
     """

    question_id: int
    slug: str
    title: str
    order: int
    points: float
    custom_points: float | None
    language: Language
    prompt: str
    starter_code: str
    tests: list[TestCaseView]
    hidden_test_count: int
    reference_solution: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.test_case_view import TestCaseView # noqa: PLC0415
        question_id = self.question_id

        slug = self.slug

        title = self.title

        order = self.order

        points = self.points

        custom_points: float | None
        custom_points = self.custom_points

        language = self.language.value

        prompt = self.prompt

        starter_code = self.starter_code

        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)



        hidden_test_count = self.hidden_test_count

        reference_solution: None | str | Unset
        if isinstance(self.reference_solution, Unset):
            reference_solution = UNSET
        else:
            reference_solution = self.reference_solution


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "question_id": question_id,
            "slug": slug,
            "title": title,
            "order": order,
            "points": points,
            "custom_points": custom_points,
            "language": language,
            "prompt": prompt,
            "starter_code": starter_code,
            "tests": tests,
            "hidden_test_count": hidden_test_count,
        })
        if reference_solution is not UNSET:
            field_dict["reference_solution"] = reference_solution

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_case_view import TestCaseView # noqa: PLC0415
        d = dict(src_dict)
        question_id = d.pop("question_id")

        slug = d.pop("slug")

        title = d.pop("title")

        order = d.pop("order")

        points = d.pop("points")

        def _parse_custom_points(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        custom_points = _parse_custom_points(d.pop("custom_points"))


        language = Language(d.pop("language"))




        prompt = d.pop("prompt")

        starter_code = d.pop("starter_code")

        tests = []
        _tests = d.pop("tests")
        for tests_item_data in (_tests):
            tests_item = TestCaseView.from_dict(tests_item_data)



            tests.append(tests_item)


        hidden_test_count = d.pop("hidden_test_count")

        def _parse_reference_solution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_solution = _parse_reference_solution(d.pop("reference_solution", UNSET))


        assignment_question_view = cls(
            question_id=question_id,
            slug=slug,
            title=title,
            order=order,
            points=points,
            custom_points=custom_points,
            language=language,
            prompt=prompt,
            starter_code=starter_code,
            tests=tests,
            hidden_test_count=hidden_test_count,
            reference_solution=reference_solution,
        )


        assignment_question_view.additional_properties = d
        return assignment_question_view

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
