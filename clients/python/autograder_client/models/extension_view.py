from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.effective_dates import EffectiveDates





T = TypeVar("T", bound="ExtensionView")



@_attrs_define
class ExtensionView:
    """ 
        Attributes:
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            user_id (int): The student's user id
            extra_minutes (int): Minutes added to the student's exam time limit (0 to 10080)
            due_date (datetime.datetime | None): When the work is due (UTC, ISO 8601); later submissions are late. Null: no
                due date
            available_until (datetime.datetime | None): After this moment (UTC) nothing more is accepted, late or not. Null:
                no end
            dates (EffectiveDates):
            session_ends_at (datetime.datetime | None | Unset): When the student's running session now ends; null: no
                running session
     """

    assignment_id: int
    user_id: int
    extra_minutes: int
    due_date: datetime.datetime | None
    available_until: datetime.datetime | None
    dates: EffectiveDates
    session_ends_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        assignment_id = self.assignment_id

        user_id = self.user_id

        extra_minutes = self.extra_minutes

        due_date: None | str
        if isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        available_until: None | str
        if isinstance(self.available_until, datetime.datetime):
            available_until = self.available_until.isoformat()
        else:
            available_until = self.available_until

        dates = self.dates.to_dict()

        session_ends_at: None | str | Unset
        if isinstance(self.session_ends_at, Unset):
            session_ends_at = UNSET
        elif isinstance(self.session_ends_at, datetime.datetime):
            session_ends_at = self.session_ends_at.isoformat()
        else:
            session_ends_at = self.session_ends_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "user_id": user_id,
            "extra_minutes": extra_minutes,
            "due_date": due_date,
            "available_until": available_until,
            "dates": dates,
        })
        if session_ends_at is not UNSET:
            field_dict["session_ends_at"] = session_ends_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        user_id = d.pop("user_id")

        extra_minutes = d.pop("extra_minutes")

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


        def _parse_available_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_until_type_0 = datetime.datetime.fromisoformat(data)



                return available_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        available_until = _parse_available_until(d.pop("available_until"))


        dates = EffectiveDates.from_dict(d.pop("dates"))




        def _parse_session_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_ends_at_type_0 = datetime.datetime.fromisoformat(data)



                return session_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        session_ends_at = _parse_session_ends_at(d.pop("session_ends_at", UNSET))


        extension_view = cls(
            assignment_id=assignment_id,
            user_id=user_id,
            extra_minutes=extra_minutes,
            due_date=due_date,
            available_until=available_until,
            dates=dates,
            session_ends_at=session_ends_at,
        )


        extension_view.additional_properties = d
        return extension_view

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
