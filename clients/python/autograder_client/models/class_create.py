from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.class_settings import ClassSettings





T = TypeVar("T", bound="ClassCreate")



@_attrs_define
class ClassCreate:
    """ 
        Attributes:
            code (str): A short code, unique (case-insensitively), such as `CS101`
            title (str): The title people see
            term (str | Unset): The term the class runs in, free text such as `Fall 2026` Default: ''.
            settings (ClassSettings | Unset):
     """

    code: str
    title: str
    term: str | Unset = ''
    settings: ClassSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.class_settings import ClassSettings # noqa: PLC0415
        code = self.code

        title = self.title

        term = self.term

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "title": title,
        })
        if term is not UNSET:
            field_dict["term"] = term
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_settings import ClassSettings # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        term = d.pop("term", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: ClassSettings | Unset
        if isinstance(_settings,  Unset):
            settings = UNSET
        else:
            settings = ClassSettings.from_dict(_settings)




        class_create = cls(
            code=code,
            title=title,
            term=term,
            settings=settings,
        )


        class_create.additional_properties = d
        return class_create

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
