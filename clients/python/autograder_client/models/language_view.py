from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="LanguageView")



@_attrs_define
class LanguageView:
    """ 
        Attributes:
            id (str): The language id used in questions and submissions
            name (str): The language's name for people
            version (None | str): The toolchain's version as a worker found it installed; null until a worker reported
            source_file (str): The file name the student's code is saved as in the sandbox
            test_kinds (list[str]): The test kinds this language supports
     """

    id: str
    name: str
    version: None | str
    source_file: str
    test_kinds: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version: None | str
        version = self.version

        source_file = self.source_file

        test_kinds = self.test_kinds




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "version": version,
            "source_file": source_file,
            "test_kinds": test_kinds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))


        source_file = d.pop("source_file")

        test_kinds = cast(list[str], d.pop("test_kinds"))


        language_view = cls(
            id=id,
            name=name,
            version=version,
            source_file=source_file,
            test_kinds=test_kinds,
        )


        language_view.additional_properties = d
        return language_view

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
