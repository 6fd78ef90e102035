from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="EffectiveDates")



@_attrs_define
class EffectiveDates:
    """ 
        Attributes:
            due_date (datetime.datetime | None): When the work is due (UTC, ISO 8601); later submissions are late. Null: no
                due date
            available_from (datetime.datetime | None): Before this moment (UTC) students cannot open or submit. Null: open
                from publication
            available_until (datetime.datetime | None): After this moment (UTC) nothing more is accepted, late or not. Null:
                no end
            time_limit_minutes (int | None): The exam session's length in minutes, extensions included; null: not an exam
            extra_minutes (int): Minutes added to the student's exam time limit (0 to 10080)
            extended (bool): Whether an extension changed these dates
     """

    due_date: datetime.datetime | None
    available_from: datetime.datetime | None
    available_until: datetime.datetime | None
    time_limit_minutes: int | None
    extra_minutes: int
    extended: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_date: None | str
        if isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        available_from: None | str
        if isinstance(self.available_from, datetime.datetime):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        available_until: None | str
        if isinstance(self.available_until, datetime.datetime):
            available_until = self.available_until.isoformat()
        else:
            available_until = self.available_until

        time_limit_minutes: int | None
        time_limit_minutes = self.time_limit_minutes

        extra_minutes = self.extra_minutes

        extended = self.extended


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_date": due_date,
            "available_from": available_from,
            "available_until": available_until,
            "time_limit_minutes": time_limit_minutes,
            "extra_minutes": extra_minutes,
            "extended": extended,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        def _parse_available_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.datetime.fromisoformat(data)



                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        available_from = _parse_available_from(d.pop("available_from"))


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


        def _parse_time_limit_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_limit_minutes = _parse_time_limit_minutes(d.pop("time_limit_minutes"))


        extra_minutes = d.pop("extra_minutes")

        extended = d.pop("extended")

        effective_dates = cls(
            due_date=due_date,
            available_from=available_from,
            available_until=available_until,
            time_limit_minutes=time_limit_minutes,
            extra_minutes=extra_minutes,
            extended=extended,
        )


        effective_dates.additional_properties = d
        return effective_dates

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
