from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from app.schemas.common import Email, Id, ShortText, Title
from tables.enums import ClassRole, GradebookPolicy, Language

Code = Annotated[str, msgspec.Meta(min_length=1, max_length=50, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]


class ClassSettings(msgspec.Struct, omit_defaults=True):
    """Unknown keys are dropped: Litestar answers 500 for an unknown key inside a nested struct (fuzzer finding)."""

    default_language: Language = Language.python
    time_zone: ShortText = "UTC"
    gradebook_score: GradebookPolicy = GradebookPolicy.best
    ta_can_override: bool = False  # TAs may override scores too (instructors always may)
    ta_can_see_similarity: bool = True  # False: similarity reports are for instructors only (TAs get 404)


class ClassCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: Code
    title: Title
    term: ShortText = ""
    settings: ClassSettings = msgspec.field(default_factory=ClassSettings)


class ClassUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    term: ShortText | UnsetType = UNSET
    settings: ClassSettings | UnsetType = UNSET


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
    role: ClassRole


class EnrollmentDetail(msgspec.Struct):
    user_id: int
    email: str
    display_name: str
    role: str


class BulkEnroll(msgspec.Struct, forbid_unknown_fields=True):
    emails: Annotated[list[Email], msgspec.Meta(min_length=1, max_length=1000)]
    role: ClassRole = ClassRole.student


class BulkEnrollResult(msgspec.Struct):
    added: list[str]
    already_enrolled: list[str]
    unknown: list[str]


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
