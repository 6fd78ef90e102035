from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.tool_config_canvas_developer_key import ToolConfigCanvasDeveloperKey





T = TypeVar("T", bound="ToolConfig")



@_attrs_define
class ToolConfig:
    """ 
        Attributes:
            issuer (str): The platform's issuer this configuration is for
            client_id (str): The client id the platform gave this tool
            login_initiation_url (str): Enter as the tool's OIDC login initiation URL
            target_link_uri (str): Enter as the tool's target link URI (launch URL)
            redirect_uris (list[str]): Enter as the tool's redirect URIs
            jwks_url (str): Enter as the tool's public JWK set URL
            deep_linking_url (str): Enter as the deep-linking (content item selection) URL
            scopes (list[str]): The LTI Advantage scopes the tool asks for (AGS, NRPS)
            canvas_developer_key (ToolConfigCanvasDeveloperKey): The JSON a Canvas LTI developer key takes (paste as JSON
                configuration)
     """

    issuer: str
    client_id: str
    login_initiation_url: str
    target_link_uri: str
    redirect_uris: list[str]
    jwks_url: str
    deep_linking_url: str
    scopes: list[str]
    canvas_developer_key: ToolConfigCanvasDeveloperKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_config_canvas_developer_key import ToolConfigCanvasDeveloperKey # noqa: PLC0415
        issuer = self.issuer

        client_id = self.client_id

        login_initiation_url = self.login_initiation_url

        target_link_uri = self.target_link_uri

        redirect_uris = self.redirect_uris



        jwks_url = self.jwks_url

        deep_linking_url = self.deep_linking_url

        scopes = self.scopes



        canvas_developer_key = self.canvas_developer_key.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "issuer": issuer,
            "client_id": client_id,
            "login_initiation_url": login_initiation_url,
            "target_link_uri": target_link_uri,
            "redirect_uris": redirect_uris,
            "jwks_url": jwks_url,
            "deep_linking_url": deep_linking_url,
            "scopes": scopes,
            "canvas_developer_key": canvas_developer_key,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_config_canvas_developer_key import ToolConfigCanvasDeveloperKey # noqa: PLC0415
        d = dict(src_dict)
        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        login_initiation_url = d.pop("login_initiation_url")

        target_link_uri = d.pop("target_link_uri")

        redirect_uris = cast(list[str], d.pop("redirect_uris"))


        jwks_url = d.pop("jwks_url")

        deep_linking_url = d.pop("deep_linking_url")

        scopes = cast(list[str], d.pop("scopes"))


        canvas_developer_key = ToolConfigCanvasDeveloperKey.from_dict(d.pop("canvas_developer_key"))




        tool_config = cls(
            issuer=issuer,
            client_id=client_id,
            login_initiation_url=login_initiation_url,
            target_link_uri=target_link_uri,
            redirect_uris=redirect_uris,
            jwks_url=jwks_url,
            deep_linking_url=deep_linking_url,
            scopes=scopes,
            canvas_developer_key=canvas_developer_key,
        )


        tool_config.additional_properties = d
        return tool_config

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
