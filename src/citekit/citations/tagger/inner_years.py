"""Years that are not the work's date: a year inside a title (`The Crisis of 1929: Causes and
Effects. London: Penguin, 2005`), written right after a lower-case word (`of 1929`, `since
1991`), when the note dates the work after it; and the original's year beside a reprint's words
(`reprint of the 1899 edition`, `1899 baskısının tıpkıbasımı`, `репринт изд. 1899 г.`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, is_year
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import (
    DASHES,
    Token,
    casefolded_set,
    decimal_set,
    text_set,
    tokenize,
)
from citekit.languages import shipped_words

__all__ = [
    "reprint_clauses",
    "reprinted",
    "without_reprint_word",
    "worded_year",
    "years_in_titles",
]

_TITLED: Final = frozenset({OTHER, "title", "issued"})  # what a title's words may have been called
_STOPS: Final = frozenset({".", ",", ";", "(", ")", "[", "]", "/", "«", "»", "“", "”", '"'})
_OPENERS: Final = frozenset({".", ",", ":"})  # what a sentence opening with a year follows


def _inner(tokens: list[Token], marks: list[set[str]], labels: Sequence[str], i: int) -> bool:
    """Whether token `i` is a year after a lower-case word, a space between (`of 1929`), that
    is no word of the lexicon (a month, `вып.`, `no`), or after a title's word (`Dış Ticaret
    İstatistikleri 2020`)."""
    before = tokens[i - 1]
    return (
        is_year(tokens[i].text)
        and labels[i] in _TITLED
        and (not marks[i - 1] or _preposition(tokens, marks, i - 1))
        and before.text.isalpha()
        and (before.text.islower() or labels[i - 1] == "title")
        and before.end < tokens[i].start
    )


_HOST_WORD: Final = frozenset({"in", "Bin"})  # the marks of a host's word ("In:", "in")


def _preposition(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k`, a host's word written lower-case, is a preposition inside a sentence
    (`rise sharply in 2023`): right after a word, no mark between, as a host's `in` never is
    (`"Title," in 2019 IEEE Conference`)."""
    return (
        k > 0
        and marks[k] <= _HOST_WORD
        and tokens[k].text.islower()
        and tokens[k - 1].text.isalpha()
        and tokens[k - 1].end < tokens[k].start
    )


def years_in_titles(tokens: list[Token], marks: list[set[str]], labels: Sequence[str]) -> list[str]:
    """`labels` with the phrase around a year inside a title given to the title: from the
    sentence's start (the note's, or after a period, comma or semicolon that no title word
    crosses) to its end, when a later year dates the work."""
    out = list(labels)
    if "issued" not in out:
        return out
    out = _quoted_inner_dates(tokens, out)  # `«…, 20 ноября 2022 г.: Итоговый отчет …»`
    # only a year's token is one (`_inner`): the note's years, told once from its numbers
    years = frozenset([t for t in decimal_set(tokens) if is_year(t)])
    for i in range(1, len(tokens)):
        if tokens[i].text not in years or not _inner(tokens, marks, out, i):
            continue
        if "issued" not in out[i + 1 :]:
            break  # no later date: this year may be the work's own
        a = i
        while a > 0 and out[a - 1] in _TITLED and tokens[a - 1].text not in _STOPS:
            a -= 1
        b = i + 1
        while b < len(tokens) and out[b] in _TITLED and tokens[b].text not in _STOPS:
            b += 1
        if "issued" not in out[b:]:
            continue  # the phrase took the only later date in
        out[a:b] = ["title"] * (b - a)
    return _bracketed_period(tokens, _colon_year(tokens, _year_opens_title(tokens, marks, out)))


def _year_opens_title(tokens: list[Token], marks: list[set[str]], labels: list[str]) -> list[str]:
    """`labels` with a year that opens a sentence of lower-case words no date has given to
    the title, when a later year dates the work (`Бекмаханов Е. 1916 жылғы көтеріліс: тарих
    және тағылымы. Алматы, 2016.`, `1916 yılı ayaklanması. İstanbul, 2010`), or whose year's
    word capitalised words follow (`2021 Yılı Faaliyet Raporu, Ankara 2022`): a date's words
    are its month's, its year's or its season's; the title's colon and subtitle follow it."""
    for i, token in enumerate(tokens):
        if labels[i] != "issued" or not is_year(token.text):
            continue
        if i and (labels[i - 1] == "issued" or tokens[i - 1].text not in _OPENERS):
            continue  # inside a date, or not where a sentence opens
        if i > 1 and ("month" in marks[i - 2] or tokens[i - 2].text.isdigit()):
            continue  # `8 dek. 1995 g.`: a day's and a month's year
        b = i + 1
        while b < len(tokens) and labels[b] in _TITLED and tokens[b].text not in _STOPS:
            if tokens[b].text == ":":
                break
            b += 1
        plain = [
            k
            for k in range(i + 1, b)
            if tokens[k].text.isalpha() and tokens[k].text.islower() and len(tokens[k].text) > 2
        ]
        # `2021 Yılı Faaliyet Raporu`, `2023 Yılı Bütçe Gerekçesi`: the year's word, then
        # the title's capitalised words, name a year's report or plan
        named = i + 2 < b and "year" in marks[i + 1] and tokens[i + 2].text[:1].isupper()
        if not (named or any(not marks[k] for k in plain)) or "issued" not in labels[b:]:
            continue
        labels[i:b] = ["title"] * (b - i)
        if b + 1 < len(tokens) and tokens[b].text == ":" and labels[b + 1] == "title":
            labels[b] = "title"  # `…: тарих және тағылымы`: the subtitle after its colon
    return labels


def _colon_year(tokens: list[Token], labels: list[str]) -> list[str]:
    """`labels` with a year that opens a title before its colon given to the title (`Шубин
    А. В. 1989: год перелома. – М. : Вече, 2019.`, `Erol Mütercimler, 1453: İstanbul'un Fethi,
    Alfa, 2012.`): a work's date is never followed by a
    colon and the title's words, when a later year dates the work."""
    if ":" not in text_set(tokens):  # most notes: one look-up
        return labels
    for i in range(len(tokens) - 2):
        text = tokens[i].text
        if tokens[i + 1].text != ":" or not (is_year(text) or (text.isdigit() and len(text) > 2)):
            continue
        if labels[i] == OTHER and i and tokens[i - 1].text == ",":
            pass  # a year the model left to no field, after the author's comma (`1453: …`)
        elif labels[i] != "issued" or not is_year(text):
            continue
        s = _quoted_date_start(tokens, labels, i)
        if labels[i + 2] != "title" or (i and labels[i - 1] == "issued" and s is None):
            continue
        if "issued" in labels[i + 3 :]:
            s = i if s is None else s
            labels[s : i + 2] = ["title"] * (i + 2 - s)
    return labels


