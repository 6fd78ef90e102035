from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attempt_status import AttemptStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.submission_accepted_links import SubmissionAcceptedLinks





T = TypeVar("T", bound="SubmissionAccepted")



@_attrs_define
class SubmissionAccepted:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            status (AttemptStatus):
            attempt_number (int): The attempt's number for this student and question, from 1
            links (SubmissionAcceptedLinks): Related URLs by name, such as `self` (poll here for the result)
     """

    id: int
    status: AttemptStatus
    attempt_number: int
    links: SubmissionAcceptedLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.submission_accepted_links import SubmissionAcceptedLinks # noqa: PLC0415
        id = self.id

        status = self.status.value

        attempt_number = self.attempt_number

        links = self.links.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "attempt_number": attempt_number,
            "links": links,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission_accepted_links import SubmissionAcceptedLinks # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = AttemptStatus(d.pop("status"))




        attempt_number = d.pop("attempt_number")

        links = SubmissionAcceptedLinks.from_dict(d.pop("links"))




        submission_accepted = cls(
            id=id,
            status=status,
            attempt_number=attempt_number,
            links=links,
        )


        submission_accepted.additional_properties = d
        return submission_accepted

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
