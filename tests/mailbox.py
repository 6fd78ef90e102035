"""The test session's real SMTP server keeps every message as an .eml file under DATA_DIR/mail: read them here."""

from __future__ import annotations

import email
import re
import shutil
import time
from email.message import Message
from pathlib import Path

TOKEN = re.compile(r"token=([A-Za-z0-9_-]{40,})")


class Mailbox:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def clear(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)
        self.directory.mkdir(parents=True, exist_ok=True)

    def messages(self, to: str) -> list[Message]:
        found = []
        for path in sorted(self.directory.glob("*.eml")):
            message = email.message_from_bytes(path.read_bytes())
            if message["To"] == to:
                found.append(message)
        return found

    def wait_for(self, to: str, count: int = 1, timeout: float = 10) -> list[Message]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.messages(to)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"no mail #{count} to {to} within {timeout}s: {len(self.messages(to))} so far")

    def token(self, to: str, count: int = 1) -> str:
        message = self.wait_for(to, count)[count - 1]
        match = TOKEN.search(message.get_payload(decode=True).decode())
        assert match, "the mail carries a one-time link"
        return match.group(1)
