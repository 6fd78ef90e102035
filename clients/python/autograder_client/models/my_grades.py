from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gradebook_policy import GradebookPolicy
from typing import cast

if TYPE_CHECKING:
  from ..models.assignment_grades import AssignmentGrades





T = TypeVar("T", bound="MyGrades")



@_attrs_define
class MyGrades:
    """ 
        Attributes:
            class_id (int): The class's id
            policy (GradebookPolicy):
            total (float): The caller's counted scores summed (points); held exam results count as 0
            max_total (float): The points possible over everything listed
            assignments (list[AssignmentGrades]): One entry per published assignment, in course order
     """

    class_id: int
    policy: GradebookPolicy
    total: float
    max_total: float
    assignments: list[AssignmentGrades]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_grades import AssignmentGrades # noqa: PLC0415
        class_id = self.class_id

        policy = self.policy.value

        total = self.total

        max_total = self.max_total

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "class_id": class_id,
            "policy": policy,
            "total": total,
            "max_total": max_total,
            "assignments": assignments,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_grades import AssignmentGrades # noqa: PLC0415
        d = dict(src_dict)
        class_id = d.pop("class_id")

        policy = GradebookPolicy(d.pop("policy"))




        total = d.pop("total")

        max_total = d.pop("max_total")

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in (_assignments):
            assignments_item = AssignmentGrades.from_dict(assignments_item_data)



            assignments.append(assignments_item)


        my_grades = cls(
            class_id=class_id,
            policy=policy,
            total=total,
            max_total=max_total,
            assignments=assignments,
        )


        my_grades.additional_properties = d
        return my_grades

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
