from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PlatformCreate")



@_attrs_define
class PlatformCreate:
    """ 
        Attributes:
            name (str): The name shown for it
            issuer (str): The platform's issuer (`iss` of its id_tokens), an https URL
            client_id (str): The client id the platform gave this tool
            auth_login_url (str): The platform's OIDC authorization endpoint
            auth_token_url (str): The platform's OAuth 2 access-token endpoint (for AGS and NRPS)
            key_set_url (str): The platform's JWKS URL
            deployment_ids (list[str] | Unset): The deployment ids this tool accepts from the platform
            token_audience (str | Unset): The `aud` the token endpoint expects, when it is not the token URL itself Default:
                ''.
            max_requests_per_second (float | Unset): The most requests per second this tool sends the platform Default:
                10.0.
     """

    name: str
    issuer: str
    client_id: str
    auth_login_url: str
    auth_token_url: str
    key_set_url: str
    deployment_ids: list[str] | Unset = UNSET
    token_audience: str | Unset = ''
    max_requests_per_second: float | Unset = 10.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        issuer = self.issuer

        client_id = self.client_id

        auth_login_url = self.auth_login_url

        auth_token_url = self.auth_token_url

        key_set_url = self.key_set_url

        deployment_ids: list[str] | Unset = UNSET
        if not isinstance(self.deployment_ids, Unset):
            deployment_ids = self.deployment_ids



        token_audience = self.token_audience

        max_requests_per_second = self.max_requests_per_second


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "issuer": issuer,
            "client_id": client_id,
            "auth_login_url": auth_login_url,
            "auth_token_url": auth_token_url,
            "key_set_url": key_set_url,
        })
        if deployment_ids is not UNSET:
            field_dict["deployment_ids"] = deployment_ids
        if token_audience is not UNSET:
            field_dict["token_audience"] = token_audience
        if max_requests_per_second is not UNSET:
            field_dict["max_requests_per_second"] = max_requests_per_second

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        auth_login_url = d.pop("auth_login_url")

        auth_token_url = d.pop("auth_token_url")

        key_set_url = d.pop("key_set_url")

        deployment_ids = cast(list[str], d.pop("deployment_ids", UNSET))


        token_audience = d.pop("token_audience", UNSET)

        max_requests_per_second = d.pop("max_requests_per_second", UNSET)

        platform_create = cls(
            name=name,
            issuer=issuer,
            client_id=client_id,
            auth_login_url=auth_login_url,
            auth_token_url=auth_token_url,
            key_set_url=key_set_url,
            deployment_ids=deployment_ids,
            token_audience=token_audience,
            max_requests_per_second=max_requests_per_second,
        )


        platform_create.additional_properties = d
        return platform_create

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
