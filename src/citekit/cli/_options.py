"""Option values read the way people write them, shared by the subcommands (kept free of
imports: `citekit date` starts without loading the checks)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from citekit.errors import UsageError

__all__ = ["language_code", "stdin_lines", "stdin_text", "text_words"]

_MAX_STDIN = 16 * 1024 * 1024  # bytes of a text piped in: a few dates or titles, not a book


def _size() -> str:
    """The stdin limit as an error says it (`16 MiB`)."""
    return f"{_MAX_STDIN // 1024**2} MiB" if _MAX_STDIN >= 1024**2 else f"{_MAX_STDIN} bytes"


def stdin_text() -> str:
    """Standard input as text (UTF-8, a BOM allowed; an undecodable byte replaced); more than
    `_MAX_STDIN` bytes is refused, not cut short."""
    data = sys.stdin.buffer.read(_MAX_STDIN + 1)
    if len(data) > _MAX_STDIN:
        raise UsageError(f"standard input is longer than {_size()}; give a title or a paragraph")
    return data.decode("utf-8-sig", errors="replace")


def stdin_lines() -> Iterator[str]:
    """Standard input's lines as text, each read as it comes (so a long list is answered whole,
    line by line), decoded as `stdin_text`; a line longer than `_MAX_STDIN` bytes is refused."""
    number = 0
    while line := sys.stdin.buffer.readline(_MAX_STDIN + 1):
        number += 1
        if len(line) > _MAX_STDIN and not line.endswith(b"\n"):
            raise UsageError(f"standard input: line {number} is longer than {_size()}")
        encoding = "utf-8-sig" if number == 1 else "utf-8"
        yield from line.decode(encoding, errors="replace").splitlines()


def text_words(words: list[str]) -> str:
    """A text given as words on the command line, or ``-`` alone for standard input."""
    return stdin_text() if words == ["-"] else " ".join(words)


def language_code(text: str) -> str:
    """A language option's code as citekit's language files name it: ``TR``, ``tr-TR`` and
    ``tr_TR`` (a CSL locale, a system locale) are ``tr``; an unknown code is refused later,
    by the command, with the list of known ones."""
    return text.strip().replace("_", "-").split("-", 1)[0].lower() or text
