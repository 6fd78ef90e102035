from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feedback import Feedback
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.late_policy import LatePolicy





T = TypeVar("T", bound="AssignmentConfig")



@_attrs_define
class AssignmentConfig:
    """ 
        Attributes:
            max_attempts (int | None | Unset): Attempts allowed per question; null: unlimited
            available_from (datetime.datetime | None | Unset): Before this moment (UTC) students cannot open or submit.
                Null: open from publication
            available_until (datetime.datetime | None | Unset): After this moment (UTC) nothing more is accepted, late or
                not. Null: no end
            exam_time_limit_minutes (int | None | Unset): An exam's session length in minutes from its start; null: untimed
            late_policy (LatePolicy | Unset):
            feedback (Feedback | Unset):
            feedback_release_at (datetime.datetime | None | Unset): When an exam's held results are shown to students (UTC);
                null: when staff release them
     """

    max_attempts: int | None | Unset = UNSET
    available_from: datetime.datetime | None | Unset = UNSET
    available_until: datetime.datetime | None | Unset = UNSET
    exam_time_limit_minutes: int | None | Unset = UNSET
    late_policy: LatePolicy | Unset = UNSET
    feedback: Feedback | Unset = UNSET
    feedback_release_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.late_policy import LatePolicy # noqa: PLC0415
        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.datetime):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        available_until: None | str | Unset
        if isinstance(self.available_until, Unset):
            available_until = UNSET
        elif isinstance(self.available_until, datetime.datetime):
            available_until = self.available_until.isoformat()
        else:
            available_until = self.available_until

        exam_time_limit_minutes: int | None | Unset
        if isinstance(self.exam_time_limit_minutes, Unset):
            exam_time_limit_minutes = UNSET
        else:
            exam_time_limit_minutes = self.exam_time_limit_minutes

        late_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.late_policy, Unset):
            late_policy = self.late_policy.to_dict()

        feedback: str | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.value


        feedback_release_at: None | str | Unset
        if isinstance(self.feedback_release_at, Unset):
            feedback_release_at = UNSET
        elif isinstance(self.feedback_release_at, datetime.datetime):
            feedback_release_at = self.feedback_release_at.isoformat()
        else:
            feedback_release_at = self.feedback_release_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if available_until is not UNSET:
            field_dict["available_until"] = available_until
        if exam_time_limit_minutes is not UNSET:
            field_dict["exam_time_limit_minutes"] = exam_time_limit_minutes
        if late_policy is not UNSET:
            field_dict["late_policy"] = late_policy
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if feedback_release_at is not UNSET:
            field_dict["feedback_release_at"] = feedback_release_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.late_policy import LatePolicy # noqa: PLC0415
        d = dict(src_dict)
        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))


        def _parse_available_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.datetime.fromisoformat(data)



                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_from = _parse_available_from(d.pop("available_from", UNSET))


        def _parse_available_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_until_type_0 = datetime.datetime.fromisoformat(data)



                return available_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_until = _parse_available_until(d.pop("available_until", UNSET))


        def _parse_exam_time_limit_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exam_time_limit_minutes = _parse_exam_time_limit_minutes(d.pop("exam_time_limit_minutes", UNSET))


        _late_policy = d.pop("late_policy", UNSET)
        late_policy: LatePolicy | Unset
        if isinstance(_late_policy,  Unset):
            late_policy = UNSET
        else:
            late_policy = LatePolicy.from_dict(_late_policy)




        _feedback = d.pop("feedback", UNSET)
        feedback: Feedback | Unset
        if isinstance(_feedback,  Unset):
            feedback = UNSET
        else:
            feedback = Feedback(_feedback)




        def _parse_feedback_release_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_release_at_type_0 = datetime.datetime.fromisoformat(data)



                return feedback_release_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        feedback_release_at = _parse_feedback_release_at(d.pop("feedback_release_at", UNSET))


        assignment_config = cls(
            max_attempts=max_attempts,
            available_from=available_from,
            available_until=available_until,
            exam_time_limit_minutes=exam_time_limit_minutes,
            late_policy=late_policy,
            feedback=feedback,
            feedback_release_at=feedback_release_at,
        )


        assignment_config.additional_properties = d
        return assignment_config

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
