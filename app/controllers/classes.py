from __future__ import annotations

from typing import Annotated

from litestar import Controller, Response, delete, get, patch, post, put
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter
from redis.asyncio import Redis

from app.common.pagination import window
from app.common.schemas import Page
from app.content import modules
from app.controllers.params import Cursor, Limit
from app.courses import courses
from app.courses.schemas import (
    BulkEnroll,
    BulkEnrollResult,
    ClassCreate,
    ClassDetail,
    ClassUpdate,
    EnrollmentCreate,
    EnrollmentDetail,
    EnrollmentOffered,
    EnrollmentUpdate,
    ModuleCreate,
    ModuleDetail,
    ModuleOrder,
)
from app.grades import gradebook, gradebook_export
from app.grades.gradebook_export import ExportFormat
from app.grades.schemas import Gradebook
from app.settings import Settings
from tables.users import User


class ClassController(Controller):
    path = "/classes"
    tags = ["classes"]

    @get("/")
    async def list_classes(
        self, user: User, limit: Limit = None, cursor: Cursor = None, include_archived: bool = False
    ) -> Page[ClassDetail]:
        """The classes the caller belongs to (every class for an admin); archived ones only with `include_archived`."""
        size, offset = window(limit, cursor)
        return await courses.list_classes(user, limit=size, offset=offset, include_archived=include_archived)

    @post("/")
    async def create_class(self, user: User, data: ClassCreate) -> ClassDetail:
        """Create a class; instructors and admins only. The creator becomes its instructor."""
        return await courses.create_class(user, data)

    @get("/{class_id:int}")
    async def get_class(self, user: User, class_id: int) -> ClassDetail:
        """One class with the caller's role in it; 404 for a caller outside it."""
        return await courses.get_class(user, class_id)

    @patch("/{class_id:int}")
    async def update_class(self, user: User, class_id: int, data: ClassUpdate) -> ClassDetail:
        """Change a class's title, term or settings; its instructors and admins only."""
        return await courses.update_class(user, class_id, data)

    @post("/{class_id:int}/archive", status_code=200)
    async def archive_class(self, user: User, class_id: int) -> ClassDetail:
        """Archive a class: it leaves the default list and stays readable; its instructors and admins only."""
        return await courses.set_archived(user, class_id, True)

    @post("/{class_id:int}/unarchive", status_code=200)
    async def unarchive_class(self, user: User, class_id: int) -> ClassDetail:
        """Bring an archived class back; its instructors and admins only."""
        return await courses.set_archived(user, class_id, False)

    @get("/{class_id:int}/enrollments")
    async def list_enrollments(
        self, user: User, class_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[EnrollmentDetail]:
        """The class's members with their roles; the class's staff only."""
        size, offset = window(limit, cursor)
        return await courses.list_enrollments(user, class_id, limit=size, offset=offset)

    @post(
        "/{class_id:int}/enrollments",
        responses={
            202: ResponseSpec(
                EnrollmentOffered, description="offered by mail: joins when accepted", generate_examples=False
            )
        },
        problems=(429,),
    )
    async def enroll(
        self, user: User, class_id: int, data: EnrollmentCreate, settings: Settings, redis: Redis
    ) -> Response[EnrollmentDetail | EnrollmentOffered]:
        """Enroll an existing user by email with a class role (201); the class's instructors and admins only. An
        account in none of the caller's classes is mailed an offer instead and joins when it accepts (202)."""
        done = await courses.enroll(user, class_id, email=data.email, role=data.role, settings=settings, redis=redis)
        return Response(done, status_code=202 if isinstance(done, EnrollmentOffered) else 201)

    @post("/{class_id:int}/enrollments/bulk", status_code=200)
    async def bulk_enroll(
        self, user: User, class_id: int, data: BulkEnroll, settings: Settings, redis: Redis
    ) -> BulkEnrollResult:
        """Enroll many users at once (accounts in none of the caller's classes are mailed an offer: `invited`);
        instructors and admins only."""
        return await courses.bulk_enroll(
            user, class_id, emails=data.emails, role=data.role, settings=settings, redis=redis
        )

    @patch("/{class_id:int}/enrollments/{user_id:int}")
    async def change_enrollment(
        self, user: User, class_id: int, user_id: int, data: EnrollmentUpdate
    ) -> EnrollmentDetail:
        """Change a member's role in the class, or set them inactive (no access; their attempts and grades stay) or
        active again; the class's instructors and admins only."""
        return await courses.change_enrollment(user, class_id, user_id, data)

    @delete("/{class_id:int}/enrollments/{user_id:int}")
    async def remove_enrollment(self, user: User, class_id: int, user_id: int) -> None:
        """Remove a member from the class (their attempts stay); instructors and admins only."""
        await courses.remove_enrollment(user, class_id, user_id)

    @get("/{class_id:int}/modules")
    async def list_modules(
        self, user: User, class_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[ModuleDetail]:
        """The class's modules in order; every member."""
        size, offset = window(limit, cursor)
        return await modules.list_modules(user, class_id, limit=size, offset=offset)

    @post("/{class_id:int}/modules")
    async def create_module(self, user: User, class_id: int, data: ModuleCreate) -> ModuleDetail:
        """Add a module at the end of the class; the class's instructors and admins only."""
        return await modules.create_module(user, class_id, data.title)

    @put("/{class_id:int}/modules/order")
    async def reorder_modules(self, user: User, class_id: int, data: ModuleOrder) -> list[ModuleDetail]:
        """Set the order of all the class's modules at once; the class's instructors and admins only."""
        return await modules.reorder_modules(user, class_id, data.module_ids)

    @get("/{class_id:int}/gradebook")
    async def gradebook(self, user: User, class_id: int) -> Gradebook:
        """Per student and assignment question, the best (or last) score with late penalties applied, and totals;
        the class's staff. As a file: `GET .../gradebook/export`."""
        return await gradebook.build(user, class_id)

    @get(
        "/{class_id:int}/gradebook/export",
        media_type="text/csv; charset=utf-8",
        responses={
            200: ResponseSpec(
                data_container=str, media_type="text/csv", description="The gradebook as CSV", generate_examples=False
            )
        },
    )
    async def export_gradebook(
        self,
        user: User,
        class_id: int,
        format: Annotated[ExportFormat, Parameter(query="format")] = ExportFormat.csv,
        bom: Annotated[bool, Parameter(query="bom")] = False,
    ) -> Response[str]:
        """The gradebook as a CSV file to open in a spreadsheet (`csv`) or import into Canvas (`canvas`) or Moodle
        (`moodle`); the class's staff."""
        book = await gradebook.build(user, class_id)
        return Response(
            gradebook_export.to_csv(book, format, bom=bom),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="gradebook-{class_id}-{format}.csv"'},
        )
