"""A year given in two calendars, as notes on Iranian, Ottoman and Central Asian works print an
imprint's date (`Tehrān: Našr-e Ketāb, 1379 š./2000`, `İstanbul, 1315/1897`, `Bayrūt,
1421 h./2000`): the Hijri (lunar or solar) or Rumi year, its calendar's mark, a slash, and the
common era's year, which is the work's date. The first year is the second less 570 to 630
(the calendars' offsets), which a range or a number's pair never is by chance. The note is
read with the first year, its mark and the slash as spaces (same length, same offsets), so its
imprint reads as one with a single year."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["common_era_years"]

# the calendar's year, its mark (`š.`, `Š`, `sh.`, `h.`, `H`, `AH`, `q.`, `r.`), the slash, the
# common era's year
_DOUBLE: Final = re.compile(
    r"(?<![\d/])(?P<own>1[0-4]\d\d)(?:\s?(?:[šŠşŞ]|sh|Sh|h|H|AH|A\.H|q|Q|r|R|hš|HŠ)\.?)?\s?/\s?"
    r"(?P<year>(?:1[89]|20)\d\d)(?![\d/])"
)
_OFFSETS: Final = range(570, 631)  # the common era's year less a Hijri or Rumi year


def common_era_years(text: str) -> str:
    """`text` with each year given in two calendars read as its common era's year alone."""
    if "/" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        if int(m["year"]) - int(m["own"]) not in _OFFSETS:
            return m.group(0)
        return " " * (m.start("year") - m.start()) + m["year"]

    return _DOUBLE.sub(blank, text)