_OPENING_QUOTES: Final = frozenset({"“", "«", '"', "‘", "„", "‹"})
_PAIRS: Final = {"«": "»", "“": "”", "„": "“"}  # a title's quotes that open and close apart
_QUOTED_TOKENS: Final = 80  # a quoted title's tokens at most
_DATES: Final = frozenset({"issued", "accessed"})


def _quoted_inner_dates(tokens: list[Token], labels: list[str]) -> list[str]:
    """`labels` with a date inside a quoted title, title words before and after it inside the
    quotes, given to the title when a date follows the closing quote (`ОБСЕ, «Республика
    Казахстан, … выборы, 20 ноября 2022 г.: Итоговый отчет …», Варшава, 21 марта 2023 г.`):
    the quotes name the work, the date after them dates it."""
    if text_set(tokens).isdisjoint(_PAIRS):
        return labels
    n = len(tokens)
    for i, token in enumerate(tokens):
        closer = _PAIRS.get(token.text)
        if closer is None:
            continue
        q = next(
            (k for k in range(i + 1, min(n, i + _QUOTED_TOKENS)) if tokens[k].text == closer), None
        )
        if q is None or not _DATES.intersection(labels[q + 1 :]):
            continue
        inside = labels[i + 1 : q]
        dated = [k for k in range(i + 1, q) if labels[k] == "issued"]
        if (
            not dated
            or "title" not in inside[: dated[0] - i - 1]
            or "title" not in labels[dated[-1] + 1 : q]
        ):
            continue
        if not set(inside) <= _TITLED or "title" in labels[:i]:
            continue  # `ОБСЕ/БДИПЧ, «…»`: a title read before the quotes, left as read
        labels[i + 1 : q] = ["title"] * (q - i - 1)  # the date's words the model left out too
    return labels


