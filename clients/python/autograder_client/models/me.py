from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast

if TYPE_CHECKING:
  from ..models.enrollment_summary import EnrollmentSummary
  from ..models.user_settings import UserSettings





T = TypeVar("T", bound="Me")



@_attrs_define
class Me:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            email (str): The account's email address (lower-cased; unique)
            display_name (str): The person's name as shown to others
            role (Role):
            avatar_url (None | str): An https URL of the person's picture; null: none
            settings (UserSettings):
            enrollments (list[EnrollmentSummary]): The classes the user is enrolled in, with the role in each
     """

    id: int
    email: str
    display_name: str
    role: Role
    avatar_url: None | str
    settings: UserSettings
    enrollments: list[EnrollmentSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enrollment_summary import EnrollmentSummary # noqa: PLC0415
        from ..models.user_settings import UserSettings # noqa: PLC0415
        id = self.id

        email = self.email

        display_name = self.display_name

        role = self.role.value

        avatar_url: None | str
        avatar_url = self.avatar_url

        settings = self.settings.to_dict()

        enrollments = []
        for enrollments_item_data in self.enrollments:
            enrollments_item = enrollments_item_data.to_dict()
            enrollments.append(enrollments_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "email": email,
            "display_name": display_name,
            "role": role,
            "avatar_url": avatar_url,
            "settings": settings,
            "enrollments": enrollments,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enrollment_summary import EnrollmentSummary # noqa: PLC0415
        from ..models.user_settings import UserSettings # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        display_name = d.pop("display_name")

        role = Role(d.pop("role"))




        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url"))


        settings = UserSettings.from_dict(d.pop("settings"))




        enrollments = []
        _enrollments = d.pop("enrollments")
        for enrollments_item_data in (_enrollments):
            enrollments_item = EnrollmentSummary.from_dict(enrollments_item_data)



            enrollments.append(enrollments_item)


        me = cls(
            id=id,
            email=email,
            display_name=display_name,
            role=role,
            avatar_url=avatar_url,
            settings=settings,
            enrollments=enrollments,
        )


        me.additional_properties = d
        return me

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
