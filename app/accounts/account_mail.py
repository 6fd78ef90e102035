"""What invitation and reset mails say, and where their links land (`FRONTEND_URL` and its link templates, which an
LTI launch's landing link follows too: app/lti/lti_launch.py).

A mail names the class and the person who invited, and sends the reader to a page: a frontend's, or by default the
product's own /invitation and /password-reset forms. It never asks anyone to call the API.
"""

from __future__ import annotations

from urllib.parse import quote

from app.settings import Settings


def link(template: str, settings: Settings, token: str) -> str:
    return template.format(frontend=settings.frontend_address, token=quote(token, safe=""))


def invitation(settings: Settings, *, name: str, inviter: str, class_title: str | None, token: str) -> tuple[str, str]:
    """Subject and body of an invitation."""
    to_what = f"the class {class_title}" if class_title else "the autograder"
    subject = f"{inviter} invited you to {class_title}" if class_title else "Your autograder invitation"
    body = (
        f"Hello {name},\n\n{inviter} invited you to {to_what}.\n\n"
        "Open this link to choose your password (it works once, for 7 days):\n\n"
        f"{link(settings.frontend_invitation_url, settings, token)}\n\n"
        "If you did not expect this invitation, ignore this mail: no account is usable without that step.\n"
    )
    return subject, body


def password_reset(settings: Settings, *, name: str, token: str) -> tuple[str, str]:
    """Subject and body of a password reset."""
    body = (
        f"Hello {name},\n\nsomeone asked to reset your autograder password.\n"
        "If it was you, open this link to choose a new one (it works once, for 1 hour):\n\n"
        f"{link(settings.frontend_password_reset_url, settings, token)}\n\n"
        "If it was not you, ignore this mail: your password stays as it is.\n"
    )
    return "Reset your autograder password", body
