"""`autograder users ...`: accounts from the command line (the first admin of a production install comes from here)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click

from tables.enums import Role

T = TypeVar("T")
ROLES = click.Choice([role.value for role in Role])


def _run(work: Callable[..., Awaitable[T]]) -> T:
    """Run one service call with the configured database and Redis; domain errors end the command with exit 1."""
    from app.adapters.cache import async_redis
    from app.errors import DomainError
    from app.settings import PROJECT_ROOT, get_settings

    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))  # piccolo_conf.py lives at the project's root

    async def go() -> T:
        redis = async_redis(get_settings().redis_address)
        try:
            return await work(redis)
        finally:
            await redis.aclose()

    try:
        return asyncio.run(go())
    except DomainError as exc:
        click.echo(f"error: {exc.detail}", err=True)
        sys.exit(1)


@click.group()
def users() -> None:
    """Create accounts and change their role or activity."""


@users.command()
@click.option("--email", required=True)
@click.option("--name", "display_name", required=True, help="display name")
@click.option("--role", type=ROLES, required=True)
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    help="asked for when not given (at least 10 characters, not the email)",
)
def create(email: str, display_name: str, role: str, password: str) -> None:
    """Create an account that can log in at once (API and admin)."""
    from app.schemas.users import UserCreate
    from app.services import users as service

    data = UserCreate(email=email, display_name=display_name, role=Role(role), password=password)
    user = _run(lambda redis: service.create_account(data))
    click.echo(f"created {user.email} (id {user.id}, role {user.role})")


def _update(email: str, **changes) -> None:
    from app.schemas.users import UserUpdate
    from app.services import users as service

    async def work(redis):
        return await service.apply_update(await service.id_by_email(email), UserUpdate(**changes), redis=redis)

    summary = _run(work)
    click.echo(f"{summary.email}: role {summary.role}, {'active' if summary.active else 'deactivated'}")


@users.command("set-role")
@click.argument("email")
@click.argument("role", type=ROLES)
def set_role(email: str, role: str) -> None:
    """Change an account's role (its tokens stop working at once; admin access follows the role)."""
    _update(email, role=Role(role))


@users.command()
@click.argument("email")
def deactivate(email: str) -> None:
    """Stop an account from logging in; its tokens stop working at once."""
    _update(email, active=False)


@users.command()
@click.argument("email")
def activate(email: str) -> None:
    """Let a deactivated account log in again."""
    _update(email, active=True)
