from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="OverrideView")



@_attrs_define
class OverrideView:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            attempt_id (int): The submission attempt's id (`/api/submissions/{attempt_id}`)
            author_id (int | None): The user id of the staff member who wrote it
            author_name (None | str): The display name of the staff member who wrote it
            old_score (float | None): The score before (points); null: it had none
            new_score (float | None): The score after (points); null: none
            reason (str): Why, in words for a person
            created_at (datetime.datetime): When it was created (UTC, ISO 8601)
     """

    id: int
    attempt_id: int
    author_id: int | None
    author_name: None | str
    old_score: float | None
    new_score: float | None
    reason: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        attempt_id = self.attempt_id

        author_id: int | None
        author_id = self.author_id

        author_name: None | str
        author_name = self.author_name

        old_score: float | None
        old_score = self.old_score

        new_score: float | None
        new_score = self.new_score

        reason = self.reason

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "attempt_id": attempt_id,
            "author_id": author_id,
            "author_name": author_name,
            "old_score": old_score,
            "new_score": new_score,
            "reason": reason,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        attempt_id = d.pop("attempt_id")

        def _parse_author_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        author_id = _parse_author_id(d.pop("author_id"))


        def _parse_author_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author_name = _parse_author_name(d.pop("author_name"))


        def _parse_old_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        old_score = _parse_old_score(d.pop("old_score"))


        def _parse_new_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        new_score = _parse_new_score(d.pop("new_score"))


        reason = d.pop("reason")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        override_view = cls(
            id=id,
            attempt_id=attempt_id,
            author_id=author_id,
            author_name=author_name,
            old_score=old_score,
            new_score=new_score,
            reason=reason,
            created_at=created_at,
        )


        override_view.additional_properties = d
        return override_view

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
