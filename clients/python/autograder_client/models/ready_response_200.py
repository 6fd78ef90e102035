from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ready_response_200_additional_property_type_0 import ReadyResponse200AdditionalPropertyType0





T = TypeVar("T", bound="ReadyResponse200")



@_attrs_define
class ReadyResponse200:
    

    additional_properties: dict[str, ReadyResponse200AdditionalPropertyType0 | str] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ready_response_200_additional_property_type_0 import ReadyResponse200AdditionalPropertyType0 # noqa: PLC0415
        
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            
            if isinstance(prop, ReadyResponse200AdditionalPropertyType0):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop


        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ready_response_200_additional_property_type_0 import ReadyResponse200AdditionalPropertyType0 # noqa: PLC0415
        d = dict(src_dict)
        ready_response_200 = cls(
        )


        additional_properties = {}
        for prop_name, prop_dict in d.items():
            def _parse_additional_property(data: object) -> ReadyResponse200AdditionalPropertyType0 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = ReadyResponse200AdditionalPropertyType0.from_dict(data)



                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ReadyResponse200AdditionalPropertyType0 | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        ready_response_200.additional_properties = additional_properties
        return ready_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ReadyResponse200AdditionalPropertyType0 | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ReadyResponse200AdditionalPropertyType0 | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
