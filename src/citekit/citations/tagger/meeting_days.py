"""A meeting's days and place after its proceedings' title (Harvard's `in Proceedings of the
12th International Pipeline Conference. Calgary, 24–28 September. New York: ASME, pp. 233–241`).

The model reads the days before a month's name as the cited pages and the place, after the
title's period, as the title's last word. Days (a number of one or two digits, or a range of
them) that no page label opens and a month's name follows are the meeting's dates: no field (the
work's date is its year). A single word after a period closing the host, just before those days
and their comma, is the meeting's place: no word of the host's name.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["meeting_days"]

_DASHES: Final = frozenset("-–—")
_DAY: Final = 31


def _days(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a..b is a day or a range of days (`24`, `24–28`)."""
    texts = [t.text for t in tokens[a:b]]
    days = texts[::2]
    return (
        len(texts) in (1, 3)
        and all(d.isdecimal() and 0 < int(d) <= _DAY for d in days)
        and all(t in _DASHES for t in texts[1::2])
    )


def meeting_days(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a meeting's days and place read as no field (see the module's doc)."""
    out = found
    for j, (label, a, b) in enumerate(found):
        if label != "page" or b >= len(tokens) or "month" not in marks[b]:
            continue
        if a < 1 or tokens[a - 1].text != "," or not _days(tokens, a, b):
            continue
        end = b + 1
        if end < len(tokens) and is_year(tokens[end].text):
            end += 1
        out = painted(out, (OTHER, a, end))
        if j < 2 or found[j - 1] != (OTHER, a - 1, a):
            continue
        host, c, d = found[j - 2]
        place = d - 1
        closed = place - 1 > c and tokens[place - 1].text == "."
        if host == "container-title" and d == a - 1 and closed and tokens[place].text.istitle():
            out = painted(out, (OTHER, place - 1, d))
    return out
