"""Text that strangers wrote (notes, URLs, servers' answers), made safe to print on a terminal.

A ``[/]`` in a note's title is Rich markup: it ended `citekit notes` in an internal MarkupError,
and ``[bold]…[/bold]`` changed what was shown. An ESC starts a terminal control sequence
(``\\x1b[2J`` clears the screen, ``\\x1b]0;…`` retitles the window), and bidirectional overrides
make a URL read differently from what it is. `shown` writes such characters as escapes
(``\\x1b``, ``\\u202e``); `markup` also escapes Rich's brackets, for lines printed with markup.

`Terminal` is the console every command prints with: Rich ends the program with exit 1 when the
reader of a pipe left (`citekit check … | head` then looked like findings); `Terminal` lets the
BrokenPipeError through to `citekit.cli.main`, which exits with the shell's 141.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape
from rich.text import Text

__all__ = ["Terminal", "markup", "shown", "text"]

# C0 controls but tab and line feed, DEL, C1 controls, bidirectional embeddings and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: str) -> str:
    """`value` with control and direction characters written as escapes."""
    return _UNSAFE.sub(_escaped, value)


def markup(value: str) -> str:
    """`value` safe inside a line Rich reads as markup."""
    return escape(shown(value))


def text(value: str) -> Text:
    """`value` as a Rich `Text` (never read as markup), for table cells and titles."""
    return Text(shown(value))


class Terminal(Console):
    """A Rich console that leaves a closed pipe to `citekit.cli.main` (exit 141, not 1)."""

    def on_broken_pipe(self) -> None:
        """Stop printing and let the caller end the command."""
        self.quiet = True
        raise BrokenPipeError
