"""An Ottoman date given with its Gregorian twin (`5 Kânunuevvel 1324 [18 December 1908]`,
`23 Temmuz 1324 / 5 Ağustos 1908`): the Rumi or Hijri year runs some six centuries behind the
Gregorian one, and the record's date is the Gregorian, the calendar every style writes."""

from __future__ import annotations

from typing import Final

from citekit.dates import read_date

__all__ = ["gregorian_twin"]

_GAP: Final = range(560, 651)  # Gregorian year less the Rumi's (584) or the Hijri's (~580-620)


def gregorian_twin(dates: list[str]) -> list[str]:
    """`dates` (the date runs as written) with an older calendar's date dropped when its
    Gregorian twin follows it, in its own run or after a slash in the same one."""
    pieces = [part.strip() for text in dates for part in text.split(" / ")]
    if len(pieces) < 2:
        return dates
    read = [read_date(piece).date for piece in pieces]
    first, second = read[0], read[1]
    if first is None or second is None or second.year - first.year not in _GAP:
        return dates
    return [pieces[1], *pieces[2:]]
