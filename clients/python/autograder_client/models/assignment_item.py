from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_mode import AssignmentMode
from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.assignment_item_config import AssignmentItemConfig





T = TypeVar("T", bound="AssignmentItem")



@_attrs_define
class AssignmentItem:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            module_id (int): The module's id
            title (str): The title people see
            description (str): A short text shown under the title in the module's list
            is_published (bool): Whether students can see it
            due_date (datetime.datetime | None): When the work is due (UTC, ISO 8601); later submissions are late. Null: no
                due date
            order_index (int): Position among its siblings, from 0
            mode (AssignmentMode):
            config (AssignmentItemConfig): The assignment's rules: attempts, window, exam time limit, late policy, feedback
            type_ (Literal['assignment']): The content item's kind: `assignment` or `page`
     """

    id: int
    module_id: int
    title: str
    description: str
    is_published: bool
    due_date: datetime.datetime | None
    order_index: int
    mode: AssignmentMode
    config: AssignmentItemConfig
    type_: Literal['assignment']
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_item_config import AssignmentItemConfig # noqa: PLC0415
        id = self.id

        module_id = self.module_id

        title = self.title

        description = self.description

        is_published = self.is_published

        due_date: None | str
        if isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        order_index = self.order_index

        mode = self.mode.value

        config = self.config.to_dict()

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "module_id": module_id,
            "title": title,
            "description": description,
            "is_published": is_published,
            "due_date": due_date,
            "order_index": order_index,
            "mode": mode,
            "config": config,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_item_config import AssignmentItemConfig # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        module_id = d.pop("module_id")

        title = d.pop("title")

        description = d.pop("description")

        is_published = d.pop("is_published")

        def _parse_due_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)



                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_date = _parse_due_date(d.pop("due_date"))


        order_index = d.pop("order_index")

        mode = AssignmentMode(d.pop("mode"))




        config = AssignmentItemConfig.from_dict(d.pop("config"))




        type_ = cast(Literal['assignment'] , d.pop("type"))
        if type_ != 'assignment':
            raise ValueError(f"type must match const 'assignment', got '{type_}'")

        assignment_item = cls(
            id=id,
            module_id=module_id,
            title=title,
            description=description,
            is_published=is_published,
            due_date=due_date,
            order_index=order_index,
            mode=mode,
            config=config,
            type_=type_,
        )


        assignment_item.additional_properties = d
        return assignment_item

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
