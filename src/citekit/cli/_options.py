"""Option values read the way people write them, shared by the subcommands (kept free of
imports: `citekit date` starts without loading the checks)."""

from __future__ import annotations

import sys

__all__ = ["language_code", "stdin_text", "text_words"]

_MAX_STDIN = 16 * 1024 * 1024  # characters of a text piped in: a few dates or titles, not a book


def stdin_text() -> str:
    """Standard input as text (UTF-8, a BOM allowed; an undecodable byte replaced), at most
    `_MAX_STDIN` bytes of it."""
    data = sys.stdin.buffer.read(_MAX_STDIN)
    return data.decode("utf-8-sig", errors="replace")


def text_words(words: list[str]) -> str:
    """A text given as words on the command line, or ``-`` alone for standard input."""
    return stdin_text() if words == ["-"] else " ".join(words)


def language_code(text: str) -> str:
    """A language option's code as citekit's language files name it: ``TR``, ``tr-TR`` and
    ``tr_TR`` (a CSL locale, a system locale) are ``tr``; an unknown code is refused later,
    by the command, with the list of known ones."""
    return text.strip().replace("_", "-").split("-", 1)[0].lower() or text
