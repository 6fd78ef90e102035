"""`autograder grades ...`: the grade ledger checked against a recount from the attempts."""

from __future__ import annotations

import asyncio
import sys

import click

from app.content import lateness
from app.grading import ledger
from jobs.db import connect
from tables.enums import GradeCause


async def _late(fix: bool) -> list[lateness.LatenessDifference]:
    """Attempts whose lateness is not what the rules in force give; fixed first (their grades move with them)."""
    connection = await connect()
    try:
        found = await lateness.differences(connection)
        if fix:
            for assignment in sorted({row.assignment for row in found}):
                async with connection.transaction():
                    await lateness.rejudge(connection, assignment=assignment, student=None, actor=None)
        return found
    finally:
        await connection.close()


async def _check(fix: bool) -> list[ledger.GradeDifference]:
    connection = await connect()
    try:
        found = await ledger.differences(connection)
        if fix:
            for row in found:
                async with connection.transaction():
                    await ledger.recount(
                        connection,
                        student=row.student,
                        assignment=row.assignment,
                        question=row.question,
                        cause=GradeCause.graded,
                        actor=None,
                    )
        return found
    finally:
        await connection.close()


@click.group()
def grades() -> None:
    """The grade ledger (question grades and their events)."""


@grades.command()
@click.option("--fix", is_flag=True, help="recount the differing grades (each change recorded as an event)")
def check(fix: bool) -> None:
    """Judge every attempt's lateness by the rules in force and recount every question grade from attempts,
    overrides and releases; list what the stored ones got wrong; exits 1 when anything differs (and nothing was
    fixed)."""
    late = asyncio.run(_late(fix))
    for attempt in late:
        click.echo(
            f"attempt {attempt.attempt}: late {attempt.is_late} penalty {attempt.late_penalty} score {attempt.score}, "
            f"by the rules in force late {attempt.judged_late} penalty {attempt.judged_penalty} score "
            f"{attempt.judged_score}"
        )
    counted = asyncio.run(_check(fix))
    for row in counted:
        click.echo(
            f"student {row.student} assignment {row.assignment} question {row.question}: stored "
            f"{row.stored_score} (attempt {row.stored_attempt}), counted {row.counted_score} "
            f"(attempt {row.counted_attempt})"
        )
    found = len(late) + len(counted)
    click.echo(f"{found} difference(s){' fixed' if fix and found else ''}")
    sys.exit(1 if found and not fix else 0)
