from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gradebook_policy import GradebookPolicy
from typing import cast

if TYPE_CHECKING:
  from ..models.gradebook_column import GradebookColumn
  from ..models.gradebook_row import GradebookRow





T = TypeVar("T", bound="Gradebook")



@_attrs_define
class Gradebook:
    """ 
        Attributes:
            class_id (int): The class's id
            policy (GradebookPolicy):
            columns (list[GradebookColumn]): One column per assignment question, in course order
            max_total (float): The points possible over everything listed
            rows (list[GradebookRow]): One row per student, ordered by email
     """

    class_id: int
    policy: GradebookPolicy
    columns: list[GradebookColumn]
    max_total: float
    rows: list[GradebookRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.gradebook_column import GradebookColumn # noqa: PLC0415
        from ..models.gradebook_row import GradebookRow # noqa: PLC0415
        class_id = self.class_id

        policy = self.policy.value

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)



        max_total = self.max_total

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "class_id": class_id,
            "policy": policy,
            "columns": columns,
            "max_total": max_total,
            "rows": rows,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gradebook_column import GradebookColumn # noqa: PLC0415
        from ..models.gradebook_row import GradebookRow # noqa: PLC0415
        d = dict(src_dict)
        class_id = d.pop("class_id")

        policy = GradebookPolicy(d.pop("policy"))




        columns = []
        _columns = d.pop("columns")
        for columns_item_data in (_columns):
            columns_item = GradebookColumn.from_dict(columns_item_data)



            columns.append(columns_item)


        max_total = d.pop("max_total")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = GradebookRow.from_dict(rows_item_data)



            rows.append(rows_item)


        gradebook = cls(
            class_id=class_id,
            policy=policy,
            columns=columns,
            max_total=max_total,
            rows=rows,
        )


        gradebook.additional_properties = d
        return gradebook

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
