"""A year given in two calendars, as notes on Iranian, Ottoman and Central Asian works print an
imprint's date (`Tehrān: Našr-e Ketāb, 1379 š./2000`, `İstanbul, 1315/1897`, `Bayrūt,
1421 h./2000`): the Hijri (lunar or solar) or Rumi year, its calendar's mark (`[words]
calendar_marks`), a slash, and the common era's year, which is the work's date. The first year
is the second less 570 to 630 (the calendars' offsets), which a range or a number's pair never
is by chance. The note is read with the first year, its mark and the slash as spaces (same
length, same offsets), so its imprint reads as one with a single year."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import shipped_words

__all__ = ["common_era_years"]


@functools.cache
def _double() -> re.Pattern[str]:
    """The calendar's year, its mark (`[words] calendar_marks`: `š.`, `h.`, `AH`, `R.`), the
    slash, the common era's year."""
    marks = sorted(shipped_words("calendar_marks"), key=lambda m: (-len(m), m))
    alternation = "|".join(re.escape(m) for m in marks) or "(?!)"
    return re.compile(
        rf"(?<![\d/])(?P<own>1[0-4]\d\d)(?:\s?(?:{alternation})\.?)?\s?/\s?"
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

    return _double().sub(blank, text)
