"""Facts of how a host's own numbers are written in its name.

GOST writes a journal's series with its number right after the journal's name, before the
next area's dash (`// Вестник Московского университета. Сер. 8. – 2005. – № 3`: `[words]
host_series`), and a collected works' count of volumes right after its name (`// Полн. собр.
соч. в 10 т. – Л., 1977. – Т. 4`): both are the host's name, never the volume (the volume
cited is written after the imprint). So is the host's other title information after its
colon, in small letters up to the next area's dash (`// Словарь и языковая норма : сб. науч.
тр. – Ульяновск, 2010`): a collection's kind, kept as written (a paper's or a journal's kind,
`: газета`, is dropped from the value later, `content.without_kind`). A series' name after its
number is the host's too (`// Вестник МГУ. Сер. 8. История. 1985. № 2`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import mixed_words, unmixed_word
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.citations.tagger.totals import set_count
from citekit.citations.tagger.volumes import volume_number
from citekit.languages import shipped_words

__all__ = ["bracketed_issue", "host_numbers"]

_HOST: Final = "container-title"
_KIND: Final = 10  # tokens of a host's other title information at most (`сб. науч. тр.`)
_KIND_MIN: Final = 2  # … at least: a word and its period
_MARKS_BEFORE: Final = 2  # a period and a colon at most between the name and its number
_SERIES_SENTENCES: Final = 3  # sentences of a series' name at most (`Философия. Политология`)


@functools.cache
def _series() -> frozenset[str]:
    """The series words, without their period."""
    return frozenset(w.removesuffix(".") for w in shipped_words("host_series"))


@functools.cache
def _openers() -> frozenset[str]:
    """What may open a host's number: a series word, or a count's preposition (`в 5 т.`)."""
    return _series() | frozenset(shipped_words("volumes_in"))


def _mixed_opener(tokens: list[Token]) -> bool:
    """Whether a word mixing Latin and Cyrillic letters reads as a series word or a count's
    preposition in its own alphabet (`Cер` typed with a Latin `C`; any other word reads as
    typed, and the caller knows none of them is one). The words are joined in their order, as
    the features' reading joined them (`unmixed_words`): whether any mixes is most often known."""
    return any(unmixed_word(t) in _openers() for t in mixed_words([t.text for t in tokens]))


def _area_ends(tokens: list[Token], k: int) -> bool:
    """Whether the host's name ends at token `k`: the note's end, or a period and the next
    area's dash (GOST's `. –`), or a period and the host's year (a note's `. 2005. № 3`)."""
    period = k < len(tokens) and tokens[k].text == "."
    while k < len(tokens) and tokens[k].text == ".":
        k += 1
    if period and k + 1 < len(tokens) and is_year(tokens[k].text):
        return tokens[k + 1].text in ".,"
    return k >= len(tokens) or tokens[k].text in DASHES


def _named_end(tokens: list[Token], k: int) -> int | None:
    """The end of a series' name after its number at `k` (`Сер. 6: Экономика`, `Серия 5.
    Экономика`: words opened by a capital, a sentence or more) up to the host's area end,
    or None."""
    if k >= len(tokens) or tokens[k].text not in ".:,":
        return None
    for _ in range(_SERIES_SENTENCES):
        if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper():
            return None
        end = k + 1
        while end < len(tokens) and (tokens[end].text.isalpha() or tokens[end].text in ",-"):
            end += 1
        if end == k + 1 or end >= len(tokens) or tokens[end].text != ".":
            return None
        if _area_ends(tokens, end):
            return end
        k = end
    return None


def _series_end(tokens: list[Token], k: int) -> int | None:
    """The end of a series word and its number at `k` (`Сер. 8`, `Серия 2`), or None."""
    if unmixed_word(tokens[k].text) not in _series():
        return None  # `Сер.`, also typed with a Latin look-alike (`Cер.`)
    at = k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else k + 1
    return at + 1 if at < len(tokens) and volume_number(tokens[at].text) else None


def _kind_end(tokens: list[Token], k: int) -> int | None:
    """The end of a host's other title information after its colon at `k` (`: сб. науч. тр.`,
    `: ғылыми мақалалар жинағы`): words in small letters and their periods up to the next
    area's dash, or None."""
    end = k + 1
    while end < len(tokens) and end - k <= _KIND and tokens[end].text not in DASHES:
        word = tokens[end].text
        if not (word == "." or (word.isalpha() and word.islower())):
            return None
        end += 1
    if end >= len(tokens) or tokens[end].text not in DASHES or end - k < _KIND_MIN:
        return None
    return end - 1 if tokens[end - 1].text == "." else end


def _host_kind(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host's other title information after its colon read with its name."""
    for j, (label, a, b) in enumerate(found):
        if label != _HOST:
            continue
        # `Сөздік` + `және аударма :`: words in small letters before the colon are the name's
        colon = b
        while colon < min(len(tokens), b + _KIND) and tokens[colon].text.isalpha():
            colon += 1
        if colon >= len(tokens) or tokens[colon].text != ":":
            continue
        if colon > b and not all(t.text.islower() for t in tokens[b:colon]):
            continue
        end = _kind_end(tokens, colon)
        if end is not None and all(run[0] == OTHER for run in found[j + 1 :] if run[1] < end):
            return painted(found, (_HOST, a, end))
    return found


def host_numbers(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a series' number or a count of volumes right after the host's name, or
    the host's other title information after its colon, read with the name."""
    texts = text_set(tokens)
    if ":" in texts and "/" in texts:
        found = _host_kind(tokens, found)
    if texts.isdisjoint(_openers()) and not _mixed_opener(tokens):
        return found  # most notes (at C speed): no series word, no count's preposition
    for label, a, b in found:
        if label != _HOST:
            continue
        k = b - 1 if unmixed_word(tokens[b - 1].text) in _series() else b  # `… МГУ. Сер` + `. 8`
        while k < len(tokens) and tokens[k].text in ".:":
            k += 1
        if k >= len(tokens) or k - b > _MARKS_BEFORE:
            continue
        end = _series_end(tokens, k)
        if end is not None and not _area_ends(tokens, end):
            end = _named_end(tokens, end)  # `Сер. 6: Экономика. 2019`: the series' name
        end = end or set_count(tokens, marks, k, len(tokens))
        if end is not None and _area_ends(tokens, end):
            return painted(found, (_HOST, a, end))
    return found


_ISSUE_DIGITS: Final = 4  # digits of a bracketed issue at most (a year has four: `(2019)`)


def bracketed_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a number in brackets right after the host's name, before the pages' colon
    or comma, read as the issue when the note gives no volume or issue (a rendered wiki
    reference's `Bilig (82): 115–140`, DergiPark's `Bilig, (89), 1-20`): a journal's number,
    no date (a year there is the date)."""
    if any(run[0] in ("volume", "issue") for run in found):
        return found
    for j in range(len(found) - 1):
        label, _, d = found[j]
        if label != "container-title" or d + 3 >= len(tokens) or tokens[d].text != "(":
            continue
        number, close, after = tokens[d + 1], tokens[d + 2], tokens[d + 3]
        if close.text != ")" or after.text not in (":", ","):
            continue
        if not number.text.isdecimal() or len(number.text) > _ISSUE_DIGITS or is_year(number.text):
            continue
        if not any(run[0] == "page" and run[1] > d for run in found[j + 1 :]):
            continue
        return painted(found, ("issue", d + 1, d + 2))
    return found
