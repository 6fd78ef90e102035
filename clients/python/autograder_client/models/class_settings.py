from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gradebook_policy import GradebookPolicy
from ..models.language import Language
from ..types import UNSET, Unset






T = TypeVar("T", bound="ClassSettings")



@_attrs_define
class ClassSettings:
    """ 
        Attributes:
            default_language (Language | Unset):
            time_zone (str | Unset): An IANA time zone name such as `Europe/Berlin`, for showing dates Default: 'UTC'.
            gradebook_score (GradebookPolicy | Unset):
            ta_can_override (bool | Unset): Whether TAs may override scores too (instructors always may) Default: False.
            ta_can_see_similarity (bool | Unset): TAs may read similarity reports (instructors always may); default true
                Default: True.
     """

    default_language: Language | Unset = UNSET
    time_zone: str | Unset = 'UTC'
    gradebook_score: GradebookPolicy | Unset = UNSET
    ta_can_override: bool | Unset = False
    ta_can_see_similarity: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        default_language: str | Unset = UNSET
        if not isinstance(self.default_language, Unset):
            default_language = self.default_language.value


        time_zone = self.time_zone

        gradebook_score: str | Unset = UNSET
        if not isinstance(self.gradebook_score, Unset):
            gradebook_score = self.gradebook_score.value


        ta_can_override = self.ta_can_override

        ta_can_see_similarity = self.ta_can_see_similarity


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if default_language is not UNSET:
            field_dict["default_language"] = default_language
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if gradebook_score is not UNSET:
            field_dict["gradebook_score"] = gradebook_score
        if ta_can_override is not UNSET:
            field_dict["ta_can_override"] = ta_can_override
        if ta_can_see_similarity is not UNSET:
            field_dict["ta_can_see_similarity"] = ta_can_see_similarity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _default_language = d.pop("default_language", UNSET)
        default_language: Language | Unset
        if isinstance(_default_language,  Unset):
            default_language = UNSET
        else:
            default_language = Language(_default_language)




        time_zone = d.pop("time_zone", UNSET)

        _gradebook_score = d.pop("gradebook_score", UNSET)
        gradebook_score: GradebookPolicy | Unset
        if isinstance(_gradebook_score,  Unset):
            gradebook_score = UNSET
        else:
            gradebook_score = GradebookPolicy(_gradebook_score)




        ta_can_override = d.pop("ta_can_override", UNSET)

        ta_can_see_similarity = d.pop("ta_can_see_similarity", UNSET)

        class_settings = cls(
            default_language=default_language,
            time_zone=time_zone,
            gradebook_score=gradebook_score,
            ta_can_override=ta_can_override,
            ta_can_see_similarity=ta_can_see_similarity,
        )


        class_settings.additional_properties = d
        return class_settings

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
