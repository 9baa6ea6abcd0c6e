"""A paper's issue named by its name and day alone: GOST's `Правда. 1953. 6 марта.`,
`Известия. – 1937. – 12 июня. – С. 2.`, `Türkmenistan gazeti, 2020-nji ýylyň 5-nji marty`.
Everything after the one name (its issue's number and its page aside: `Правда. 1937. 12 мая.
№ 130.`) is one date with its day: the name is the paper's, no author's, and the day and
month after the year are the date's, no title's.
So are a periodical's day and month written after its year in a whole entry (`// Hürriyet.
– 2016. – 18 Haz. – S. 5.`, `The Times. – 2009. – 26 Apr.`), as GOST dates a paper's issue."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.dates import read_date
from citekit.languages import shipped_words

__all__ = ["day_after_month", "day_after_year", "day_before_month", "paper_day"]

_NAMES: Final = frozenset({"author", "title", "container-title"})
_MAX_RUNS: Final = 9  # a name, its date (split by the model at most thrice) and a page
_SEPARATORS: Final = DASHES | {".", ","}
_DAY_ENDS: Final = frozenset({".", ";"}) | DASHES  # what a day that closes a date is followed by
_GAP: Final = 3  # separating tokens between a year and its day at most (`. –`)
_DAY_DIGITS: Final = 2
_LOCATORS: Final = frozenset({"Bpage", "Bissue"})  # the number and the page after the date


@functools.cache
def _year_words() -> frozenset[str]:
    """The words written after a year (`1947 ý.`, `1916 г.`: `[words] year`)."""
    return frozenset(w.casefold() for w in shipped_words("year"))


def paper_day(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a note of one name, then one whole date with its day, then at most the
    issue's number and a cited page read as the paper's name (a title: the record makes it the
    host) and its date."""
    if len(found) > _MAX_RUNS or len(found) < 3 or found[0][0] not in _NAMES:
        return found
    _, a, b = found[0]
    dated = (k for k in range(a + 1, b - 1) if tokens[k].text in _SEPARATORS)
    b = next((k for k in dated if is_year(tokens[k + 1].text)), b)  # `Ақ жол. 1923. 7 наурыз`
    if any(not t.text.isalpha() and t.text not in ".-'’" for t in tokens[a:b]):
        return found  # a paper's name is words (`Газета.Ru`), no number's
    s = b
    while s < len(tokens) and tokens[s].text in _SEPARATORS:
        s += 1
    if s == b or s == len(tokens) or not tokens[s].text.isdecimal():
        return found
    located = (k for k in range(s, len(tokens)) if not _LOCATORS.isdisjoint(marks[k]))
    e = next(located, len(tokens))
    if any(run[0] not in ("page", "issue", OTHER) for run in found if run[2] > e):
        return found
    end = e
    while end > s and tokens[end - 1].text in _SEPARATORS:
        end -= 1
    if end - 1 > s and tokens[end - 1].text.casefold() in _year_words():
        end -= 1  # `7-nji noýabr 1947 ý.`: the year's word after it
    text = " ".join(t.text for t in tokens[s:end])
    reading = read_date(text)
    date = reading.date
    if date is None or date.day is None or reading.start != 0 or reading.end != len(text):
        return found
    named = "container-title" if found[0][0] == "container-title" else "title"  # a gazette's
    out: list[Run] = [(named, a, b), (OTHER, b, s), ("issued", s, end)]
    if end < e:
        out.append((OTHER, end, e))
    out.extend(run for run in found if run[1] >= e)
    return out


def day_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a day and a month written just after a date run of a year alone, apart by
    separators (`2016. – 18 Haz.`, `2009, 26 Apr.`), in that date's run: no field but the
    date holds them, a separator or the end follows, and the three read as one date of that
    day."""
    out = list(found)
    for label, a, b in found:
        if label != "issued" or b - a != 1 or not is_year(tokens[a].text):
            continue
        s = b
        while s < len(tokens) and s - b < _GAP and tokens[s].text in _SEPARATORS:
            s += 1
        day = tokens[s].text if s + 1 < len(tokens) else ""
        if s == b or not (
            day.isdecimal() and len(day) <= _DAY_DIGITS and tokens[s + 1].text.isalpha()
        ):
            continue
        e = s + 2
        if e < len(tokens) and tokens[e].text not in _SEPARATORS:
            continue  # `2009, 19 Mayıs Üniversitesi`: the words go on, a name's
        # after the host's name and year no title stands (`Известия. – 1937. – 12 июня`)
        hosted = any(run[0] == "container-title" and run[2] <= a for run in out)
        allowed = (OTHER, "issued", "title") if hosted else (OTHER, "issued")
        if any(run[0] not in allowed for run in out if run[1] < e and run[2] > b):
            continue  # a title's, a page's or an access date's words
        text = " ".join(t.text for t in tokens[a:e])
        reading = read_date(text)
        when = reading.date
        if when is None or when.day != int(day) or reading.end != len(text):
            continue
        out = painted(out, ("issued", a, e))
    return out


def day_before_month(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the day before a month the model read as a date apart from the year, the
    issue's number between (`// Новая газета. 2022. № 3. 12 янв. С. 7.`), in the month's
    date run: the day, given to no field, is the date's."""
    years = [run for run in found if run[0] == "issued" and run[2] - run[1] == 1]
    if not years or not is_year(tokens[years[0][1]].text):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "issued" or a < 2 or "Bmonth" not in marks[a] or j == 0:
            continue
        day = tokens[a - 1].text
        if found[j - 1][0] != OTHER or not (day.isdecimal() and len(day) <= _DAY_DIGITS):
            continue
        if not 0 < int(day) <= 31 or tokens[a - 2].text not in _SEPARATORS:
            continue
        if years[0][2] > a:
            continue  # the year comes after: its own date's words
        return painted(found, ("issued", a - 1, b))
    return found


def day_after_month(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the day written after a date run that closes on its month (`// The New
    York Times. 2022. Sept. 11. URL: …`) in that run: the day, read as a volume or as no
    field, is followed by a separator or the end, and the run with it reads as one date of
    that day."""
    for j, (label, a, b) in enumerate(found):
        if label != "issued" or "Bmonth" not in marks[b - 1] or j + 2 > len(found):
            continue
        s = b
        while s < len(tokens) and s - b < _GAP and tokens[s].text in _SEPARATORS:
            s += 1
        if s >= len(tokens) or s == b:
            continue
        day = tokens[s].text
        if not (day.isdecimal() and len(day) <= _DAY_DIGITS and 0 < int(day) <= 31):
            continue
        if s + 1 < len(tokens) and tokens[s + 1].text not in _DAY_ENDS:
            continue  # `July. 25, no. 4`: a volume's number; `May. 3 (45)`: no day's
        if any(run[0] not in (OTHER, "volume") for run in found if run[1] <= s < run[2]):
            continue
        text = " ".join(t.text for t in tokens[a : s + 1])
        reading = read_date(text)
        when = reading.date
        if when is None or when.day != int(day) or reading.end != len(text):
            continue
        return painted(found, ("issued", a, s + 1))
    return found
