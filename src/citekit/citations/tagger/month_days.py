"""A month and its day after the year's sentence. GOST's dash areas may give a paper's date
in English order after its year (`// Financial Times. – 2018. – April 10. – P. 2.`): a month's
word and a day's number right after the year's area are the date's, not a volume."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["month_day_after_year"]

_DAYS: Final = 31


def month_day_after_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a month's word and its day after the year's area read as the date (see the
    module's doc)."""
    for j in range(len(found) - 2):
        (year, _, b), (gap, c, d), (label, e, f) = found[j : j + 3]
        if year != "issued" or gap != OTHER or label == "issued" or b != c:
            continue
        texts = [t.text for t in tokens[c:d]]
        if (
            len(texts) < 3
            or texts[0] != "."
            or texts[1] not in DASHES
            or "month" not in marks[d - 1]
        ):
            continue
        day = tokens[e].text if e == d and f - e == 1 else ""
        if not (day.isdecimal() and 0 < int(day) <= _DAYS):
            continue
        return [*found[: j + 1], (OTHER, c, d - 1), ("issued", d - 1, f), *found[j + 3 :]]
    return found