_DATE_TOKENS: Final = 3  # `1 Mayıs 1977`: a day, a month and the year at most


def _quoted_date_start(tokens: list[Token], labels: list[str], i: int) -> int | None:
    """Where the date that ends at year `i` starts when an opening quote stands right before
    it (`“1 Mayıs 1977: Taksim’de Ne Oldu?”`, `«9 января 1905 г.: …»`): a quoted title opens
    with the date it names, never the work's own."""
    s = i
    while s > 0 and i - s < _DATE_TOKENS - 1 and labels[s - 1] == "issued":
        s -= 1
    return s if s > 0 and tokens[s - 1].text in _OPENING_QUOTES else None


_PERIOD: Final = 5  # tokens of `(1991-2006)`


def _bracketed_period(tokens: list[Token], labels: list[str]) -> list[str]:
    """`labels` with the bracketed years a title closes with given to the title when the work
    is dated before it (APA's `Er, B. (2018). Dil politikaları (1991-2006) (Yüksek lisans
    tezi).`): the period the work covers is its title's."""
    texts = text_set(tokens)
    if "(" not in texts or texts.isdisjoint(DASHES):
        return labels  # no bracket or no dash: no period, nor a span (`_bracketed_span`)
    for i in range(1, len(tokens) - _PERIOD + 1):
        if labels[i - 1] != "title" or tokens[i].text != "(" or tokens[i + 4].text != ")":
            continue
        first, dash, last = tokens[i + 1], tokens[i + 2], tokens[i + 3]
        if not (is_year(first.text) and dash.text in DASHES and is_year(last.text)):
            continue
        s = i - 1
        while s > 0 and labels[s - 1] == "title":
            s -= 1
        dated = {"issued", "accessed"}.intersection(labels[i : i + _PERIOD])  # no day: no access
        if "issued" in labels[:s] and dated:
            labels[i : i + _PERIOD] = ["title"] * _PERIOD
    return _bracketed_span(tokens, labels)


_SPAN_TOKENS: Final = 14  # tokens inside the brackets of a period (`60-е годы XIX в. – 1917 г.`)
_CENTURY: Final = frozenset("IVXL")
_SPAN_WORDS: Final = 2  # words of a period besides its times (`годы`, `начало`) at most


def _bracketed_span(tokens: list[Token], labels: list[str]) -> list[str]:
    """`labels` with a bracketed period in words right after the title (`… в эпоху капитализма
    (60-е годы XIX в. – 1917 г.)`, `(XVIII – начало XX в.)`) given to the title when a later
    date dates the work: two times, a year or a century, and a dash between them."""
    for i in range(1, len(tokens) - 3):
        if labels[i - 1] != "title" or tokens[i].text != "(" or labels[i] == "title":
            continue
        close = next(
            (
                k
                for k in range(i + 1, min(len(tokens), i + _SPAN_TOKENS + 2))
                if tokens[k].text in "()"
            ),
            None,
        )
        if close is None or tokens[close].text != ")" or "issued" not in labels[close + 1 :]:
            continue
        inner = tokens[i + 1 : close]
        times = [
            t for t in inner if is_year(t.text) or (t.text.isupper() and set(t.text) <= _CENTURY)
        ]
        if not times and _early_years(inner):
            times = [inner[0], inner[2]]  # a period of the Middle Ages (`(1136–1225-ci illər)`)
        if len(times) < 1 + (len(inner) > _PERIOD) or not any(t.text in DASHES for t in inner):
            continue
        words = [t for t in inner if t.text.isalpha() and len(t.text) > 2 and t not in times]
        if len(words) > _SPAN_WORDS or any(t.text == "," for t in inner):
            continue  # `(Migration and Remittances in Turkmenistan, 1700–1917)`: a translation
        if any(label not in _TITLED for label in labels[i : close + 1]):
            continue
        labels[i : close + 1] = ["title"] * (close + 1 - i)
    return _bracketed_year(tokens, labels)


