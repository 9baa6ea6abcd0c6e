"""An issue that covers two months (`— 2015. — № 4 (июль—август).`, `no. 3 (May–June) 2019`):
its date is the year alone, not the first month's; the span is written beside the issue, and
the corpus dates a work only as precisely as one date is written.

A span of months that closes a title is the period the work covers, no date it was issued in
(a statistics office's bulletin, a bank's review: `Основные показатели … за январь–июнь 2024
г.`, `Socio-economic development of Kazakhstan, January–June 2024`, `Sanayi Üretim Endeksi,
Ocak–Mart 2023`): when the model ends the title (or a host of the first month alone) on the
first month and reads the second month and its year as the date, or reads the whole span after
the title's comma as the date, the span is the title's: a work is issued on one date."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.dates import parse_date

__all__ = ["month_span", "month_word", "title_period"]

_DASHES: Final = DASHES | {"/"}
_COMMA: Final = frozenset({","})


def month_word(word: str) -> bool:
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
        if month_word(words[0]) and month_word(words[2]):
            return [*found[:i], (OTHER, a, b), *found[i + 1 :]]
    return found


def _span(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are two months joined by a dash and a year (`January–June
    2024`)."""
    words = [t.text for t in tokens[a:b] if t.text != "."]
    return (
        len(words) == 4
        and words[1] in DASHES
        and month_word(words[0])
        and month_word(words[2])
        and words[3].isdigit()
    )


def _mark(tokens: list[Token], run: Run, marks: frozenset[str]) -> bool:
    """Whether `run` is one token of no field, one of `marks`."""
    return run[0] == OTHER and run[2] - run[1] == 1 and tokens[run[1]].text in marks


def title_period(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a span of months that closes the title read as the title's words, not
    the date (see the module's doc)."""
    for i in range(2, len(found)):
        label, a, b = found[i]
        between, first = found[i - 1], found[i - 2]
        if label != "issued":
            continue
        if first[0] == "title" and _span(tokens, a, b) and _mark(tokens, between, _COMMA):
            return [*found[: i - 2], ("title", first[1], b), *found[i + 1 :]]
        if not _mark(tokens, between, DASHES) or not month_word(tokens[a].text):
            continue
        if not any(t.text.isdigit() for t in tokens[a:b]) or not month_word(
            tokens[first[2] - 1].text
        ):
            continue
        if first[0] == "title":
            return [*found[: i - 2], ("title", first[1], b), *found[i + 1 :]]
        # `Title, January–June 2024`: the first month read as a host of its own
        alone = first[0] == "container-title" and first[2] - first[1] == 1 and i >= 4
        if alone and _mark(tokens, found[i - 3], _COMMA) and found[i - 4][0] == "title":
            return [*found[: i - 4], ("title", found[i - 4][1], b), *found[i + 1 :]]
    return found
