"""Email addresses that cannot be aimed: strict syntax, one canonical form, no mixed-script look-alikes.

Syntax is what RFC 5321 allows of a mailbox (a dot-atom local part, a domain of letter-digit-hyphen labels with at
least one dot), with RFC 6531's UTF-8 letters, and nothing else: no quoted local parts, no address literals, no
comments, one `@`, no encoded words (`=?...?=`, which a mail client decodes into other addresses), no spaces or
control characters.

The canonical form, used for uniqueness and lookups, is NFKC, case-folded, with a trailing dot removed (full-width
letters and `User@X.edu.` are the same account as `user@x.edu`). The database computes the same by a trigger
(`canonical_email()` in piccolo_migrations) for writers that bypass this module. A `+tag` is kept: only the
receiving host knows whether `a+b` and `a` are one mailbox (RFC 5321 section 2.4).
"""

from __future__ import annotations

import re
import unicodedata

from app.common.schemas import CONTROL_CHARACTERS, EMAIL_PATTERN
from app.errors import InvalidInput

MAILBOX = re.compile(EMAIL_PATTERN)
MAX_LENGTH = 254
MAX_LOCAL_LENGTH = 64
CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
# scripts that are written together in one name
CJK_FAMILY = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "LATIN"})


def canonical_email(address: str) -> str:
    """NFKC, case-folded (then NFKC again, as Unicode's NFKC_Casefold does), trimmed, trailing dot removed."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", address.strip()).casefold())
    return folded.rstrip(".")


def _scripts(text: str) -> set[str]:
    """The scripts of the letters in `text`, by the first word of each letter's Unicode name (LATIN, CYRILLIC...)."""
    found = set()
    for char in text:
        if char.isascii():
            if char.isalpha():
                found.add("LATIN")
        elif unicodedata.category(char).startswith("L"):
            found.add(unicodedata.name(char, "UNKNOWN").split()[0])
    return found


def _single_script(part: str) -> bool:
    scripts = _scripts(part)
    return len(scripts) <= 1 or scripts <= CJK_FAMILY


def problem(address: str) -> str | None:
    """Why `address` is no acceptable mailbox (None when it is). Checks the canonical form."""
    if CONTROL.search(address):
        return "an email address has no control characters"
    email = canonical_email(address)
    if len(email) > MAX_LENGTH or not MAILBOX.match(email) or "=?" in address:
        return "not an email address (letters, digits and !#$%&'*+/=?^_`{|}~- before one @, a domain after it)"
    local, domain = email.split("@")
    if len(local) > MAX_LOCAL_LENGTH:
        return f"the part before the @ has at most {MAX_LOCAL_LENGTH} characters"
    if any(not char.isascii() and unicodedata.category(char)[0] not in "LMN" for char in email):
        return "an email address may not contain invisible or symbol characters"
    if not (_single_script(local) and all(_single_script(label) for label in domain.split("."))):
        return "an email address may not mix scripts (such as Latin and Cyrillic letters that look alike)"
    return None


def checked(address: str, field: str = "email") -> str:
    """The canonical form of an acceptable address, else 400 naming the reason."""
    reason = problem(address)
    if reason is not None:
        raise InvalidInput(reason, field=field)
    return canonical_email(address)
