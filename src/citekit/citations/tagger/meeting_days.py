"""A meeting's days and place after its proceedings' title (Harvard's `in Proceedings of the
12th International Pipeline Conference. Calgary, 24–28 September. New York: ASME, pp. 233–241`).

The model reads the days before a month's name as the cited pages and the place, after the
title's period, as the title's last word. Days (a number of one or two digits, or a range of
them) that no page label opens and a month's name follows are the meeting's dates: no field (the
work's date is its year). A single word after a period closing the host, just before those days
and their comma, is the meeting's place: no word of the host's name. A meeting's ordinal before
its name (`“Title”. 5. Uluslararası Sosyal Bilimler Sempozyumu Bildiri Özetleri Kitabı`) is the
host's first word (`ordinal_opening_meeting`).
"""

from __future__ import annotations

from typing import Final

from citekit.citations.meetings import names_meeting
from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["meeting_days", "ordinal_opening_meeting"]

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


_ORDINAL: Final = 3  # digits of a meeting's ordinal at most
_BEFORE_ORDINAL: Final = frozenset({".", ",", "”", "»", '"', "’"})


def ordinal_opening_meeting(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a meeting's ordinal (`5.`) left to no field before the host that names the
    meeting given to the host."""
    for label, c, d in found:
        if label != "container-title" or c < _ORDINAL:
            continue
        number, period = tokens[c - 2], tokens[c - 1]
        if not (number.text.isdecimal() and len(number.text) <= _ORDINAL and period.text == "."):
            continue
        if period.start != number.end or tokens[c - 3].text not in _BEFORE_ORDINAL:
            continue
        if not any(run[0] == OTHER and run[1] <= c - 2 and run[2] >= c for run in found):
            continue
        if names_meeting(written_text(tokens, c, d)):
            return painted(found, ("container-title", c - 2, d))
    return found
