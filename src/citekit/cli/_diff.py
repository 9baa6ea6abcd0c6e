"""The unified diff `citekit fix --diff` prints: one that `patch` and `git apply` read back.

`str.splitlines` also breaks at U+2028, form feeds and other separators, which cut a line of
the file in two in the diff, and a last line without a line feed ran into the next line of the
diff (``-old+new``): lines here end only at ``\\n``, and such a line is followed by diff's
``\\ No newline at end of file``. On a terminal, control characters a note holds are shown as
escapes, as everywhere else (`citekit.cli._terminal`); into a pipe or a file the text is exact.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from citekit.cli._terminal import shown

__all__ = ["unified_diff"]

_NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """The text's lines, each with its ``\\n`` (the last one may have none)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def unified_diff(before: str, after: str, name: str, *, terminal: bool = False) -> Iterator[str]:
    """The lines of a unified diff from `before` to `after`, each ending in ``\\n``."""
    for line in difflib.unified_diff(_lines(before), _lines(after), name, name):
        if terminal:
            end = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
            line = shown(line[: len(line) - len(end)]) + end
        if line.endswith("\n"):
            yield line
        else:
            yield line + "\n"
            yield _NO_NEWLINE
