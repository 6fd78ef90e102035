from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attempt_status import AttemptStatus
from ..models.language import Language
from ..models.verdict import Verdict
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.override_view import OverrideView
  from ..models.test_result_view import TestResultView





T = TypeVar("T", bound="SubmissionDetail")



@_attrs_define
class SubmissionDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            user_id (int): The user's account id (`/api/users/{user_id}`)
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            question_id (int): The question's id
            attempt_number (int): The attempt's number for this student and question, from 1
            language (Language):
            status (AttemptStatus):
            verdict (None | Verdict): The outcome: `accepted`, `wrong_answer`, `time_limit`, `memory_limit`, `output_limit`,
                `runtime_error`, `compile_error` (the first failing test's); null until graded
            score (float | None): Points earned, after the late penalty (and an override, where one is in force); null: not
                graded yet
            max_score (float | None): The points this question is worth in this assignment
            execution_time_ms (int | None): The tests' wall times summed, in milliseconds
            is_late (bool): Submitted after the due date in force (the student's own with an extension; judged again when
                staff move it or change the late policy); the late policy's penalty is in `score`
            late_penalty (float): The share taken off for lateness (0 to 1)
            submitted_at (datetime.datetime): When the attempt was received (UTC, the server's clock)
            graded_at (datetime.datetime | None): When grading finished (UTC); null until then
            tests (list[TestResultView]): The test cases, in order
            error_reason (None | str | Unset): Why grading failed, when `status` is `error`; null otherwise
            auto_submitted (bool | Unset): Made by the exam clock at the session's end from the student's last autosave
                Default: False.
            code (None | str | Unset): The submitted code; staff and the attempt's own student only
            results_released (bool | Unset): False while an exam's results are held from students: scores and results are
                null until staff release them or `feedback_release_at` passes Default: True.
            override (None | OverrideView | Unset): The newest score override, which the gradebook counts; null: none
     """

    id: int
    user_id: int
    assignment_id: int
    question_id: int
    attempt_number: int
    language: Language
    status: AttemptStatus
    verdict: None | Verdict
    score: float | None
    max_score: float | None
    execution_time_ms: int | None
    is_late: bool
    late_penalty: float
    submitted_at: datetime.datetime
    graded_at: datetime.datetime | None
    tests: list[TestResultView]
    error_reason: None | str | Unset = UNSET
    auto_submitted: bool | Unset = False
    code: None | str | Unset = UNSET
    results_released: bool | Unset = True
    override: None | OverrideView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.override_view import OverrideView # noqa: PLC0415
        from ..models.test_result_view import TestResultView # noqa: PLC0415
        id = self.id

        user_id = self.user_id

        assignment_id = self.assignment_id

        question_id = self.question_id

        attempt_number = self.attempt_number

        language = self.language.value

        status = self.status.value

        verdict: None | str
        if isinstance(self.verdict, Verdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict

        score: float | None
        score = self.score

        max_score: float | None
        max_score = self.max_score

        execution_time_ms: int | None
        execution_time_ms = self.execution_time_ms

        is_late = self.is_late

        late_penalty = self.late_penalty

        submitted_at = self.submitted_at.isoformat()

        graded_at: None | str
        if isinstance(self.graded_at, datetime.datetime):
            graded_at = self.graded_at.isoformat()
        else:
            graded_at = self.graded_at

        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)



        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        auto_submitted = self.auto_submitted

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        results_released = self.results_released

        override: dict[str, Any] | None | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        elif isinstance(self.override, OverrideView):
            override = self.override.to_dict()
        else:
            override = self.override


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "user_id": user_id,
            "assignment_id": assignment_id,
            "question_id": question_id,
            "attempt_number": attempt_number,
            "language": language,
            "status": status,
            "verdict": verdict,
            "score": score,
            "max_score": max_score,
            "execution_time_ms": execution_time_ms,
            "is_late": is_late,
            "late_penalty": late_penalty,
            "submitted_at": submitted_at,
            "graded_at": graded_at,
            "tests": tests,
        })
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if auto_submitted is not UNSET:
            field_dict["auto_submitted"] = auto_submitted
        if code is not UNSET:
            field_dict["code"] = code
        if results_released is not UNSET:
            field_dict["results_released"] = results_released
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.override_view import OverrideView # noqa: PLC0415
        from ..models.test_result_view import TestResultView # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        assignment_id = d.pop("assignment_id")

        question_id = d.pop("question_id")

        attempt_number = d.pop("attempt_number")

        language = Language(d.pop("language"))




        status = AttemptStatus(d.pop("status"))




        def _parse_verdict(data: object) -> None | Verdict:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = Verdict(data)



                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Verdict, data)

        verdict = _parse_verdict(d.pop("verdict"))


        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        def _parse_max_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_score = _parse_max_score(d.pop("max_score"))


        def _parse_execution_time_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        execution_time_ms = _parse_execution_time_ms(d.pop("execution_time_ms"))


        is_late = d.pop("is_late")

        late_penalty = d.pop("late_penalty")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))




        def _parse_graded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                graded_at_type_0 = datetime.datetime.fromisoformat(data)



                return graded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        graded_at = _parse_graded_at(d.pop("graded_at"))


        tests = []
        _tests = d.pop("tests")
        for tests_item_data in (_tests):
            tests_item = TestResultView.from_dict(tests_item_data)



            tests.append(tests_item)


        def _parse_error_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_reason = _parse_error_reason(d.pop("error_reason", UNSET))


        auto_submitted = d.pop("auto_submitted", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        results_released = d.pop("results_released", UNSET)

        def _parse_override(data: object) -> None | OverrideView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_type_0 = OverrideView.from_dict(data)



                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideView | Unset, data)

        override = _parse_override(d.pop("override", UNSET))


        submission_detail = cls(
            id=id,
            user_id=user_id,
            assignment_id=assignment_id,
            question_id=question_id,
            attempt_number=attempt_number,
            language=language,
            status=status,
            verdict=verdict,
            score=score,
            max_score=max_score,
            execution_time_ms=execution_time_ms,
            is_late=is_late,
            late_penalty=late_penalty,
            submitted_at=submitted_at,
            graded_at=graded_at,
            tests=tests,
            error_reason=error_reason,
            auto_submitted=auto_submitted,
            code=code,
            results_released=results_released,
            override=override,
        )


        submission_detail.additional_properties = d
        return submission_detail

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
