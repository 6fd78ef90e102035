from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QuestionUpdate")



@_attrs_define
class QuestionUpdate:
    """ 
        Attributes:
            title (str | Unset): The title people see
            prompt (str | Unset): The question's statement (Markdown), shown to students
            language (Language | Unset):
            starter_code (str | Unset): The code students start from in the editor
            reference_solution (str | Unset): A solution that passes every test; used to validate tests, never shown to
                students
            default_points (float | Unset): The points the question is worth when an assignment does not set `custom_points`
            time_limit_ms (int | None | Unset): CPU time limit per test in milliseconds (100 to 60000)
            memory_limit_mb (int | None | Unset): Memory limit per test in MiB (16 to 4096)
            output_limit_kb (int | None | Unset): Output cap per test in KiB (1 to 16384); more output is `output_limit`
            checker (None | str | Unset): A Python program that judges the question's `checker` tests, in a sandbox of its
                own. For each checker test it reads one JSON object `{"input": ..., "expected": ..., "output": ...}` on stdin
                (the test's input, its expected output and the student's output) and prints one JSON object `{"passed": bool,
                "score": number 0..1 (optional, default 1 if passed else 0), "message": str (optional)}`. On update, null (or an
                empty string) removes the checker.
            archived (bool | Unset): Archived: hidden from lists by default and closed to new work, kept for the record
     """

    title: str | Unset = UNSET
    prompt: str | Unset = UNSET
    language: Language | Unset = UNSET
    starter_code: str | Unset = UNSET
    reference_solution: str | Unset = UNSET
    default_points: float | Unset = UNSET
    time_limit_ms: int | None | Unset = UNSET
    memory_limit_mb: int | None | Unset = UNSET
    output_limit_kb: int | None | Unset = UNSET
    checker: None | str | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        title: str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        prompt: str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value


        starter_code: str | Unset
        if isinstance(self.starter_code, Unset):
            starter_code = UNSET
        else:
            starter_code = self.starter_code

        reference_solution: str | Unset
        if isinstance(self.reference_solution, Unset):
            reference_solution = UNSET
        else:
            reference_solution = self.reference_solution

        default_points: float | Unset
        if isinstance(self.default_points, Unset):
            default_points = UNSET
        else:
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

        archived: bool | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if title is not UNSET:
            field_dict["title"] = title
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
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_title(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_prompt(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))


        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language,  Unset):
            language = UNSET
        else:
            language = Language(_language)




        def _parse_starter_code(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        starter_code = _parse_starter_code(d.pop("starter_code", UNSET))


        def _parse_reference_solution(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        reference_solution = _parse_reference_solution(d.pop("reference_solution", UNSET))


        def _parse_default_points(data: object) -> float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | Unset, data)

        default_points = _parse_default_points(d.pop("default_points", UNSET))


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


        def _parse_archived(data: object) -> bool | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))


        question_update = cls(
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
            archived=archived,
        )


        question_update.additional_properties = d
        return question_update

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
