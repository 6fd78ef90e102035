from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rejudge_item import RejudgeItem





T = TypeVar("T", bound="RejudgeBatch")



@_attrs_define
class RejudgeBatch:
    """ 
        Attributes:
            id (str): The id of this resource (a positive integer, stable)
            total (int): How many attempts the batch judges again
            done (int): How many attempts have been judged again so far
            published (bool): Whether the new results were published (they replace the old ones)
            items (list[RejudgeItem]): One entry per attempt, old and new outcome
            question_id (int | None | Unset): The question's id
            assignment_id (int | None | Unset): The assignment's id (the id of its content item, as in
                `/api/assignments/{item_id}`)
            publishing (bool | Unset): Whether the batch's new results are being published Default: False.
            keep_overrides (bool | None | Unset): After publishing: whether overrides in force were kept (null until
                published)
            overrides_removed (list[int] | Unset): After publishing: the attempts whose override in force the publish ended
     """

    id: str
    total: int
    done: int
    published: bool
    items: list[RejudgeItem]
    question_id: int | None | Unset = UNSET
    assignment_id: int | None | Unset = UNSET
    publishing: bool | Unset = False
    keep_overrides: bool | None | Unset = UNSET
    overrides_removed: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rejudge_item import RejudgeItem # noqa: PLC0415
        id = self.id

        total = self.total

        done = self.done

        published = self.published

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        question_id: int | None | Unset
        if isinstance(self.question_id, Unset):
            question_id = UNSET
        else:
            question_id = self.question_id

        assignment_id: int | None | Unset
        if isinstance(self.assignment_id, Unset):
            assignment_id = UNSET
        else:
            assignment_id = self.assignment_id

        publishing = self.publishing

        keep_overrides: bool | None | Unset
        if isinstance(self.keep_overrides, Unset):
            keep_overrides = UNSET
        else:
            keep_overrides = self.keep_overrides

        overrides_removed: list[int] | Unset = UNSET
        if not isinstance(self.overrides_removed, Unset):
            overrides_removed = self.overrides_removed




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "total": total,
            "done": done,
            "published": published,
            "items": items,
        })
        if question_id is not UNSET:
            field_dict["question_id"] = question_id
        if assignment_id is not UNSET:
            field_dict["assignment_id"] = assignment_id
        if publishing is not UNSET:
            field_dict["publishing"] = publishing
        if keep_overrides is not UNSET:
            field_dict["keep_overrides"] = keep_overrides
        if overrides_removed is not UNSET:
            field_dict["overrides_removed"] = overrides_removed

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rejudge_item import RejudgeItem # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        total = d.pop("total")

        done = d.pop("done")

        published = d.pop("published")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = RejudgeItem.from_dict(items_item_data)



            items.append(items_item)


        def _parse_question_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        question_id = _parse_question_id(d.pop("question_id", UNSET))


        def _parse_assignment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assignment_id = _parse_assignment_id(d.pop("assignment_id", UNSET))


        publishing = d.pop("publishing", UNSET)

        def _parse_keep_overrides(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_overrides = _parse_keep_overrides(d.pop("keep_overrides", UNSET))


        overrides_removed = cast(list[int], d.pop("overrides_removed", UNSET))


        rejudge_batch = cls(
            id=id,
            total=total,
            done=done,
            published=published,
            items=items,
            question_id=question_id,
            assignment_id=assignment_id,
            publishing=publishing,
            keep_overrides=keep_overrides,
            overrides_removed=overrides_removed,
        )


        rejudge_batch.additional_properties = d
        return rejudge_batch

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
