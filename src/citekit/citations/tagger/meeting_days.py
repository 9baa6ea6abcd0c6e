"""A meeting's days and place after its proceedings' title (Harvard's `in Proceedings of the
12th International Pipeline Conference. Calgary, 24–28 September. New York: ASME, pp. 233–241`).

The model reads the days before a month's name as the cited pages (or a volume) and the place,
after the title's period, as the title's last word (or runs the place and days into the host).
Days (a number of one or two digits, or a range of them) that no page label opens and a month's
name follows are the meeting's dates: no field (the work's date is its year). A single word after a
period closing the host, just before those days and their comma, is the meeting's place: no word
of the host's name. A meeting's ordinal before its name (`“Title”. 5. Uluslararası Sosyal
Bilimler Sempozyumu Bildiri Özetleri Kitabı`) is the host's first word
(`ordinal_opening_meeting`). Vancouver writes the meeting's date after the host's semicolon,
year, month and days (`; 2018 Sep 12–14; Astana. Astana: ENU Press; 2019.`): no field either,
the later year the work's date."""

from __future__ import annotations

from typing import Final

from citekit.citations.meetings import names_meeting
from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["meeting_days", "ordinal_opening_meeting"]

_DASHES: Final = frozenset("-–—")
_DAY: Final = 31
# what the model makes of the days: pages, a volume (`конф., 22–24 сент. 2016 г.`), an issue
_DAY_LABELS: Final = frozenset({"page", "volume", "issue"})
_HOST_TAIL: Final = 6  # tokens of a host holding a meeting's place and days at least


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
        if label == "page" and _vancouver_days(tokens, marks, found, j):
            out = painted(out, (OTHER, a - 2, b))  # `; 2018 Sep 12–14; Astana.`: the meeting's
            out = _meeting_place(tokens, found, j, out)  # `Astana. Astana:`: its place first
            continue
        if label not in _DAY_LABELS or b >= len(tokens) or "month" not in marks[b]:
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
    return _dated_meeting(tokens, marks, _days_in_host(tokens, marks, out))


def _only(tokens: list[Token], run: Run, mark: str) -> bool:
    return run[0] == OTHER and [t.text for t in tokens[run[1] : run[2]]] == [mark]


def _dated_meeting(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with Vancouver's meeting date read as the work's (`Proceedings of …; 2016 Jun
    8-11; Vienna, Austria. Geneva: ESPNIC; 2016.`) left to no field when a later year dates
    the work, and the meeting's place the model ran into the imprint's place cut off it."""
    for j in range(len(found) - 4):
        host, stop, date, stop2, (label, c, d) = found[j : j + 5]
        if host[0] != "container-title" or date[0] != "issued" or label != "publisher-place":
            continue
        if not (_only(tokens, stop, ";") and _only(tokens, stop2, ";")):
            continue
        if not any("month" in marks[k] for k in range(date[1], date[2])):
            continue
        if not any(run[0] == "issued" for run in found[j + 5 :]):
            continue
        period = max((k for k in range(c, d - 1) if tokens[k].text == "."), default=None)
        return painted(found, (OTHER, date[1], date[2] if period is None else period + 1))
    return found


def _days_in_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a meeting's place and days that the model ran into the host's run, its
    last sentence (`… Pipeline Conference. Calgary, 24–28 September`) or Vancouver's parts
    after its semicolon (`Proceedings of …; 2017 May 7-9; Umeå, Sweden`), read as no field."""
    for label, c, d in found:
        semicolon = next((k for k in range(c + 1, d - 2) if tokens[k].text == ";"), None)
        if (
            label == "container-title"
            and semicolon is not None
            and is_year(tokens[semicolon + 1].text)
            and "month" in marks[semicolon + 2]
        ):
            return painted(found, (OTHER, semicolon, d))  # `X Congress; 2017 May 7-9; Umeå`
        if label != "container-title" or d - c < _HOST_TAIL or "month" not in marks[d - 1]:
            continue
        comma = next((k for k in range(d - 2, c, -1) if tokens[k].text == ","), None)
        if comma is None or not _days(tokens, comma + 1, d - 1):
            continue
        place = comma - 1
        if place - 1 > c and tokens[place - 1].text == "." and tokens[place].text.istitle():
            return painted(found, (OTHER, place - 1, d))
    return found


def _vancouver_days(tokens: list[Token], marks: list[set[str]], found: list[Run], j: int) -> bool:
    """Whether page run j is days after a year and a month (Vancouver's meeting date, `;
    2018 Sep 12–14;`) with a later year dating the work (`Astana: ENU Press; 2019. p. 233–41`)."""
    _, a, b = found[j]
    if a < 2 or "month" not in marks[a - 1] or not is_year(tokens[a - 2].text):
        return False
    if not _days(tokens, a, b) or (b < len(tokens) and tokens[b].text not in {";", "."}):
        return False
    return any(run[0] == "issued" for run in found[j + 1 :])


def _meeting_place(tokens: list[Token], found: list[Run], j: int, out: list[Run]) -> list[Run]:
    """`out` with the meeting's place, read with the imprint's right after the meeting's days
    (`; Astana. Astana: ENU Press`), left to no field: the sentence before the imprint's."""
    if j + 2 >= len(found) or found[j + 2][0] != "publisher-place":
        return out
    _, c, d = found[j + 2]
    if c != found[j][2] + 1:
        return out
    stop = next((k for k in range(c, d) if tokens[k].text == "."), None)
    return painted(out, (OTHER, c, stop + 1)) if stop is not None and stop + 1 < d else out


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
