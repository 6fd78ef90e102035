from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.effective_dates import EffectiveDates





T = TypeVar("T", bound="ExamSessionView")



@_attrs_define
class ExamSessionView:
    """ 
        Attributes:
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            started_at (datetime.datetime): When the exam session started (UTC)
            ends_at (datetime.datetime): When the exam session ends (UTC), extensions included; the exam clock submits then
            now (datetime.datetime): The server's clock (UTC): the only clock that counts for exams
            remaining_seconds (int): Seconds left in the session (0 once over)
            running (bool): Whether the session is still open
            dates (EffectiveDates):
     """

    assignment_id: int
    started_at: datetime.datetime
    ends_at: datetime.datetime
    now: datetime.datetime
    remaining_seconds: int
    running: bool
    dates: EffectiveDates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        assignment_id = self.assignment_id

        started_at = self.started_at.isoformat()

        ends_at = self.ends_at.isoformat()

        now = self.now.isoformat()

        remaining_seconds = self.remaining_seconds

        running = self.running

        dates = self.dates.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "started_at": started_at,
            "ends_at": ends_at,
            "now": now,
            "remaining_seconds": remaining_seconds,
            "running": running,
            "dates": dates,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.effective_dates import EffectiveDates # noqa: PLC0415
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        now = datetime.datetime.fromisoformat(d.pop("now"))




        remaining_seconds = d.pop("remaining_seconds")

        running = d.pop("running")

        dates = EffectiveDates.from_dict(d.pop("dates"))




        exam_session_view = cls(
            assignment_id=assignment_id,
            started_at=started_at,
            ends_at=ends_at,
            now=now,
            remaining_seconds=remaining_seconds,
            running=running,
            dates=dates,
        )


        exam_session_view.additional_properties = d
        return exam_session_view

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
