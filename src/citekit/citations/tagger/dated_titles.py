"""A title's head after an author-date reference's year. Harvard writes `Olcott, M.B. (2002)
Kazakhstan: Unfulfilled Promise. Washington, DC: …`: the words between the year's bracket and
the title's run, closed by a colon, are the title's own (its head before the subtitle), never
a place (a place of publication follows the title, before its publisher). And the date is
the bracket's: a year after the title's comma that closes its sentence, or stands before the
bracket of its number, is the title's own (`TÜİK. (2023). Adrese dayalı nüfus kayıt sistemi
sonuçları, 2022. Erişim adresi: …`, `…, 2020 (Haber Bülteni No. 37484)`); so is a month and
year after its colon when a later year dates the work (`Son Durum: Mayıs 2021, …, 2021`). The
words right after the bracket's sentence are the work's title, never a series' (a series
follows the title), in a note that names no other title. A year that opens the title's sentence
after the author-date's own date, closed by the title's colon (`Brown, T. (2018). 1989: The year
that changed the world.`, `Smith, A. 2019. 1917: Revolution …`), is the title's head: a
work has one date, and the author-date style writes it right after the author. A day's date
after a quoted name and a dating word closing the title (`Послание … «Справедливое
государство …» от 1 сентября 2022 года // …`) is the work's date, when the note has no other."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = [
    "date_before_subtitle",
    "dated_after_quote",
    "series_after_year",
    "subtitle_year",
    "title_colon_date",
    "title_head_after_year",
    "title_tail_year",
    "year_opens_title",
]

_TITLE_CLOSES: Final = frozenset({".", "("})  # `…, 2020 (Haber Bülteni No. 37484)`

_MAX_WORDS: Final = 6  # words of a title's head at most


def title_head_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the colon-closed words between `(Year)` and the title given to the title."""
    for j in range(len(found) - 2):
        if found[j][0] != "issued" or found[j + 2][0] != "title" or found[j + 1][0] != OTHER:
            continue
        _, a, b = found[j + 1]
        if tokens[a].text != ")" or tokens[b - 1].text != ":" or b - a < 3:
            return found
        start = a + 1
        while start < b and tokens[start].text == ".":
            start += 1
        words = tokens[start : b - 1]
        if (
            not words
            or len(words) > _MAX_WORDS
            or not words[0].text[:1].isupper()
            or not all(t.text.isalnum() or t.text in "-'’" for t in words)
        ):
            return found
        _, _, end = found[j + 2]
        return [*found[: j + 1], (OTHER, a, start), ("title", start, end), *found[j + 3 :]]
    return found


_TWO: Final = 2
_CLOSES: Final = ([")", "."], [")"])  # the year's bracket, its sentence's period


def title_tail_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the year after the title's comma given to the title, when the note's first
    date is its `(Year)` bracket and the year closes the title's sentence."""
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) != _TWO or dates[1] < _TWO:
        return found
    i, j = dates
    _, a, b = found[i]
    _, c, d = found[j]
    title = found[j - 1] if found[j - 1][0] == "title" else found[j - 2]
    if a == 0 or b >= len(tokens):
        return found
    bracketed = tokens[a - 1].text == "(" and tokens[b].text == ")"  # `(2023)` after the author
    chicago = tokens[a - 1].text == "." and tokens[b].text == "." and b - a == 1  # `. 2019.`
    if not (bracketed or chicago):
        return found
    if title[0] != "title" or title[1] < b or d - c != 1 or not tokens[c].text.isdecimal():
        return found
    # after the title's comma, or after a small word closing its words (`… Displacement in
    # 2018. Geneva:`, Chicago's author-date: a year dates no work but after the author)
    worded = chicago and title[2] in (c - 1, c) and tokens[c - 1].text.isalpha()
    if chicago and not (worded and tokens[c - 1].text.islower()):
        return found  # `1903. Letters. Reprint, Project Gutenberg, 2020.`: the reprint's year
    if bracketed and (tokens[c - 1].text != "," or title[2] not in (c - 1, c)):
        return found
    if worded and (d >= len(tokens) or tokens[d].text != "."):
        return found
    if worded and any(t.text == "." for t in tokens[title[1] : c]):
        return found  # `Nomads. Paper presented in 2018.`: the year closes another sentence
    if d < len(tokens) and tokens[d].text not in _TITLE_CLOSES:
        return found
    k = found.index(title)
    return [*found[:k], ("title", title[1], d), *found[j + 1 :]]


