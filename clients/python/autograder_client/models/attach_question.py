from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AttachQuestion")



@_attrs_define
class AttachQuestion:
    """ 
        Attributes:
            question_id (int): The question's id
            custom_points (float | None | Unset): Points for this question in this assignment; null: the question's
                `default_points`
     """

    question_id: int
    custom_points: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        custom_points: float | None | Unset
        if isinstance(self.custom_points, Unset):
            custom_points = UNSET
        else:
            custom_points = self.custom_points


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "question_id": question_id,
        })
        if custom_points is not UNSET:
            field_dict["custom_points"] = custom_points

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = d.pop("question_id")

        def _parse_custom_points(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        custom_points = _parse_custom_points(d.pop("custom_points", UNSET))


        attach_question = cls(
            question_id=question_id,
            custom_points=custom_points,
        )


        attach_question.additional_properties = d
        return attach_question

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
