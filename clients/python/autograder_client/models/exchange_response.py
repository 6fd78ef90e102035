from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ExchangeResponse")



@_attrs_define
class ExchangeResponse:
    """ 
        Attributes:
            access_token (str): The bearer token (a JWT) to send as `Authorization: Bearer <token>`
            token_type (str): Always `bearer`
            expires_in (int): Seconds until the token expires
            user_id (int): The user's account id (`/api/users/{user_id}`)
            class_id (int | None): The class's id
            assignment_id (int | None): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            role (None | str): A role: globally `admin`, `instructor` or `student`; in a class `instructor`, `ta` or
                `student`
     """

    access_token: str
    token_type: str
    expires_in: int
    user_id: int
    class_id: int | None
    assignment_id: int | None
    role: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        user_id = self.user_id

        class_id: int | None
        class_id = self.class_id

        assignment_id: int | None
        assignment_id = self.assignment_id

        role: None | str
        role = self.role


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "access_token": access_token,
            "token_type": token_type,
            "expires_in": expires_in,
            "user_id": user_id,
            "class_id": class_id,
            "assignment_id": assignment_id,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = d.pop("token_type")

        expires_in = d.pop("expires_in")

        user_id = d.pop("user_id")

        def _parse_class_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        class_id = _parse_class_id(d.pop("class_id"))


        def _parse_assignment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assignment_id = _parse_assignment_id(d.pop("assignment_id"))


        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))


        exchange_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            user_id=user_id,
            class_id=class_id,
            assignment_id=assignment_id,
            role=role,
        )


        exchange_response.additional_properties = d
        return exchange_response

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
