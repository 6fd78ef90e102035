from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, post
from litestar.params import Parameter

from app.common.infra import Infra
from app.submissions import runs
from app.submissions.schemas import RunAccepted, RunCode, RunDetail
from tables.users import User


class QuestionRunController(Controller):
    """Starting a run of code on a question of an assignment."""

    path = "/assignments/{item_id:int}/questions/{question_id:int}/runs"
    tags = ["runs"]

    @post("/", status_code=202)
    async def start_run(self, user: User, item_id: int, question_id: int, data: RunCode, infra: Infra) -> RunAccepted:
        """Run code on `stdin`, or against the visible tests with `"tests": "visible"`: no attempt is spent and
        nothing reaches the gradebook; rate-limited per student (429). Same access rules as submitting."""
        return await runs.start_run(user=user, item_id=item_id, question_id=question_id, data=data, infra=infra)


class RunController(Controller):
    """One run by its own id."""

    path = "/runs"
    tags = ["runs"]

    @get("/{run_id:int}")
    async def get_run(
        self, user: User, run_id: int, infra: Infra, wait: Annotated[float, Parameter(ge=0, le=30)] = 0
    ) -> RunDetail:
        """The run's outcome (its owner only); `?wait=N` returns as soon as it is done (N ≤ 30 s)."""
        return await runs.get_run(user, run_id, wait=wait, infra=infra)
