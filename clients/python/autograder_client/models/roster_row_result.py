from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RosterRowResult")



@_attrs_define
class RosterRowResult:
    """ 
        Attributes:
            row (int): The row's number in the input, from 1 (the CSV header is not counted)
            email (str): The row's email, normalized
            status (str): `created` (new invited account), `enrolled`, `already_enrolled` or `invalid`
            reason (None | str | Unset): Why the row is invalid; null otherwise
            user_id (int | None | Unset): The account's id; null for an invalid row
            invitation_sent (bool | None | Unset): For a created account: whether the invitation mail went out; else null
     """

    row: int
    email: str
    status: str
    reason: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    invitation_sent: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        row = self.row

        email = self.email

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        invitation_sent: bool | None | Unset
        if isinstance(self.invitation_sent, Unset):
            invitation_sent = UNSET
        else:
            invitation_sent = self.invitation_sent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "row": row,
            "email": email,
            "status": status,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if invitation_sent is not UNSET:
            field_dict["invitation_sent"] = invitation_sent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row = d.pop("row")

        email = d.pop("email")

        status = d.pop("status")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        def _parse_invitation_sent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        invitation_sent = _parse_invitation_sent(d.pop("invitation_sent", UNSET))


        roster_row_result = cls(
            row=row,
            email=email,
            status=status,
            reason=reason,
            user_id=user_id,
            invitation_sent=invitation_sent,
        )


        roster_row_result.additional_properties = d
        return roster_row_result

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
