from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.run_status import RunStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.run_accepted_links import RunAcceptedLinks





T = TypeVar("T", bound="RunAccepted")



@_attrs_define
class RunAccepted:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            status (RunStatus):
            links (RunAcceptedLinks): Related URLs by name, such as `self` (poll here for the result)
     """

    id: int
    status: RunStatus
    links: RunAcceptedLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.run_accepted_links import RunAcceptedLinks # noqa: PLC0415
        id = self.id

        status = self.status.value

        links = self.links.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "links": links,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_accepted_links import RunAcceptedLinks # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = RunStatus(d.pop("status"))




        links = RunAcceptedLinks.from_dict(d.pop("links"))




        run_accepted = cls(
            id=id,
            status=status,
            links=links,
        )


        run_accepted.additional_properties = d
        return run_accepted

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
