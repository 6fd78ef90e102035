from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.class_detail_settings import ClassDetailSettings





T = TypeVar("T", bound="ClassDetail")



@_attrs_define
class ClassDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            code (str): The class's short code, such as `CS101`
            title (str): The title people see
            term (str): The term the class runs in, free text such as `Fall 2026`
            settings (ClassDetailSettings): The class's settings
            archived (bool): Archived: hidden from lists by default and closed to new work, kept for the record
            my_role (str): The caller's role in this class: `instructor`, `ta`, `student`, or `admin` for admins
     """

    id: int
    code: str
    title: str
    term: str
    settings: ClassDetailSettings
    archived: bool
    my_role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.class_detail_settings import ClassDetailSettings # noqa: PLC0415
        id = self.id

        code = self.code

        title = self.title

        term = self.term

        settings = self.settings.to_dict()

        archived = self.archived

        my_role = self.my_role


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "title": title,
            "term": term,
            "settings": settings,
            "archived": archived,
            "my_role": my_role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_detail_settings import ClassDetailSettings # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        title = d.pop("title")

        term = d.pop("term")

        settings = ClassDetailSettings.from_dict(d.pop("settings"))




        archived = d.pop("archived")

        my_role = d.pop("my_role")

        class_detail = cls(
            id=id,
            code=code,
            title=title,
            term=term,
            settings=settings,
            archived=archived,
            my_role=my_role,
        )


        class_detail.additional_properties = d
        return class_detail

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
