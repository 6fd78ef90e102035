from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.language import Language






T = TypeVar("T", bound="QuestionSummary")



@_attrs_define
class QuestionSummary:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            slug (str): A short stable name, lower-case letters, digits and hyphens (unique per owner)
            title (str): The title people see
            language (Language):
            default_points (float): The points the question is worth when an assignment does not set `custom_points`
            archived (bool): Archived: hidden from lists by default and closed to new work, kept for the record
     """

    id: int
    slug: str
    title: str
    language: Language
    default_points: float
    archived: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        title = self.title

        language = self.language.value

        default_points = self.default_points

        archived = self.archived


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "slug": slug,
            "title": title,
            "language": language,
            "default_points": default_points,
            "archived": archived,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        title = d.pop("title")

        language = Language(d.pop("language"))




        default_points = d.pop("default_points")

        archived = d.pop("archived")

        question_summary = cls(
            id=id,
            slug=slug,
            title=title,
            language=language,
            default_points=default_points,
            archived=archived,
        )


        question_summary.additional_properties = d
        return question_summary

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
