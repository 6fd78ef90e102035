from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.score_delivery import ScoreDelivery





T = TypeVar("T", bound="SyncState")



@_attrs_define
class SyncState:
    """ 
        Attributes:
            linked (bool): The class is linked to an LMS course
            pending (int): Scores waiting to be sent
            sent (int): Whether the mail was handed to the mail server
            failed (int): Scores the platform refused or could not take (retried with backoff)
            superseded (int): Scores replaced by a newer one before they were sent
            roster_synced_at (datetime.datetime | None): When the roster was last pulled from the platform (null: never)
            problems (list[ScoreDelivery]): Deliveries still pending or failed, newest first
     """

    linked: bool
    pending: int
    sent: int
    failed: int
    superseded: int
    roster_synced_at: datetime.datetime | None
    problems: list[ScoreDelivery]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.score_delivery import ScoreDelivery # noqa: PLC0415
        linked = self.linked

        pending = self.pending

        sent = self.sent

        failed = self.failed

        superseded = self.superseded

        roster_synced_at: None | str
        if isinstance(self.roster_synced_at, datetime.datetime):
            roster_synced_at = self.roster_synced_at.isoformat()
        else:
            roster_synced_at = self.roster_synced_at

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "linked": linked,
            "pending": pending,
            "sent": sent,
            "failed": failed,
            "superseded": superseded,
            "roster_synced_at": roster_synced_at,
            "problems": problems,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_delivery import ScoreDelivery # noqa: PLC0415
        d = dict(src_dict)
        linked = d.pop("linked")

        pending = d.pop("pending")

        sent = d.pop("sent")

        failed = d.pop("failed")

        superseded = d.pop("superseded")

        def _parse_roster_synced_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                roster_synced_at_type_0 = datetime.datetime.fromisoformat(data)



                return roster_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        roster_synced_at = _parse_roster_synced_at(d.pop("roster_synced_at"))


        problems = []
        _problems = d.pop("problems")
        for problems_item_data in (_problems):
            problems_item = ScoreDelivery.from_dict(problems_item_data)



            problems.append(problems_item)


        sync_state = cls(
            linked=linked,
            pending=pending,
            sent=sent,
            failed=failed,
            superseded=superseded,
            roster_synced_at=roster_synced_at,
            problems=problems,
        )


        sync_state.additional_properties = d
        return sync_state

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
