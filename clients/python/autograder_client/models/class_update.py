from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.class_update_settings_type_0 import ClassUpdateSettingsType0





T = TypeVar("T", bound="ClassUpdate")



@_attrs_define
class ClassUpdate:
    """ 
        Attributes:
            title (str | Unset): The title people see
            term (str | Unset): The term the class runs in, free text such as `Fall 2026`
            settings (ClassUpdateSettingsType0 | Unset): JSON Merge Patch over the class's settings (keys as in
                ClassSettings)
     """

    title: str | Unset = UNSET
    term: str | Unset = UNSET
    settings: ClassUpdateSettingsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.class_update_settings_type_0 import ClassUpdateSettingsType0 # noqa: PLC0415
        title: str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        term: str | Unset
        if isinstance(self.term, Unset):
            term = UNSET
        else:
            term = self.term

        settings: dict[str, Any] | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        else:
            settings = self.settings.to_dict()



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if title is not UNSET:
            field_dict["title"] = title
        if term is not UNSET:
            field_dict["term"] = term
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_update_settings_type_0 import ClassUpdateSettingsType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_title(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_term(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        term = _parse_term(d.pop("term", UNSET))


        def _parse_settings(data: object) -> ClassUpdateSettingsType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            settings_type_0 = ClassUpdateSettingsType0.from_dict(data)



            return settings_type_0

        settings = _parse_settings(d.pop("settings", UNSET))


        class_update = cls(
            title=title,
            term=term,
            settings=settings,
        )


        class_update.additional_properties = d
        return class_update

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