_MONTH_YEAR: Final = 2  # tokens of `Mayıs 2021`


def title_colon_date(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a month and year after the title's colon given to the title, when a later
    year dates the work (`Suriye’de Son Durum: Mayıs 2021, ORSAM Analiz No: 268, Ankara:
    ORSAM, 2021`): a work has one date, and the imprint writes it; the one the title's colon
    opens names the time the work is about."""
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) != _TWO or dates[0] < _TWO:
        return found
    i = dates[0]
    _, a, b = found[i]
    title = found[i - 1] if found[i - 1][0] == "title" else found[i - 2]
    if title[0] != "title" or tokens[a - 1].text != ":" or title[2] not in (a - 1, a):
        return found
    if b - a != _MONTH_YEAR or "month" not in marks[a] or not _year(tokens[b - 1]):
        return found
    if b >= len(tokens) or tokens[b].text != ",":
        return found
    k = found.index(title)
    return [*found[:k], ("title", title[1], b), *found[i + 1 :]]


_TITLED: Final = frozenset({"title", "container-title"})


def date_before_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date set off by the title's comma before its colon given to the title,
    when another date dates the work (`OSCE/ODIHR. 2020. Republic of Kazakhstan, Parliamentary
    Elections, 10 January 2021: ODIHR Needs Assessment Mission Report. Warsaw: …`): the date
    names the event the work reports on. The title's sentence is read as titles' runs parted
    by commas, then the date, the colon and one title's run closed by a period."""
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) != _TWO:
        return found
    for i in dates:
        _, a, b = found[i]
        if i < _TWO or i + _TWO >= len(found) or b - a < _TWO or tokens[a - 1].text != ",":
            continue
        sep, (tail, c, d) = found[i + 1], found[i + _TWO]
        if sep[0] != OTHER or [t.text for t in tokens[sep[1] : sep[2]]] != [":"]:
            continue
        if tail not in _TITLED or d >= len(tokens) or tokens[d].text != ".":
            continue
        if any(t.text == "." for t in tokens[c:d]):
            continue  # the run goes on past the subtitle's sentence (into the imprint)
        k = i - 1
        while k > 0 and (found[k][0] in _TITLED or _commas(tokens, found[k])):
            k -= 1
        head = k + 1
        while head < i and found[head][0] not in _TITLED:
            head += 1
        start = found[head][1]
        if head == i or start < 1 or tokens[start - 1].text != ".":
            continue
        if found[head][0] != "title":
            continue  # `Financial Times, 16 January 2021: Special Report`: a paper's issue
        return [*found[:head], ("title", start, d), *found[i + _TWO + 1 :]]
    return found


def _commas(tokens: list[Token], run: Run) -> bool:
    return run[0] == OTHER and all(t.text == "," for t in tokens[run[1] : run[2]])


