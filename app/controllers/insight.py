"""Staff insight on one assignment question: similarity reports and wrong-answer clusters (404 for anyone else)."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Response, get, post
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter

from app.common.pagination import window
from app.controllers.params import Cursor, Limit
from app.insight import similarity, wrong_answers
from app.insight.schemas import QuestionInsight, SimilarityReportView
from app.settings import Settings
from tables.users import User

IncludePast = Annotated[bool, Parameter(query="include_past")]


class InsightController(Controller):
    path = "/assignments/{item_id:int}/questions/{question_id:int}"
    tags = ["staff"]

    @post("/similarity", status_code=202)
    async def request_similarity(
        self, user: User, settings: Settings, item_id: int, question_id: int, include_past: IncludePast = False
    ) -> SimilarityReportView:
        """Compare every student's counted attempt (with `include_past`, also those of the same question in the
        other classes the caller teaches); unchanged attempts reuse the stored report."""
        return await similarity.request(user, settings, item_id, question_id, include_past)

    @get(
        "/similarity",
        responses={
            200: ResponseSpec(
                data_container=SimilarityReportView,
                description="JSON, or CSV with ?format=csv",
                generate_examples=False,
            )
        },
    )
    async def read_similarity(
        self,
        user: User,
        item_id: int,
        question_id: int,
        include_past: IncludePast = False,
        limit: Limit = None,
        cursor: Cursor = None,
        accept: Annotated[str | None, Parameter(header="Accept")] = None,
        format: Annotated[str | None, Parameter(query="format", pattern="^(json|csv)$")] = None,
    ) -> Response:
        """The report's state and its pairs, most similar first, with the matched line ranges of both attempts."""
        if format == "csv" or (format is None and accept and "text/csv" in accept):
            return Response(
                await similarity.export_csv(user, item_id, question_id, include_past),
                media_type="text/csv",
                headers={"Content-Disposition": f'attachment; filename="similarity-{item_id}-{question_id}.csv"'},
            )
        size, offset = window(limit, cursor)
        return Response(await similarity.read(user, item_id, question_id, include_past, limit=size, offset=offset))

    @get("/wrong-answers")
    async def wrong_answers(self, user: User, item_id: int, question_id: int) -> QuestionInsight:
        """Per test, the most common wrong outputs and how often it was the first to fail; kept by the workers."""
        return await wrong_answers.for_question(user, item_id, question_id)
