"""Mail over SMTP (`SMTP_URL`: smtp://host:port, smtps:// for TLS, optional user:password@), off the event loop."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

import anyio

from app.settings import Settings

log = logging.getLogger(__name__)
TIMEOUT_SECONDS = 10


class MailError(Exception):
    """The SMTP server could not be reached or refused the message."""


def _send(url: str, message: EmailMessage) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps"):
        raise MailError(f"SMTP_URL must start with smtp:// or smtps://, not {parts.scheme}://")
    host = parts.hostname or "127.0.0.1"
    if parts.scheme == "smtps":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            host, parts.port or 465, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context()
        )
    else:
        client = smtplib.SMTP(host, parts.port or 25, timeout=TIMEOUT_SECONDS)
    with client:
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
        client.send_message(message)


async def send(settings: Settings, *, to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    try:
        await anyio.to_thread.run_sync(_send, settings.smtp_address, message)
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("mail to %s not sent: %s", to, exc)
        raise MailError(str(exc)) from exc