def series_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a series run right after the `(Year).` bracket read as the title, in a note
    with no title run (`Büyüköztürk, Ş. … (2018). Bilimsel araştırma yöntemleri (24. baskı).`)."""
    labels = [run[0] for run in found]
    if "collection-title" not in labels or "title" in labels:
        return found
    j = labels.index("collection-title")
    if j < _TWO or found[j - 1][0] != OTHER or found[j - 2][0] != "issued":
        return found
    a, (_, c, d) = found[j - 2][1], found[j - 1]
    if a == 0 or tokens[a - 1].text != "(" or [t.text for t in tokens[c:d]] not in _CLOSES:
        return found
    return [*found[:j], ("title", found[j][1], found[j][2]), *found[j + 1 :]]


def _year(token: Token) -> bool:
    return is_year(token.text)


def year_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a colon-closed year opening the title's sentence, after the date that
    follows the author, given to the title."""
    for j in range(1, len(found) - 2):
        label, a, b = found[j]
        if label != "issued":
            continue
        _, c, d = found[j + 1]
        if found[j + 1][0] != OTHER or found[j + 2][0] != "title" or tokens[c].text != ":":
            continue
        if d - c != 1 or not _year(tokens[b - 1]):
            return found
        if b - a == 1:  # `(2018). 1989:`, `(2018) 1968:`: the date's bracket before
            prev = found[j - 1]
            if j < _TWO or prev[0] != OTHER or found[j - 2][0] != "issued":
                return found
            closes = [t.text for t in tokens[prev[1] : prev[2]]]
            if closes not in _CLOSES or tokens[found[j - 2][1] - 1].text != "(":
                return found
            return [*found[:j], ("title", a, found[j + 2][2]), *found[j + 3 :]]
        if b - a == 3 and tokens[a + 1].text == "." and _year(tokens[a]):  # `2019. 1917:`
            head = [("issued", a, a + 1), (OTHER, a + 1, a + 2)]
            return [*found[:j], *head, ("title", b - 1, found[j + 2][2]), *found[j + 3 :]]
        return found
    return found


_SUBTITLE_WORDS: Final = 4  # words between the title's colon and its year, at most


def subtitle_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a subtitle's words and year after the title's colon given to the title in
    an author-date note (`OECD (2021), OECD Economic Surveys: Turkey 2021, OECD Publishing,
    Paris.`): the bracket after the author dates the work, so a year closing the subtitle is
    the title's own."""
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) != _TWO:
        return found
    (_, a, b), (_, c, d) = found[dates[0]], found[dates[1]]
    if a == 0 or tokens[a - 1].text != "(" or b >= len(tokens) or tokens[b].text != ")":
        return found
    if d - c != 1 or not _year(tokens[c]) or (d < len(tokens) and tokens[d].text not in ",."):
        return found
    k = next((k for k in range(dates[1] - 1, dates[0], -1) if found[k][0] == "title"), None)
    if k is None or any(run[0] != OTHER for run in found[k + 1 : dates[1]]):
        return found
    e = found[k][2]
    words = tokens[e + 1 : c]
    if tokens[e].text != ":" or not 0 < len(words) <= _SUBTITLE_WORDS:
        return found
    if not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
        return found
    return [*found[:k], ("title", found[k][1], d), *found[dates[1] + 1 :]]


_DAY_DATE: Final = 3  # tokens of a day's date in words (`1 сентября 2022`)


@functools.cache
def _dating_words() -> frozenset[str]:
    """The words that date a document after its name (`[words] dated`: `от`), casefolded."""
    return frozenset(w.casefold() for w in shipped_words("dated"))


def dated_after_quote(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a dating word and a day's date in words after a quoted name closing the
    title run read as the work's date (see the module), its year's word given to no field."""
    if any(run[0] == "issued" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        k = next(
            (
                k
                for k in range(a + 1, b - _DAY_DATE)
                if tokens[k].text.casefold() in _dating_words()
                and tokens[k - 1].text in CLOSING_MARKS
            ),
            None,
        )
        if k is None:
            return found
        day, _month, year = tokens[k + 1 : k + 1 + _DAY_DATE]
        if not (day.text.isdecimal() and "month" in marks[k + 2] and is_year(year.text)):
            return found
        end = k + 1 + _DAY_DATE
        rest = b - end
        if rest > 2 or any("year" not in marks[i] and tokens[i].text != "." for i in range(end, b)):
            return found  # only the year's word (`года`, `г.`) may close the run
        runs = [("title", a, k), (OTHER, k, k + 1), ("issued", k + 1, end)]
        return [*found[:j], *runs, *([(OTHER, end, b)] if rest else []), *found[j + 1 :]]
    return found
