"""`autograder users ...`: accounts from the command line (the first admin of a production install comes from here)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable

import click

from tables.enums import Role

ROLES = click.Choice([role.value for role in Role])


def _finish(outcome: Awaitable[tuple[int, str]]) -> None:
    code, message = asyncio.run(outcome)
    click.echo(message, err=code != 0)
    sys.exit(code)


def _services():
    from app.settings import PROJECT_ROOT

    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))  # piccolo_conf.py lives at the project's root
    from app.accounts import user_commands

    return user_commands


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
    """Create an account that can log in at once (API and, for the admin role, the admin)."""
    _finish(_services().create(email=email, display_name=display_name, role=role, password=password))


@users.command("set-role")
@click.argument("email")
@click.argument("role", type=ROLES)
def set_role(email: str, role: str) -> None:
    """Change an account's role (its tokens stop working at once; admin access follows the role)."""
    _finish(_services().change(email, role=role))


@users.command()
@click.argument("email")
def deactivate(email: str) -> None:
    """Stop an account from logging in; its tokens stop working at once."""
    _finish(_services().change(email, active=False))


@users.command()
@click.argument("email")
def activate(email: str) -> None:
    """Let a deactivated account log in again."""
    _finish(_services().change(email, active=True))
