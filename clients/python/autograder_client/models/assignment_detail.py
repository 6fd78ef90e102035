from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_mode import AssignmentMode
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.assignment_detail_config import AssignmentDetailConfig
  from ..models.assignment_question_view import AssignmentQuestionView
  from ..models.effective_dates import EffectiveDates
  from ..models.exam_session_view import ExamSessionView





T = TypeVar("T", bound="AssignmentDetail")



@_attrs_define
class AssignmentDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            type_ (Literal['assignment']): The content item's kind: `assignment` or `page`
            module_id (int): The module's id
            class_id (int): The class's id
            title (str): The title people see
            description (str): A short text shown under the title in the module's list
            mode (AssignmentMode):
            is_published (bool): Whether students can see it
            due_date (datetime.datetime | None): When the work is due (UTC, ISO 8601); later submissions are late. Null: no
                due date
            config (AssignmentDetailConfig): The assignment's rules: attempts, window, exam time limit, late policy,
                feedback
            total_points (float): The assignment's points possible
            questions (list[AssignmentQuestionView]): The questions, in order
            questions_locked (None | str | Unset): Students only: why the exam's questions are not shown yet (no session
                started, window not open); null: they are shown
            dates (EffectiveDates | None | Unset): The dates that apply to the caller (or the student), extensions included
            session (ExamSessionView | None | Unset): Students only: their exam session once started; null otherwise
            results_released (bool | Unset): False while an exam's results are held from students: scores and results are
                null until staff release them or `feedback_release_at` passes Default: True.
     """

    id: int
    type_: Literal['assignment']
    module_id: int
    class_id: int
    title: str
    description: str
    mode: AssignmentMode
    is_published: bool
    due_date: datetime.datetime | None
    config: AssignmentDetailConfig
    total_points: float
    questions: list[AssignmentQuestionView]
    questions_locked: None | str | Unset = UNSET
    dates: EffectiveDates | None | Unset = UNSET
    session: ExamSessionView | None | Unset = UNSET
    results_released: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_detail_config import AssignmentDetailConfig # noqa: PLC0415
        from ..models.assignment_question_view import AssignmentQuestionView # noqa: PLC0415
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        from ..models.exam_session_view import ExamSessionView # noqa: PLC0415
        id = self.id

        type_ = self.type_

        module_id = self.module_id

        class_id = self.class_id

        title = self.title

        description = self.description

        mode = self.mode.value

        is_published = self.is_published

        due_date: None | str
        if isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        config = self.config.to_dict()

        total_points = self.total_points

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        questions_locked: None | str | Unset
        if isinstance(self.questions_locked, Unset):
            questions_locked = UNSET
        else:
            questions_locked = self.questions_locked

        dates: dict[str, Any] | None | Unset
        if isinstance(self.dates, Unset):
            dates = UNSET
        elif isinstance(self.dates, EffectiveDates):
            dates = self.dates.to_dict()
        else:
            dates = self.dates

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, ExamSessionView):
            session = self.session.to_dict()
        else:
            session = self.session

        results_released = self.results_released


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "module_id": module_id,
            "class_id": class_id,
            "title": title,
            "description": description,
            "mode": mode,
            "is_published": is_published,
            "due_date": due_date,
            "config": config,
            "total_points": total_points,
            "questions": questions,
        })
        if questions_locked is not UNSET:
            field_dict["questions_locked"] = questions_locked
        if dates is not UNSET:
            field_dict["dates"] = dates
        if session is not UNSET:
            field_dict["session"] = session
        if results_released is not UNSET:
            field_dict["results_released"] = results_released

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_detail_config import AssignmentDetailConfig # noqa: PLC0415
        from ..models.assignment_question_view import AssignmentQuestionView # noqa: PLC0415
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        from ..models.exam_session_view import ExamSessionView # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal['assignment'] , d.pop("type"))
        if type_ != 'assignment':
            raise ValueError(f"type must match const 'assignment', got '{type_}'")

        module_id = d.pop("module_id")

        class_id = d.pop("class_id")

        title = d.pop("title")

        description = d.pop("description")

        mode = AssignmentMode(d.pop("mode"))




        is_published = d.pop("is_published")

        def _parse_due_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)



                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_date = _parse_due_date(d.pop("due_date"))


        config = AssignmentDetailConfig.from_dict(d.pop("config"))




        total_points = d.pop("total_points")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = AssignmentQuestionView.from_dict(questions_item_data)



            questions.append(questions_item)


        def _parse_questions_locked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        questions_locked = _parse_questions_locked(d.pop("questions_locked", UNSET))


        def _parse_dates(data: object) -> EffectiveDates | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dates_type_0 = EffectiveDates.from_dict(data)



                return dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EffectiveDates | None | Unset, data)

        dates = _parse_dates(d.pop("dates", UNSET))


        def _parse_session(data: object) -> ExamSessionView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = ExamSessionView.from_dict(data)



                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExamSessionView | None | Unset, data)

        session = _parse_session(d.pop("session", UNSET))


        results_released = d.pop("results_released", UNSET)

        assignment_detail = cls(
            id=id,
            type_=type_,
            module_id=module_id,
            class_id=class_id,
            title=title,
            description=description,
            mode=mode,
            is_published=is_published,
            due_date=due_date,
            config=config,
            total_points=total_points,
            questions=questions,
            questions_locked=questions_locked,
            dates=dates,
            session=session,
            results_released=results_released,
        )


        assignment_detail.additional_properties = d
        return assignment_detail

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
