from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language
from ..models.run_mode import RunMode
from ..models.run_status import RunStatus
from ..models.verdict import Verdict
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.run_test_result import RunTestResult





T = TypeVar("T", bound="RunDetail")



@_attrs_define
class RunDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            question_id (int): The question's id
            language (Language):
            mode (RunMode):
            status (RunStatus):
            created_at (datetime.datetime): When it was created (UTC, ISO 8601)
            finished_at (datetime.datetime | None): When it finished (UTC); null until then
            verdict (None | Unset | Verdict): The outcome: `accepted`, `wrong_answer`, `time_limit`, `memory_limit`,
                `output_limit`, `runtime_error`, `compile_error` (the first failing test's); null until graded
            time_ms (int | None | Unset): Wall time the test took, in milliseconds
            stdout (None | str | Unset): The program's standard output (capped)
            stderr (None | str | Unset): The end of the program's standard error (capped)
            tests (list[RunTestResult] | None | Unset): The test cases, in order
     """

    id: int
    assignment_id: int
    question_id: int
    language: Language
    mode: RunMode
    status: RunStatus
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    verdict: None | Unset | Verdict = UNSET
    time_ms: int | None | Unset = UNSET
    stdout: None | str | Unset = UNSET
    stderr: None | str | Unset = UNSET
    tests: list[RunTestResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.run_test_result import RunTestResult # noqa: PLC0415
        id = self.id

        assignment_id = self.assignment_id

        question_id = self.question_id

        language = self.language.value

        mode = self.mode.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        verdict: None | str | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        elif isinstance(self.verdict, Verdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict

        time_ms: int | None | Unset
        if isinstance(self.time_ms, Unset):
            time_ms = UNSET
        else:
            time_ms = self.time_ms

        stdout: None | str | Unset
        if isinstance(self.stdout, Unset):
            stdout = UNSET
        else:
            stdout = self.stdout

        stderr: None | str | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        else:
            stderr = self.stderr

        tests: list[dict[str, Any]] | None | Unset
        if isinstance(self.tests, Unset):
            tests = UNSET
        elif isinstance(self.tests, list):
            tests = []
            for tests_type_0_item_data in self.tests:
                tests_type_0_item = tests_type_0_item_data.to_dict()
                tests.append(tests_type_0_item)


        else:
            tests = self.tests


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "assignment_id": assignment_id,
            "question_id": question_id,
            "language": language,
            "mode": mode,
            "status": status,
            "created_at": created_at,
            "finished_at": finished_at,
        })
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if time_ms is not UNSET:
            field_dict["time_ms"] = time_ms
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if tests is not UNSET:
            field_dict["tests"] = tests

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_test_result import RunTestResult # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        assignment_id = d.pop("assignment_id")

        question_id = d.pop("question_id")

        language = Language(d.pop("language"))




        mode = RunMode(d.pop("mode"))




        status = RunStatus(d.pop("status"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        def _parse_verdict(data: object) -> None | Unset | Verdict:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = Verdict(data)



                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Verdict, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))


        def _parse_time_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_ms = _parse_time_ms(d.pop("time_ms", UNSET))


        def _parse_stdout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stdout = _parse_stdout(d.pop("stdout", UNSET))


        def _parse_stderr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stderr = _parse_stderr(d.pop("stderr", UNSET))


        def _parse_tests(data: object) -> list[RunTestResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tests_type_0 = []
                _tests_type_0 = data
                for tests_type_0_item_data in (_tests_type_0):
                    tests_type_0_item = RunTestResult.from_dict(tests_type_0_item_data)



                    tests_type_0.append(tests_type_0_item)

                return tests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunTestResult] | None | Unset, data)

        tests = _parse_tests(d.pop("tests", UNSET))


        run_detail = cls(
            id=id,
            assignment_id=assignment_id,
            question_id=question_id,
            language=language,
            mode=mode,
            status=status,
            created_at=created_at,
            finished_at=finished_at,
            verdict=verdict,
            time_ms=time_ms,
            stdout=stdout,
            stderr=stderr,
            tests=tests,
        )


        run_detail.additional_properties = d
        return run_detail

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