_YEAR_WORD: Final = 4  # letters of a year's word in a bracket at most (`г.`, `yılı`, `ж.`)


def _bracketed_year(tokens: list[Token], labels: list[str]) -> list[str]:
    """`labels` with one bracketed year between a title's words and its subtitle's colon
    given to the title when a later date dates the work (`Кампания по конфискации байских
    хозяйств (1928 г.): региональный аспект // Российская история. 2019.`): a work's date is
    never followed by a colon and the title's words."""
    for i in range(1, len(tokens) - 4):
        if labels[i - 1] != "title" or tokens[i].text != "(" or not is_year(tokens[i + 1].text):
            continue
        close = next((k for k in range(i + 2, min(len(tokens), i + 5)) if tokens[k].text == ")"), 0)
        inner = tokens[i + 2 : close]
        if not close or any(
            t.text != "." and not (t.text.isalpha() and len(t.text) <= _YEAR_WORD) for t in inner
        ):
            continue
        if close + 2 >= len(tokens) or tokens[close + 1].text != ":":
            continue
        if labels[close + 2] != "title" or "issued" not in labels[close + 3 :]:
            continue
        labels[i : close + 2] = ["title"] * (close + 2 - i)
    return labels


def _early_years(inner: list[Token]) -> bool:
    """Whether a bracket opens with two years before 1500 a dash joins, the first the earlier
    (`1136–1225`, `750–1258`): a period a history's title covers, as its later years are."""
    if len(inner) < 3 or inner[1].text not in DASHES:
        return False
    first, last = inner[0].text, inner[2].text
    return (
        first.isdecimal()
        and last.isdecimal()
        and 3 <= len(first) <= len(last) <= 4
        and int(first) < int(last) < 1500
    )


_NEAR: Final = 5  # tokens either side of a year that a reprint's words may stand in
_CLAUSE: Final = frozenset({",", ";", "(", ")", "[", "]"})


@functools.cache
def _reprint_words(key: str = "reprint") -> tuple[tuple[str, ...], ...]:
    """`[words] reprint` (or `key`) of every shipped language, each as its words, casefolded."""
    found = {
        tuple(t.text.casefold() for t in tokenize(w) if t.text != ".") for w in shipped_words(key)
    }
    return tuple(seq for seq in found if seq)


@functools.cache
def _reprint_firsts() -> frozenset[str]:
    """The first word of each reprint's word sequence."""
    return frozenset(seq[0] for seq in _reprint_words() if seq)


def reprinted(tokens: list[Token], a: int, b: int, key: str = "reprint") -> bool:
    """Whether the date a..b is a reprinted original's: a reprint's words within a few tokens
    of it, in its clause (no comma, semicolon or bracket between, no sentence's period after
    it). With `key`
    "first_published", whether the words beside it date the first edition itself."""
    if _reprint_firsts().isdisjoint(casefolded_set(tokens)):
        return False  # no reprint's word in the note (most notes: one look-up)
    start = a
    while start > max(0, a - _NEAR) and tokens[start - 1].text not in _CLAUSE:
        start -= 1
    end = b
    while end < min(len(tokens), b + _NEAR) and tokens[end].text not in _CLAUSE:
        end += 1
    if _sentence_closes(tokens, b):
        end = b  # `Penguin, 1990. First published 1867.`: the next sentence dates another
    words = [t.text.casefold() for t in [*tokens[start:a], *tokens[b:end]] if t.text != "."]
    opening = _bracket_opening(tokens, start)
    if opening is not None:  # `(Ilkinji neşiri: London, 1864)`: the bracket's opening words
        words = [t.text.casefold() for t in tokens[opening:start] if t.text != "."] + words
    if _reprint_firsts().isdisjoint(words):
        return False  # no reprint's word opens anywhere near (at C speed)
    return any(
        tuple(words[i : i + len(seq)]) == seq
        for seq in _reprint_words(key)
        for i in range(len(words) - len(seq) + 1)
    )


