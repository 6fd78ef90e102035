from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.matched_region import MatchedRegion
  from ..models.student_ref import StudentRef





T = TypeVar("T", bound="SimilarPair")



@_attrs_define
class SimilarPair:
    """ 
        Attributes:
            rank (int): Position in the report, from 1 (most similar first)
            score (float): Points earned, after the late penalty (and an override, where one is in force); null: not graded
                yet
            matched_tokens (int): How many normalized tokens the two programs share in the matched regions
            attempt_a (int): The first student's counted attempt (its id)
            attempt_b (int): The second student's counted attempt (its id)
            student_a (StudentRef):
            student_b (StudentRef):
            regions (list[MatchedRegion]): The matched regions, as line ranges in each file, for a side-by-side view
     """

    rank: int
    score: float
    matched_tokens: int
    attempt_a: int
    attempt_b: int
    student_a: StudentRef
    student_b: StudentRef
    regions: list[MatchedRegion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.matched_region import MatchedRegion # noqa: PLC0415
        from ..models.student_ref import StudentRef # noqa: PLC0415
        rank = self.rank

        score = self.score

        matched_tokens = self.matched_tokens

        attempt_a = self.attempt_a

        attempt_b = self.attempt_b

        student_a = self.student_a.to_dict()

        student_b = self.student_b.to_dict()

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rank": rank,
            "score": score,
            "matched_tokens": matched_tokens,
            "attempt_a": attempt_a,
            "attempt_b": attempt_b,
            "student_a": student_a,
            "student_b": student_b,
            "regions": regions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matched_region import MatchedRegion # noqa: PLC0415
        from ..models.student_ref import StudentRef # noqa: PLC0415
        d = dict(src_dict)
        rank = d.pop("rank")

        score = d.pop("score")

        matched_tokens = d.pop("matched_tokens")

        attempt_a = d.pop("attempt_a")

        attempt_b = d.pop("attempt_b")

        student_a = StudentRef.from_dict(d.pop("student_a"))




        student_b = StudentRef.from_dict(d.pop("student_b"))




        regions = []
        _regions = d.pop("regions")
        for regions_item_data in (_regions):
            regions_item = MatchedRegion.from_dict(regions_item_data)



            regions.append(regions_item)


        similar_pair = cls(
            rank=rank,
            score=score,
            matched_tokens=matched_tokens,
            attempt_a=attempt_a,
            attempt_b=attempt_b,
            student_a=student_a,
            student_b=student_b,
            regions=regions,
        )


        similar_pair.additional_properties = d
        return similar_pair

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
