"""A date written month first, as English writes it, in any language's words (`Nisan 25,
2018`, `Март 3, 2020`, `April 25, 2018`): the month's word, the day's number, a comma and the
year are one date whatever the model called its pieces. Written right after a host's name with
no comma (`“Başlık.” Cumhuriyet Nisan 25, 2018.`), the month is no word of the host's name and
the day no volume: a periodical's volume is never followed by a comma and a year alone. A
number between a host's name and such a date, a comma after it (`Sky News 24, January 12, 2019`,
`Türkiye 100, Ekim 29, 2023`), is the host's name's (a channel's, a site's): the date has its day,
and a periodical numbering its volume writes no day after it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_day, is_year
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.worded_dates import text_of
from citekit.dates import read_date

__all__ = ["month_first_day", "numbered_host"]

_DATED: Final = frozenset({"issued", "accessed"})


def month_first_day(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a date's run made `month day, year` exactly (see the module's doc): the
    month's word and its day's number taken from the runs before, a host's name the date's
    run took in given back to the host."""
    if "month" not in marks_union(marks):
        return found  # no month's name in the note
    for j, (label, a, b) in enumerate(found):
        month = b - 4
        if label not in _DATED or month < 0 or month == a or not is_year(tokens[b - 1].text):
            continue
        if tokens[b - 2].text != "," or not is_day(tokens[b - 3].text):
            continue
        if "month" not in marks[month] or not tokens[month].text.isalpha():
            continue
        when = read_date(text_of(tokens, month, b)).date
        if when is None or when.day != int(tokens[b - 3].text) or when.month is None:
            continue
        if month > a:
            return _host_back(tokens, found, j, month)
        first = next(k for k in range(j, -1, -1) if found[k][1] <= month)
        if any(run[0] in _DATED for run in found[first:j]):
            continue
        head = found[first]
        kept = [(head[0], head[1], month)] if head[1] < month else []
        return [*found[:first], *kept, (label, month, b), *found[j + 1 :]]
    return found


def _host_back(tokens: list[Token], found: list[Run], j: int, month: int) -> list[Run]:
    """`found` with the words a date's run took in before its month (`Sözcü | Aralık 21, 2022`)
    given to the host, when the note names none and they are a name's capitalised words."""
    label, a, b = found[j]
    words = tokens[a:month]
    if (
        j > 0
        and found[j - 1][0] == "container-title"
        and found[j - 1][2] == a
        and [t.text for t in words[1:]] == [","]
        and words[0].text.isdecimal()
    ):  # `Sky News 24, January 12, 2019`: the number ends the host's name
        host: Run = ("container-title", found[j - 1][1], a + 1)
        return [*found[: j - 1], host, (OTHER, a + 1, month), (label, month, b), *found[j + 1 :]]
    named = all(t.text[:1].isupper() and t.text.isalpha() for t in words)
    if not named or any(run[0] == "container-title" for run in found):
        return found
    return [*found[:j], ("container-title", a, month), (label, month, b), *found[j + 1 :]]


def numbered_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's number, read as its volume, given back to the host's name when a
    comma and a month-first date with its day follow (`Türkiye 100, Ekim 29, 2023`)."""
    for j in range(1, len(found) - 2):
        (host, h, _), (label, a, b), (gap, _, _), (date, m, e) = found[j - 1 : j + 3]
        if host != "container-title" or label not in ("volume", "issue") or b != a + 1:
            continue
        if found[j - 1][2] != a or gap != OTHER or date not in _DATED:
            continue
        if [t.text for t in tokens[b:m]] != [","] or not tokens[a].text.isdecimal():
            continue
        if e - m != 4 or tokens[e - 2].text != "," or not is_day(tokens[e - 3].text):
            continue
        when = read_date(text_of(tokens, m, e)).date
        if when is None or when.day is None or not tokens[m].text.isalpha():
            continue
        return [*found[: j - 1], ("container-title", h, b), *found[j + 1 :]]
    return found
