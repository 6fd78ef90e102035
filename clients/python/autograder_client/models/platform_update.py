from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PlatformUpdate")



@_attrs_define
class PlatformUpdate:
    """ 
        Attributes:
            name (None | str | Unset): The name shown for it
            auth_login_url (None | str | Unset): The platform's OIDC authorization endpoint
            auth_token_url (None | str | Unset): The platform's OAuth 2 access-token endpoint (for AGS and NRPS)
            key_set_url (None | str | Unset): The platform's JWKS URL
            deployment_ids (list[str] | None | Unset): The deployment ids this tool accepts from the platform
            token_audience (None | str | Unset): The `aud` the token endpoint expects, when it is not the token URL itself
            max_requests_per_second (float | None | Unset): The most requests per second this tool sends the platform
     """

    name: None | str | Unset = UNSET
    auth_login_url: None | str | Unset = UNSET
    auth_token_url: None | str | Unset = UNSET
    key_set_url: None | str | Unset = UNSET
    deployment_ids: list[str] | None | Unset = UNSET
    token_audience: None | str | Unset = UNSET
    max_requests_per_second: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        auth_login_url: None | str | Unset
        if isinstance(self.auth_login_url, Unset):
            auth_login_url = UNSET
        else:
            auth_login_url = self.auth_login_url

        auth_token_url: None | str | Unset
        if isinstance(self.auth_token_url, Unset):
            auth_token_url = UNSET
        else:
            auth_token_url = self.auth_token_url

        key_set_url: None | str | Unset
        if isinstance(self.key_set_url, Unset):
            key_set_url = UNSET
        else:
            key_set_url = self.key_set_url

        deployment_ids: list[str] | None | Unset
        if isinstance(self.deployment_ids, Unset):
            deployment_ids = UNSET
        elif isinstance(self.deployment_ids, list):
            deployment_ids = self.deployment_ids


        else:
            deployment_ids = self.deployment_ids

        token_audience: None | str | Unset
        if isinstance(self.token_audience, Unset):
            token_audience = UNSET
        else:
            token_audience = self.token_audience

        max_requests_per_second: float | None | Unset
        if isinstance(self.max_requests_per_second, Unset):
            max_requests_per_second = UNSET
        else:
            max_requests_per_second = self.max_requests_per_second


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if auth_login_url is not UNSET:
            field_dict["auth_login_url"] = auth_login_url
        if auth_token_url is not UNSET:
            field_dict["auth_token_url"] = auth_token_url
        if key_set_url is not UNSET:
            field_dict["key_set_url"] = key_set_url
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
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_auth_login_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_login_url = _parse_auth_login_url(d.pop("auth_login_url", UNSET))


        def _parse_auth_token_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_token_url = _parse_auth_token_url(d.pop("auth_token_url", UNSET))


        def _parse_key_set_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_set_url = _parse_key_set_url(d.pop("key_set_url", UNSET))


        def _parse_deployment_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deployment_ids_type_0 = cast(list[str], data)

                return deployment_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        deployment_ids = _parse_deployment_ids(d.pop("deployment_ids", UNSET))


        def _parse_token_audience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_audience = _parse_token_audience(d.pop("token_audience", UNSET))


        def _parse_max_requests_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_requests_per_second = _parse_max_requests_per_second(d.pop("max_requests_per_second", UNSET))


        platform_update = cls(
            name=name,
            auth_login_url=auth_login_url,
            auth_token_url=auth_token_url,
            key_set_url=key_set_url,
            deployment_ids=deployment_ids,
            token_audience=token_audience,
            max_requests_per_second=max_requests_per_second,
        )


        platform_update.additional_properties = d
        return platform_update

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
