from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.gradebook_policy import GradebookPolicy
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.snapshot_assignment import SnapshotAssignment
  from ..models.snapshot_grade import SnapshotGrade
  from ..models.snapshot_student import SnapshotStudent





T = TypeVar("T", bound="GradeSnapshot")



@_attrs_define
class GradeSnapshot:
    """ 
        Attributes:
            class_id (int): The class's id
            as_of_sequence (int): The ledger's highest sequence number this snapshot covers (0: no event yet): every event
                up to it is in `grades`, none after it; follow `grade-events?after=` this number
            taken_at (datetime.datetime): When the snapshot was taken (UTC, ISO 8601)
            policy (GradebookPolicy):
            assignments (list[SnapshotAssignment]): Every assignment of the class, published or not, with its questions'
                points possible, in course order
            students (list[SnapshotStudent]): The class's students, and anyone else with a counted grade here (see
                `enrolled`), by email
            grades (list[SnapshotGrade]): Every counted question grade (the best or last attempt by the class's policy, late
                penalty and override applied), one per student, assignment and question that has one; held exam grades included
                (see the assignment's `held`)
     """

    class_id: int
    as_of_sequence: int
    taken_at: datetime.datetime
    policy: GradebookPolicy
    assignments: list[SnapshotAssignment]
    students: list[SnapshotStudent]
    grades: list[SnapshotGrade]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.snapshot_assignment import SnapshotAssignment # noqa: PLC0415
        from ..models.snapshot_grade import SnapshotGrade # noqa: PLC0415
        from ..models.snapshot_student import SnapshotStudent # noqa: PLC0415
        class_id = self.class_id

        as_of_sequence = self.as_of_sequence

        taken_at = self.taken_at.isoformat()

        policy = self.policy.value

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)



        students = []
        for students_item_data in self.students:
            students_item = students_item_data.to_dict()
            students.append(students_item)



        grades = []
        for grades_item_data in self.grades:
            grades_item = grades_item_data.to_dict()
            grades.append(grades_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "class_id": class_id,
            "as_of_sequence": as_of_sequence,
            "taken_at": taken_at,
            "policy": policy,
            "assignments": assignments,
            "students": students,
            "grades": grades,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot_assignment import SnapshotAssignment # noqa: PLC0415
        from ..models.snapshot_grade import SnapshotGrade # noqa: PLC0415
        from ..models.snapshot_student import SnapshotStudent # noqa: PLC0415
        d = dict(src_dict)
        class_id = d.pop("class_id")

        as_of_sequence = d.pop("as_of_sequence")

        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))




        policy = GradebookPolicy(d.pop("policy"))




        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in (_assignments):
            assignments_item = SnapshotAssignment.from_dict(assignments_item_data)



            assignments.append(assignments_item)


        students = []
        _students = d.pop("students")
        for students_item_data in (_students):
            students_item = SnapshotStudent.from_dict(students_item_data)



            students.append(students_item)


        grades = []
        _grades = d.pop("grades")
        for grades_item_data in (_grades):
            grades_item = SnapshotGrade.from_dict(grades_item_data)



            grades.append(grades_item)


        grade_snapshot = cls(
            class_id=class_id,
            as_of_sequence=as_of_sequence,
            taken_at=taken_at,
            policy=policy,
            assignments=assignments,
            students=students,
            grades=grades,
        )


        grade_snapshot.additional_properties = d
        return grade_snapshot

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
