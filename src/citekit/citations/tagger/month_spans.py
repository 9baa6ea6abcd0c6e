"""An issue that covers two months (`— 2015. — № 4 (июль—август).`, `no. 3 (May–June) 2019`):
its date is the year alone, not the first month's; the span is written beside the issue, and
the corpus dates a work only as precisely as one date is written."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.dates import parse_date

__all__ = ["month_span"]

_DASHES: Final = DASHES | {"/"}


def _month(word: str) -> bool:
    """Whether a word is a month's name (`июль`, `August`, `Eyl.`)."""
    if not word.isalpha():
        return False
    date = parse_date(f"{word} 2000")
    return date is not None and date.month is not None and date.day is None


def month_span(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an issued run of two months joined by a dash read as no field, when
    another issued run holds the year."""
    issued = [i for i, run in enumerate(found) if run[0] == "issued"]
    if len(issued) < 2:
        return found
    for i in issued:
        _, a, b = found[i]
        words = [t.text for t in tokens[a:b] if t.text != "."]
        if len(words) != 3 or words[1] not in _DASHES:
            continue
        if _month(words[0]) and _month(words[2]):
            return [*found[:i], (OTHER, a, b), *found[i + 1 :]]
    return found
