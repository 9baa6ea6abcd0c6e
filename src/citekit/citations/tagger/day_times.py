"""A post's or a broadcast's time of day after its date (`Twitter, March 3, 2022, 10:14 a.m.,`,
`12 October 2022, 09:41 MSK,`, `6 Şubat 2023, saat 04:35,`) is part of no field: the model,
meeting digits and a colon where a title often stands, may read it as the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["time_after_date"]

_DATED: Final = frozenset({"issued", "accessed"})
_ZONE: Final = 4  # letters of a zone's or a half day's word after the time (`MSK`, `a.m.`), at most
_DAY_TOKENS: Final = 3  # tokens of a day's date at least (`March 3, 2022`, `12.10.2022`)
_BETWEEN: Final = 3  # tokens between the date's run and the time (`, saat`), at most


def _clock(tokens: list[Token], a: int) -> int:
    """The end of a time of day opening at `a` (`10:14`, `10:14 a.m`, `09:41 MSK`), or -1."""
    if a + 3 > len(tokens):
        return -1
    hours, colon, minutes = tokens[a : a + 3]
    if not (colon.text == ":" and colon.start == hours.end and minutes.start == colon.end):
        return -1
    if not (hours.text.isdecimal() and len(hours.text) <= 2 and int(hours.text) < 24):
        return -1
    if not (minutes.text.isdecimal() and len(minutes.text) == 2 and int(minutes.text) < 60):
        return -1
    if a + 3 < len(tokens) and (tokens[a + 3].text in "–—-" or tokens[a + 3].text.isdecimal()):
        return -1  # `12:34–56`: a volume and its pages
    end = a + 3
    while end < len(tokens) and (
        (tokens[end].text.isalpha() and len(tokens[end].text) <= _ZONE and end - a < 7)
        or (tokens[end].text == "." and end > a + 3)
    ):
        end += 1
    while end > a + 3 and tokens[end - 1].text == ".":
        end -= 1
    return end


def time_after_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a time of day right after a date's run, that the model gave a field in
    part or whole, given to none (see the module's doc)."""
    out = found
    for label, a, b in found:
        if label not in _DATED or b - a < _DAY_TOKENS:
            continue  # a year alone: `1966;5:45–68` is Vancouver's volume and pages
        k = b
        while k < len(tokens) and k - b < _BETWEEN and _clock(tokens, k) < 0:
            if not (tokens[k].text == "," or tokens[k].text.isalpha()):
                break
            k += 1
        end = _clock(tokens, k) if k < len(tokens) else -1
        if end < 0:
            continue
        if any(lab not in _DATED and lab != OTHER and s < end and e > k for lab, s, e in out):
            out = painted(out, (OTHER, k, end))
    return out
