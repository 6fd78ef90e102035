from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PlatformDetail")



@_attrs_define
class PlatformDetail:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            name (str): The name shown for it
            issuer (str): The platform's issuer (`iss` of its id_tokens), an https URL
            client_id (str): The client id the platform gave this tool
            auth_login_url (str): The platform's OIDC authorization endpoint
            auth_token_url (str): The platform's OAuth 2 access-token endpoint (for AGS and NRPS)
            key_set_url (str): The platform's JWKS URL
            token_audience (str): The `aud` the token endpoint expects, when it is not the token URL itself
            max_requests_per_second (float): The most requests per second this tool sends the platform
            deployment_ids (list[str]): The deployment ids this tool accepts from the platform
            created_at (datetime.datetime): When it was created (UTC, ISO 8601)
     """

    id: int
    name: str
    issuer: str
    client_id: str
    auth_login_url: str
    auth_token_url: str
    key_set_url: str
    token_audience: str
    max_requests_per_second: float
    deployment_ids: list[str]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        issuer = self.issuer

        client_id = self.client_id

        auth_login_url = self.auth_login_url

        auth_token_url = self.auth_token_url

        key_set_url = self.key_set_url

        token_audience = self.token_audience

        max_requests_per_second = self.max_requests_per_second

        deployment_ids = self.deployment_ids



        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "issuer": issuer,
            "client_id": client_id,
            "auth_login_url": auth_login_url,
            "auth_token_url": auth_token_url,
            "key_set_url": key_set_url,
            "token_audience": token_audience,
            "max_requests_per_second": max_requests_per_second,
            "deployment_ids": deployment_ids,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        auth_login_url = d.pop("auth_login_url")

        auth_token_url = d.pop("auth_token_url")

        key_set_url = d.pop("key_set_url")

        token_audience = d.pop("token_audience")

        max_requests_per_second = d.pop("max_requests_per_second")

        deployment_ids = cast(list[str], d.pop("deployment_ids"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        platform_detail = cls(
            id=id,
            name=name,
            issuer=issuer,
            client_id=client_id,
            auth_login_url=auth_login_url,
            auth_token_url=auth_token_url,
            key_set_url=key_set_url,
            token_audience=token_audience,
            max_requests_per_second=max_requests_per_second,
            deployment_ids=deployment_ids,
            created_at=created_at,
        )


        platform_detail.additional_properties = d
        return platform_detail

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
