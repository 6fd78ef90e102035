"""The `autograder` command line."""

from __future__ import annotations

import sys

import click

from jobs.cli_users import users


@click.group()
def main() -> None:
    """Autograder operations."""


@main.group()
def sandbox() -> None:
    """The grading sandbox on this host."""


@sandbox.command()
def selftest() -> None:
    """Run the hostile suite on this host through the real sandbox; exit 1 when anything is not contained.

    Run it after every deploy: isolation depends on the host (kernel, cgroups, container runtime)."""
    from app.settings import get_settings
    from jobs.sandbox.host import missing_isolation
    from jobs.sandbox.runner import Slot
    from jobs.sandbox.selftest import ATTACKS, Result, run_all

    missing = missing_isolation()
    for problem in missing:
        click.echo(f"host: {problem}")
    if missing:
        sys.exit(1)
    settings = get_settings()
    slot = Slot(settings.sandbox_base_uid, settings.sandbox_slots)
    click.echo(f"slot uid {slot.uid}, cgroup v{slot.cgroup.version}; {len(ATTACKS)} attacks")

    def report(result: Result) -> None:
        state = "contained" if result.contained else "NOT CONTAINED"
        detail = "" if result.contained else f" (got {list(result.verdicts)}, want {list(result.attack.verdicts)})"
        click.echo(f"{state:14} {result.attack.language:7} {result.attack.name}{detail}")

    results = run_all(slot, report)
    slot.close()
    failed = [r for r in results if not r.contained]
    click.echo(f"{len(results) - len(failed)} contained, {len(failed)} not contained")
    sys.exit(1 if failed else 0)


main.add_command(users)


if __name__ == "__main__":
    main()
