from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.student_dates import StudentDates





T = TypeVar("T", bound="GradebookRow")



@_attrs_define
class GradebookRow:
    """ 
        Attributes:
            id (int): The student's user id
            email (str): The account's email address (lower-cased; unique)
            display_name (str): The person's name as shown to others
            student_id (None | str): The student number from the roster (the institution's, not a user id); null: none given
            scores (list[float | None]): The counted score per column, in `columns` order (points); null: nothing graded
            total (float): The student's counted scores summed (points)
            extensions (list[StudentDates] | Unset): The student's own dates where they have an extension
            active (bool | Unset): false: the student's enrollment is inactive (no access); their grades stay listed
                Default: True.
     """

    id: int
    email: str
    display_name: str
    student_id: None | str
    scores: list[float | None]
    total: float
    extensions: list[StudentDates] | Unset = UNSET
    active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.student_dates import StudentDates # noqa: PLC0415
        id = self.id

        email = self.email

        display_name = self.display_name

        student_id: None | str
        student_id = self.student_id

        scores = []
        for scores_item_data in self.scores:
            scores_item: float | None
            scores_item = scores_item_data
            scores.append(scores_item)



        total = self.total

        extensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = []
            for extensions_item_data in self.extensions:
                extensions_item = extensions_item_data.to_dict()
                extensions.append(extensions_item)



        active = self.active


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "email": email,
            "display_name": display_name,
            "student_id": student_id,
            "scores": scores,
            "total": total,
        })
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.student_dates import StudentDates # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        display_name = d.pop("display_name")

        def _parse_student_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        student_id = _parse_student_id(d.pop("student_id"))


        scores = []
        _scores = d.pop("scores")
        for scores_item_data in (_scores):
            def _parse_scores_item(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            scores_item = _parse_scores_item(scores_item_data)

            scores.append(scores_item)


        total = d.pop("total")

        _extensions = d.pop("extensions", UNSET)
        extensions: list[StudentDates] | Unset = UNSET
        if _extensions is not UNSET:
            extensions = []
            for extensions_item_data in _extensions:
                extensions_item = StudentDates.from_dict(extensions_item_data)



                extensions.append(extensions_item)


        active = d.pop("active", UNSET)

        gradebook_row = cls(
            id=id,
            email=email,
            display_name=display_name,
            student_id=student_id,
            scores=scores,
            total=total,
            extensions=extensions,
            active=active,
        )


        gradebook_row.additional_properties = d
        return gradebook_row

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
