from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SnapshotQuestion")



@_attrs_define
class SnapshotQuestion:
    """ 
        Attributes:
            question_id (int): The question's id
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            title (str): The title people see
            points (float): Points possible for this question in this assignment
     """

    question_id: int
    slug: str
    title: str
    points: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        slug = self.slug

        title = self.title

        points = self.points


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "question_id": question_id,
            "slug": slug,
            "title": title,
            "points": points,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = d.pop("question_id")

        slug = d.pop("slug")

        title = d.pop("title")

        points = d.pop("points")

        snapshot_question = cls(
            question_id=question_id,
            slug=slug,
            title=title,
            points=points,
        )


        snapshot_question.additional_properties = d
        return snapshot_question

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
