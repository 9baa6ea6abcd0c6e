"""Dates the model read as the work's date that are a span of time written in the note: the
end of a period a title covers (`Сталин и ВЧК — НКВД. Январь 1922 — декабрь 1930`) and an
event's days (`материалы конф. (Хабаровск, 1–3 июня 1998 г.)`, `(İstanbul, 12-14 Mayıs
2015)`) beside the imprint's own year."""

from __future__ import annotations

import itertools

from citekit.citations.tagger.align import OTHER, Run, is_day, is_year
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["date_given_back", "spans_of_time"]


def spans_of_time(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date run that ends a span of time given back: to the title run it closes
    (`Январь 1922 — декабрь 1930`, the title's year before the dash), or, when the note has
    another date, out of the work's date (an event's days `1–3 июня 1998`)."""
    if "issued" not in [run[0] for run in found]:
        return list(found)  # no date run (at C speed)
    dated = [j for j, run in enumerate(found) if run[0] == "issued"]
    out = list(found)
    for j in reversed(dated):
        _, a, b = out[j]
        if a < 2 or tokens[a - 1].text not in DASHES:
            continue  # not a range's end
        first, own = tokens[a - 2].text, tokens[a].text
        t = j - 1 if j and out[j - 1][0] != OTHER else j - 2  # the run before the range mark
        if j and out[j - 1][0] == OTHER and out[j - 1][1] < a - 1:
            t = -1  # more than the mark between them
        # `1922 — 1930` alone may be the date's own range: a month opens the period's end,
        # or the note has another date (`История края 1900 — 1920. М., 1990`)
        period = is_year(first) and (not own.isdecimal() or (is_year(own) and len(dated) > 1))
        if period and t >= 0 and out[t][0] == "title" and out[t][2] >= a - 1:
            out[t : j + 1] = [("title", out[t][1], b)]  # the period the title covers
        elif is_day(first) and is_day(own) and len(dated) > 1:
            out[j] = (OTHER, a, b)  # an event's days; the imprint's year is the work's date
    return out


def date_given_back(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a month and its day that close another run given to the year after them
    (`Akorda, September 1, 2020`: the host took `September 1`): a date's words are no name's."""
    labels = [run[0] for run in found]
    if "issued" not in labels or "Bmonth" not in marks_union(marks):
        return list(found)  # no date, or no month's word (at C speed)
    out = list(found)
    for j in itertools.compress(range(len(labels)), map("issued".__eq__, labels)):
        _, a, b = out[j]
        if j < 1:
            continue
        before, s, e = out[j - 1] if out[j - 1][0] != OTHER or j < 2 else out[j - 2]
        if before in (OTHER, "issued") or b - a != 1:
            continue
        if not (is_year(tokens[a].text) and e in (a, a - 1)):
            continue
        day, month = e - 1, e - 2  # `September 1`
        if month <= s or not tokens[day].text.isdecimal() or "Bmonth" not in marks[month]:
            continue
        k = out.index((before, s, e))
        end = month - 1 if tokens[month - 1].text == "," else month
        runs = [(before, s, end), (OTHER, end, month), ("issued", month, b)]
        return [*out[:k], *(r for r in runs if r[1] < r[2]), *out[j + 1 :]]
    return out
