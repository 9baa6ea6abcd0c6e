"""The unified diff `citekit fix --diff` prints: one that `patch` and `git apply` read back.

`str.splitlines` also breaks at U+2028, form feeds and other separators, which cut a line of
the file in two in the diff, and a last line without a line feed ran into the next line of the
diff (``-old+new``): lines here end only at ``\\n``, and such a line is followed by diff's
``\\ No newline at end of file``. On a terminal, control characters a note holds are shown as
escapes, as everywhere else (`citekit.cli._terminal`); into a pipe or a file the text is exact.

A file whose lines end in a lone CR (classic Mac, some exporters) was one line to the diff, the
whole file shown as removed and added: its lines end at CR too, each shown on its own diff line,
after a first line saying so (`patch`, which reads lines by LF alone, cannot apply it).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from citekit.cli._terminal import shown

__all__ = ["unified_diff"]

_NO_NEWLINE = "\\ No newline at end of file\n"
_LONE_CR = re.compile(r"\r(?!\n)")
_ANY_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_CR_NOTICE = (
    "# lines end in CR (classic Mac), each shown on its own; patch cannot apply this diff\n"
)


def _lines(text: str, *, at_cr: bool = False) -> list[str]:
    """The text's lines, each with its ``\\n`` (the last one may have none); with `at_cr`,
    a lone CR ends a line too."""
    if at_cr:
        return _ANY_LINE.findall(text)
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def unified_diff(before: str, after: str, name: str, *, terminal: bool = False) -> Iterator[str]:
    """The lines of a unified diff from `before` to `after`, each ending in ``\\n``."""
    at_cr = _LONE_CR.search(before) is not None
    if at_cr:
        yield _CR_NOTICE
    old, new = _lines(before, at_cr=at_cr), _lines(after, at_cr=at_cr)
    for line in difflib.unified_diff(old, new, name, name):
        if at_cr and line.endswith("\r") and not line.endswith("\r\n"):
            line = line[:-1] + "\n"
        if terminal:
            end = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
            line = shown(line[: len(line) - len(end)]) + end
        if line.endswith("\n"):
            yield line
        else:
            yield line + "\n"
            yield _NO_NEWLINE
