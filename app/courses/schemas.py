from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from app.common.schemas import Email, Id, ShortText, Title
from tables.enums import ClassRole, GradebookPolicy, Language

Code = Annotated[str, msgspec.Meta(min_length=1, max_length=50, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]


class ClassSettings(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    """A class's settings; a PATCH merges into them (JSON Merge Patch: app/common/merge_patch.py). The time zone is
    an IANA name, checked in the service."""

    default_language: Language = Language.python
    time_zone: Annotated[str, msgspec.Meta(min_length=1, max_length=64)] = "UTC"
    gradebook_score: GradebookPolicy = GradebookPolicy.best
    ta_can_override: bool = False  # TAs may override scores too (instructors always may)
    ta_can_see_similarity: bool = True  # False: similarity reports are for instructors only (TAs get 404)


# a JSON Merge Patch (RFC 7396) over the stored ClassSettings: keys sent replace, null removes, others stay
SettingsPatch = Annotated[
    dict[str, Any], msgspec.Meta(description="JSON Merge Patch over the class's settings (keys as in ClassSettings)")
]


class ClassCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: Code
    title: Title
    term: ShortText = ""
    settings: ClassSettings = msgspec.field(default_factory=ClassSettings)


class ClassUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    term: ShortText | UnsetType = UNSET
    settings: SettingsPatch | UnsetType = UNSET


class ClassDetail(msgspec.Struct):
    id: int
    code: str
    title: str
    term: str
    settings: dict
    archived: bool
    my_role: str


class EnrollmentCreate(msgspec.Struct, forbid_unknown_fields=True):
    email: Email
    role: ClassRole = ClassRole.student


class EnrollmentUpdate(msgspec.Struct, forbid_unknown_fields=True):
    role: ClassRole | msgspec.UnsetType = msgspec.UNSET
    active: bool | msgspec.UnsetType = msgspec.UNSET


class EnrollmentDetail(msgspec.Struct):
    user_id: int
    email: str
    display_name: str
    role: ClassRole
    active: bool = True


class BulkEnroll(msgspec.Struct, forbid_unknown_fields=True):
    emails: Annotated[list[Email], msgspec.Meta(min_length=1, max_length=1000)]
    role: ClassRole = ClassRole.student


class EnrollmentOffered(msgspec.Struct):
    """The account is in none of the caller's classes: it was mailed an offer, and joins when it accepts."""

    user_id: int
    email: str
    role: str
    invitation_sent: bool


class BulkEnrollResult(msgspec.Struct):
    added: list[str]
    already_enrolled: list[str]
    unknown: list[str]
    invited: list[str] = msgspec.field(default_factory=list)  # mailed an offer to join (see EnrollmentOffered)


class ModuleCreate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title


class ModuleUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title


class ModuleDetail(msgspec.Struct):
    id: int
    class_id: int
    title: str
    order_index: int


class ModuleOrder(msgspec.Struct, forbid_unknown_fields=True):
    module_ids: Annotated[list[Id], msgspec.Meta(max_length=1000)]
