"""`autograder grades ...`: the grade ledger checked against a recount from the attempts."""

from __future__ import annotations

import asyncio
import sys

import click

from app.grading import ledger
from jobs.db import connect
from tables.enums import GradeCause


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
    """Recount every question grade from attempts, overrides and releases and list what the stored grades got
    wrong; exits 1 when anything differs (and nothing was fixed)."""
    found = asyncio.run(_check(fix))
    for row in found:
        click.echo(
            f"student {row.student} assignment {row.assignment} question {row.question}: stored "
            f"{row.stored_score} (attempt {row.stored_attempt}), counted {row.counted_score} "
            f"(attempt {row.counted_attempt})"
        )
    click.echo(f"{len(found)} difference(s){' fixed' if fix and found else ''}")
    sys.exit(1 if found and not fix else 0)
