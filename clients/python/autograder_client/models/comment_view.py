from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CommentView")



@_attrs_define
class CommentView:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            attempt_id (int): The submission attempt's id (`/api/submissions/{attempt_id}`)
            author_id (int | None): The user id of the staff member who wrote it
            author_name (None | str): The display name of the staff member who wrote it
            line (int | None): The line of code the comment is about, from 1; null: about the whole attempt
            body (str): The text (Markdown)
            created_at (datetime.datetime): When it was created (UTC, ISO 8601)
     """

    id: int
    attempt_id: int
    author_id: int | None
    author_name: None | str
    line: int | None
    body: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        attempt_id = self.attempt_id

        author_id: int | None
        author_id = self.author_id

        author_name: None | str
        author_name = self.author_name

        line: int | None
        line = self.line

        body = self.body

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "attempt_id": attempt_id,
            "author_id": author_id,
            "author_name": author_name,
            "line": line,
            "body": body,
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


        def _parse_line(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        line = _parse_line(d.pop("line"))


        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        comment_view = cls(
            id=id,
            attempt_id=attempt_id,
            author_id=author_id,
            author_name=author_name,
            line=line,
            body=body,
            created_at=created_at,
        )


        comment_view.additional_properties = d
        return comment_view

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
