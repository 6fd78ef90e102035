from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.similar_pair import SimilarPair





T = TypeVar("T", bound="SimilarityReportView")



@_attrs_define
class SimilarityReportView:
    """ 
        Attributes:
            item_id (int): The assignment's id
            question_id (int): The question's id
            include_past (bool): Earlier terms' attempts of the same question (from classes the requester teaches) are
                compared too
            state (str): `queued`, `running`, `done` or `failed`
            submissions (int): How many counted attempts the report compared
            requested_at (datetime.datetime | None): When the report was asked for (UTC)
            started_at (datetime.datetime | None): When the exam session started (UTC)
            finished_at (datetime.datetime | None): When it finished (UTC); null until then
            error (None | str): Why the report failed (null unless `failed`)
            items (list[SimilarPair]): This page of results, in the list's order
            next_cursor (None | str): Pass as `cursor` for the next page; null on the last page
            limit (int): The page size used (the `limit` asked for, capped at 200)
     """

    item_id: int
    question_id: int
    include_past: bool
    state: str
    submissions: int
    requested_at: datetime.datetime | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    error: None | str
    items: list[SimilarPair]
    next_cursor: None | str
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.similar_pair import SimilarPair # noqa: PLC0415
        item_id = self.item_id

        question_id = self.question_id

        include_past = self.include_past

        state = self.state

        submissions = self.submissions

        requested_at: None | str
        if isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        error: None | str
        error = self.error

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        next_cursor: None | str
        next_cursor = self.next_cursor

        limit = self.limit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "item_id": item_id,
            "question_id": question_id,
            "include_past": include_past,
            "state": state,
            "submissions": submissions,
            "requested_at": requested_at,
            "started_at": started_at,
            "finished_at": finished_at,
            "error": error,
            "items": items,
            "next_cursor": next_cursor,
            "limit": limit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.similar_pair import SimilarPair # noqa: PLC0415
        d = dict(src_dict)
        item_id = d.pop("item_id")

        question_id = d.pop("question_id")

        include_past = d.pop("include_past")

        state = d.pop("state")

        submissions = d.pop("submissions")

        def _parse_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_at_type_0 = datetime.datetime.fromisoformat(data)



                return requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        requested_at = _parse_requested_at(d.pop("requested_at"))


        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


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


        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = SimilarPair.from_dict(items_item_data)



            items.append(items_item)


        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))


        limit = d.pop("limit")

        similarity_report_view = cls(
            item_id=item_id,
            question_id=question_id,
            include_past=include_past,
            state=state,
            submissions=submissions,
            requested_at=requested_at,
            started_at=started_at,
            finished_at=finished_at,
            error=error,
            items=items,
            next_cursor=next_cursor,
            limit=limit,
        )


        similarity_report_view.additional_properties = d
        return similarity_report_view

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
