from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.audit_kind import AuditKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_event_view_change import AuditEventViewChange





T = TypeVar("T", bound="AuditEventView")



@_attrs_define
class AuditEventView:
    """ 
        Attributes:
            seq (int): The audit log's sequence number: pass the last one read as `after` to resume
            created_at (datetime.datetime): When it was created (UTC, ISO 8601)
            actor_id (int | None): Who made the change (user id); null for the system (the command line, the clock)
            class_id (int | None): The class's id
            kind (AuditKind): What a staff or admin write did: one `audit_event` row each (app/audit/audit.py; the admin's
                through the
                    database triggers of the audit migration).
            target_table (str): The table of the row the change is about (`users` for enrollments: the member)
            target_id (int | None): The id of that row (null: a change of many rows, as a rejudge's publish)
            change (AuditEventViewChange): The fields that changed, each as [before, after] (null: absent, as before a
                creation)
            request_id (None | str): The id of the request that made the change (its X-Request-ID), as the logs name it
     """

    seq: int
    created_at: datetime.datetime
    actor_id: int | None
    class_id: int | None
    kind: AuditKind
    target_table: str
    target_id: int | None
    change: AuditEventViewChange
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_view_change import AuditEventViewChange # noqa: PLC0415
        seq = self.seq

        created_at = self.created_at.isoformat()

        actor_id: int | None
        actor_id = self.actor_id

        class_id: int | None
        class_id = self.class_id

        kind = self.kind.value

        target_table = self.target_table

        target_id: int | None
        target_id = self.target_id

        change = self.change.to_dict()

        request_id: None | str
        request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "created_at": created_at,
            "actor_id": actor_id,
            "class_id": class_id,
            "kind": kind,
            "target_table": target_table,
            "target_id": target_id,
            "change": change,
            "request_id": request_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_view_change import AuditEventViewChange # noqa: PLC0415
        d = dict(src_dict)
        seq = d.pop("seq")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_actor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))


        def _parse_class_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        class_id = _parse_class_id(d.pop("class_id"))


        kind = AuditKind(d.pop("kind"))




        target_table = d.pop("target_table")

        def _parse_target_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        target_id = _parse_target_id(d.pop("target_id"))


        change = AuditEventViewChange.from_dict(d.pop("change"))




        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))


        audit_event_view = cls(
            seq=seq,
            created_at=created_at,
            actor_id=actor_id,
            class_id=class_id,
            kind=kind,
            target_table=target_table,
            target_id=target_id,
            change=change,
            request_id=request_id,
        )


        audit_event_view.additional_properties = d
        return audit_event_view

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