def _sentence_closes(tokens: list[Token], b: int) -> bool:
    """Whether a period right after the date ending at `b` closes its sentence: a capital
    opens the next."""
    return (
        b + 1 < len(tokens)
        and tokens[b].text == "."
        and tokens[b + 1].start > tokens[b].end
        and tokens[b + 1].text[:1].isupper()
    )


def _bracket_opening(tokens: list[Token], start: int) -> int | None:
    """Where the bracket holding a date's clause opens after its `(` when a comma ends the
    clause on the left and the bracket opens a few tokens before (`(Ilkinji neşiri: London,
    1864)`), else None."""
    if start == 0 or tokens[start - 1].text != ",":
        return None
    for k in range(start - 2, max(-1, start - 2 * _NEAR), -1):
        if tokens[k].text in {"(", "["}:
            return k + 1
        if tokens[k].text in _CLAUSE and tokens[k].text != ",":
            return None
    return None


def without_reprint_word(place: str) -> str:
    """A place without the reprint's word that opens it (`Reprint, London`: `London`)."""
    head, comma, rest = place.partition(",")
    words = tuple(t.text.casefold() for t in tokenize(head) if t.text != ".")
    return rest.strip() if comma and rest.strip() and words in _reprint_words() else place


_WORKS: Final = frozenset({"title", "container-title"})


def reprint_clauses(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a work's run that is a reprint's clause (a year and a reprint's words,
    `1899 baskısının tıpkıbasımı`) given back: it names no work, when the note has a date."""
    out = list(labels)
    if "issued" not in out or _reprint_firsts().isdisjoint(casefolded_set(tokens)):
        return out  # no date, or no reprint's word in the note (`reprinted`)
    i = 0
    while i < len(out):
        if out[i] not in _WORKS:
            i += 1
            continue
        j = i
        while j < len(out) and out[j] == out[i]:
            j += 1
        years = [k for k in range(i, j) if is_year(tokens[k].text)]
        if years and reprinted(tokens, years[0], years[0] + 1):
            out[i:j] = [OTHER] * (j - i)
        i = j
    return out


_DATED: Final = frozenset({"accessed", "archived"})  # a reading's or an archive's date's words


def worded_year(tokens: Sequence[Token], marks: list[set[str]], labels: Sequence[str]) -> list[str]:
    """`labels` with a year's language's year word (`1958 г.`, `1990 ж.`) given to the date
    the year is, and, in a note the model dated nowhere and that reads no page nor archive
    then, with such a year read as the date when it opens a run or follows a comma or a
    sentence's period and the sentence ends with the word (`СЗ СССР, 1923 г., № 81`, `М., 1923
    г. Приложение`, `// Вопросы философии. 1982 г. Т. 5`,
    `2022 г. “За Маркса”`): a title's inner year is followed by its words (`1916 г. в Степи`).
    A year and its word before the day and month the model dated are the date's (`2022 jylǵy
    16 naýryz`)."""
    out = list(labels)
    if "year" not in marks_union(marks):
        return out  # no year's word in the note (most notes: one look-up)
    count = len(tokens)
    undated = "issued" not in out and marks_union(marks).isdisjoint(_DATED)
    for i in range(count - 1):
        if not is_year(tokens[i].text) or "year" not in marks[i + 1]:
            continue
        j = i + 2 if i + 2 < count and tokens[i + 2].text == "." else i + 1
        if out[i] == "issued":
            out[i + 1 : j + 1] = ["issued"] * (j - i)
            continue
        if j + 1 < count and out[j + 1] == "issued":  # the year first: `2022 jylǵy 16 naýryz`
            out[i : j + 1] = ["issued"] * (j + 1 - i)
            continue
        # … or follows a host's or title's closing period (`// Вопросы философии. 1982 г. Т. 5`)
        closed = i > 1 and tokens[i - 1].text == "." and len(tokens[i - 2].text) > 1
        opens = i == 0 or out[i - 1] != out[i] or tokens[i - 1].text == "," or closed
        if not undated or not opens:
            continue
        if j + 1 < count:
            after = tokens[j + 1].text
            if after[:1].isalpha() and after[:1].islower():
                continue  # the title's words go on (`1916 г. в Степи`)
        out[i : j + 1] = ["issued"] * (j + 1 - i)
        undated = False
    return out
