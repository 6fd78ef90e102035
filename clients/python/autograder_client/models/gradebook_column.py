from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="GradebookColumn")



@_attrs_define
class GradebookColumn:
    """ 
        Attributes:
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            assignment_title (str): The assignment's title
            question_id (int): The question's id
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            points (float): Points possible
     """

    assignment_id: int
    assignment_title: str
    question_id: int
    slug: str
    points: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assignment_id = self.assignment_id

        assignment_title = self.assignment_title

        question_id = self.question_id

        slug = self.slug

        points = self.points


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "assignment_title": assignment_title,
            "question_id": question_id,
            "slug": slug,
            "points": points,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        assignment_title = d.pop("assignment_title")

        question_id = d.pop("question_id")

        slug = d.pop("slug")

        points = d.pop("points")

        gradebook_column = cls(
            assignment_id=assignment_id,
            assignment_title=assignment_title,
            question_id=question_id,
            slug=slug,
            points=points,
        )


        gradebook_column.additional_properties = d
        return gradebook_column

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
