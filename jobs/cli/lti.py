"""`autograder lti ...`: register an LMS platform and rotate the tool's signing key from the command line alone."""

from __future__ import annotations

import asyncio
import sys

import click


def _services():
    from app.settings import PROJECT_ROOT

    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))  # piccolo_conf.py lives at the project's root
    from app.lti import lti_keys, lti_platforms

    return lti_platforms, lti_keys


@click.group()
def lti() -> None:
    """LTI 1.3: the platforms (Canvas, Moodle, Blackboard...) this tool trusts, and its keys."""


@lti.command("add-platform")
@click.option("--name", required=True, help="a name for people (the LMS and the institution)")
@click.option("--issuer", required=True, help="the platform's issuer (iss), e.g. https://canvas.instructure.com")
@click.option("--client-id", required=True, help="the client id the platform gave this tool")
@click.option("--deployment-id", "deployment_ids", multiple=True, help="a deployment id (repeat for several)")
@click.option("--auth-login-url", required=True, help="the platform's OIDC authorization endpoint")
@click.option("--auth-token-url", required=True, help="the platform's OAuth2 access-token endpoint")
@click.option("--key-set-url", required=True, help="the platform's public JWKS URL")
@click.option("--token-audience", default="", help="the token endpoint's `aud`, when not the token URL itself")
@click.option("--max-requests-per-second", type=float, default=10.0, show_default=True, help="pace of score passback")
def add_platform(**fields: object) -> None:
    """Register a platform; prints the values to enter on the platform's side."""
    from app.settings import get_settings

    platforms, _ = _services()
    fields["deployment_ids"] = list(fields["deployment_ids"])  # type: ignore[arg-type]
    code, message = asyncio.run(platforms.add_from_command(fields, get_settings()))
    click.echo(message, err=code != 0)
    sys.exit(code)


@lti.command("rotate-key")
@click.option("--overlap-days", type=int, default=7, show_default=True, help="how long the old key stays published")
def rotate_key(overlap_days: int) -> None:
    """Sign with a new key from now on; the previous keys stay in the JWKS for the overlap."""
    from datetime import timedelta

    from app.settings import get_settings

    _, keys = _services()
    kid = asyncio.run(keys.rotate(get_settings(), timedelta(days=overlap_days)))
    click.echo(f"signing with key {kid}; the previous keys stay published for {overlap_days} days")


@lti.command("registration-url")
@click.option("--name", default="LTI platform (dynamic registration)", help="the name the platform gets here")
def registration_url(name: str) -> None:
    """A one-time LTI Dynamic Registration URL (one hour) to paste into Moodle or Canvas."""
    from app.lti import lti_registration
    from app.settings import get_settings

    _services()
    made = asyncio.run(lti_registration.issue(name, get_settings()))
    click.echo(f"{made.url}\nusable once, until {made.expires_at.isoformat(timespec='seconds')}")
