from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="UserSettings")



@_attrs_define
class UserSettings:
    """ 
        Attributes:
            editor_theme (str | Unset): The code editor's theme: `light`, `dark` or `high-contrast` Default: 'light'.
            font_size (int | Unset): The code editor's font size in pixels (8 to 40) Default: 14.
            key_bindings (str | Unset): The code editor's key bindings: `default`, `vim`, `emacs` or `vscode` Default:
                'default'.
            time_zone (str | Unset): An IANA time zone name such as `Europe/Berlin`, for showing dates Default: 'UTC'.
     """

    editor_theme: str | Unset = 'light'
    font_size: int | Unset = 14
    key_bindings: str | Unset = 'default'
    time_zone: str | Unset = 'UTC'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        editor_theme = self.editor_theme

        font_size = self.font_size

        key_bindings = self.key_bindings

        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if editor_theme is not UNSET:
            field_dict["editor_theme"] = editor_theme
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if key_bindings is not UNSET:
            field_dict["key_bindings"] = key_bindings
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        editor_theme = d.pop("editor_theme", UNSET)

        font_size = d.pop("font_size", UNSET)

        key_bindings = d.pop("key_bindings", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        user_settings = cls(
            editor_theme=editor_theme,
            font_size=font_size,
            key_bindings=key_bindings,
            time_zone=time_zone,
        )


        user_settings.additional_properties = d
        return user_settings

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
