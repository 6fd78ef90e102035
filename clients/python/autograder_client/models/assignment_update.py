from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_mode import AssignmentMode
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.assignment_update_config_type_0 import AssignmentUpdateConfigType0





T = TypeVar("T", bound="AssignmentUpdate")



@_attrs_define
class AssignmentUpdate:
    """ 
        Attributes:
            title (str | Unset): The title people see
            mode (AssignmentMode | Unset):
            description (str | Unset): A short text shown under the title in the module's list
            due_date (datetime.datetime | None | Unset): When the work is due (UTC, ISO 8601); later submissions are late.
                Null: no due date
            config (AssignmentUpdateConfigType0 | Unset): JSON Merge Patch over the assignment's config (keys as in
                AssignmentConfig)
     """

    title: str | Unset = UNSET
    mode: AssignmentMode | Unset = UNSET
    description: str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    config: AssignmentUpdateConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_update_config_type_0 import AssignmentUpdateConfigType0 # noqa: PLC0415
        title: str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value


        description: str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config.to_dict()



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if title is not UNSET:
            field_dict["title"] = title
        if mode is not UNSET:
            field_dict["mode"] = mode
        if description is not UNSET:
            field_dict["description"] = description
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_update_config_type_0 import AssignmentUpdateConfigType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_title(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        _mode = d.pop("mode", UNSET)
        mode: AssignmentMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = AssignmentMode(_mode)




        def _parse_description(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)



                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))


        def _parse_config(data: object) -> AssignmentUpdateConfigType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_type_0 = AssignmentUpdateConfigType0.from_dict(data)



            return config_type_0

        config = _parse_config(d.pop("config", UNSET))


        assignment_update = cls(
            title=title,
            mode=mode,
            description=description,
            due_date=due_date,
            config=config,
        )


        assignment_update.additional_properties = d
        return assignment_update

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
