from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ScoreDelivery")



@_attrs_define
class ScoreDelivery:
    """ 
        Attributes:
            id (int): The id of this resource (a positive integer, stable)
            seq (int): The grade ledger event this score comes from
            assignment_id (int): The assignment's id (the id of its content item, as in `/api/assignments/{item_id}`)
            student_id (int): The student number from the roster (the institution's, not a user id); null: none given
            score_given (float | None): The score sent (points; null: no score yet)
            score_maximum (float): The assignment's points
            status (str): Where the attempt is: `queued`, `running`, `graded` or `error` (grading failed after retries)
            tries (int): Attempts to send it so far
            next_attempt_at (datetime.datetime): When it will be tried again (UTC)
            last_error (str): The platform's last answer when it failed (empty: none)
            sent_at (datetime.datetime | None): When the platform took it (null: not yet)
     """

    id: int
    seq: int
    assignment_id: int
    student_id: int
    score_given: float | None
    score_maximum: float
    status: str
    tries: int
    next_attempt_at: datetime.datetime
    last_error: str
    sent_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seq = self.seq

        assignment_id = self.assignment_id

        student_id = self.student_id

        score_given: float | None
        score_given = self.score_given

        score_maximum = self.score_maximum

        status = self.status

        tries = self.tries

        next_attempt_at = self.next_attempt_at.isoformat()

        last_error = self.last_error

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "seq": seq,
            "assignment_id": assignment_id,
            "student_id": student_id,
            "score_given": score_given,
            "score_maximum": score_maximum,
            "status": status,
            "tries": tries,
            "next_attempt_at": next_attempt_at,
            "last_error": last_error,
            "sent_at": sent_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        seq = d.pop("seq")

        assignment_id = d.pop("assignment_id")

        student_id = d.pop("student_id")

        def _parse_score_given(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score_given = _parse_score_given(d.pop("score_given"))


        score_maximum = d.pop("score_maximum")

        status = d.pop("status")

        tries = d.pop("tries")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))




        last_error = d.pop("last_error")

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)



                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))


        score_delivery = cls(
            id=id,
            seq=seq,
            assignment_id=assignment_id,
            student_id=student_id,
            score_given=score_given,
            score_maximum=score_maximum,
            status=status,
            tries=tries,
            next_attempt_at=next_attempt_at,
            last_error=last_error,
            sent_at=sent_at,
        )


        score_delivery.additional_properties = d
        return score_delivery

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
