from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.rejudge_started_links import RejudgeStartedLinks





T = TypeVar("T", bound="RejudgeStarted")



@_attrs_define
class RejudgeStarted:
    """ 
        Attributes:
            id (str): The id of this resource (a positive integer, stable)
            total (int): How many attempts the batch judges again
            links (RejudgeStartedLinks): Related URLs by name, such as `self` (poll here for the result)
     """

    id: str
    total: int
    links: RejudgeStartedLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rejudge_started_links import RejudgeStartedLinks # noqa: PLC0415
        id = self.id

        total = self.total

        links = self.links.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "total": total,
            "links": links,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rejudge_started_links import RejudgeStartedLinks # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        total = d.pop("total")

        links = RejudgeStartedLinks.from_dict(d.pop("links"))




        rejudge_started = cls(
            id=id,
            total=total,
            links=links,
        )


        rejudge_started.additional_properties = d
        return rejudge_started

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
