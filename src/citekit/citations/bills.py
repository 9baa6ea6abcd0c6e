"""A bill cited by its chamber and number before its legislature's ordinal (`Silk Road Strategy
Act of 1999, H.R. 1152, 106th Cong. (1999)`, `S. Res. 12, 117th Cong.`): the chamber's
initials and the number are the bill's number, and the note cites an act (`[legal] bill`,
`[legal] legislature`). The ordinal is required: `S. 5` alone is any page. The number is kept
with its legislature and session as written (`H.R. 1152, 106th Cong., 1st Sess.`): together they
name the bill, and no CSL variable holds the legislature alone."""

from __future__ import annotations

import functools
import re

from citekit.citations._words import literal_alternation
from citekit.citations.legal_words import legal_words

__all__ = ["bill_number"]


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    chambers = sorted(legal_words("bill"), key=len, reverse=True)
    bodies = legal_words("legislature")
    sessions = legal_words("session") or ("\0",)
    if not chambers or not bodies:
        return None
    return re.compile(
        rf"(?<![\w.])(?P<n>(?:{literal_alternation(chambers)})\s?\d{{1,5}}"
        rf",\s*\d{{1,3}}[^\W\d_]{{1,2}}\s+(?:{literal_alternation(bodies)})"
        rf"(?:,?\s*\d[^\W\d_]{{1,2}}\s+(?:{literal_alternation(sessions)}))?)"
    )


def bill_number(text: str) -> tuple[int, int] | None:
    """Where `text` writes a bill's number before its legislature's ordinal (see the module's
    doc), or None."""
    pattern = _pattern()
    found = pattern.search(text) if pattern is not None else None
    return found.span("n") if found is not None else None
