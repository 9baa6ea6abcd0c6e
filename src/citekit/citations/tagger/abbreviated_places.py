"""An imprint whose place is a city's abbreviation (GOST 7.0.12: `L.: The Stationery Office,
1998`, `P. : Éditions de Minuit, 1979`, `5th ed. N. Y.: Alfred A. Knopf, 1978`): after an
area's period or dash, an abbreviation of `[words] city_abbreviations` as written, then the
imprint's colon, a capitalised house and its comma before the year, or, for an abbreviation of
two letters or more, its comma and the year alone (`Таш., 1978`). The abbreviation is the
place and the words after the colon the publisher, whatever the model read them as (`P.` is
also a page's label, `L.` a leaf's, and a house after `ed.` its editor's name)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, text_set, token_texts
from citekit.languages import shipped_words

__all__ = ["abbreviated_place", "city_abbreviation", "houses_after_place"]

_BEFORE: Final = frozenset({".", "–", "—", "-"})  # an area's end before the imprint
_HOUSE: Final = 12  # tokens a house's name may run to before its year's comma
_YEAR: Final = 4
_NUMBERED: Final = frozenset({"volume", "issue"})  # a journal's numbers after its year
_DAY_REACH: Final = 6  # tokens after the place that hold a newspaper's day (`, 1978. – 5 мая`)
_DAY: Final = 2  # digits of a day
_BEFORE_DAY: Final = frozenset({",", "–", "—", "-"})
_SHORTEST: Final = 2  # letters of an abbreviation read before a year's comma at least


@functools.cache
def _abbreviations() -> tuple[tuple[str, ...], ...]:
    """The abbreviations as token texts, as written (`P.` is no `p.`), longest first."""
    found = {tuple(token_texts(w)) for w in shipped_words("city_abbreviations")}
    return tuple(sorted((a for a in found if a), key=len, reverse=True))


@functools.cache
def _written() -> frozenset[str]:
    return frozenset(shipped_words("city_abbreviations"))


def city_abbreviation(word: str) -> bool:
    """Whether `word` with its period is a city's abbreviation (`Cambr.`, `Oxf.`)."""
    return f"{word}." in _written()


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(a[0] for a in _abbreviations())


def _match(tokens: list[Token], k: int) -> int | None:
    """Where an abbreviation that opens at `k` ends."""
    for words in _abbreviations():
        end = k + len(words)
        if end <= len(tokens) and all(tokens[k + i].text == w for i, w in enumerate(words)):
            return end
    return None


def _year(tokens: list[Token], k: int) -> bool:
    text = tokens[k].text.strip("[]")
    return len(text) == _YEAR and text.isdecimal()


def _house_end(tokens: list[Token], a: int) -> int | None:
    """Where a house's name that opens at `a` ends: at the comma before its year."""
    if a >= len(tokens) or not (tokens[a].text[:1].isupper() or tokens[a].text in '«"“'):
        return None
    for j in range(a + 1, min(len(tokens) - 1, a + _HOUSE)):
        text = tokens[j].text
        if text == "," and _year(tokens, j + 1):
            return j
        if text in {":", "//", "/", ";"} or _year(tokens, j):
            return None
    return None


def _day_after(tokens: list[Token], k: int) -> bool:
    """Whether a day's number follows a dash or a comma within a few tokens from `k` (`, 1978. –
    5 мая`): a newspaper's issue, no volume's (`. Т. 2`)."""
    return any(
        tokens[i].text.isdecimal()
        and len(tokens[i].text) <= _DAY
        and tokens[i - 1].text in _BEFORE_DAY
        for i in range(k, min(len(tokens), k + _DAY_REACH - 2))
    )


def abbreviated_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such an imprint's place and house read (see the module's doc)."""
    if _heads().isdisjoint(text_set(tokens)):
        return found  # most notes
    labels: list[str] | None = None
    for k in range(1, len(tokens)):
        if tokens[k].text not in _heads() or tokens[k - 1].text not in _BEFORE:
            continue
        if tokens[k - 1].text == "." and tokens[k - 1].end == tokens[k].start:
            continue  # `Smith, A.L.: Title`: a name's initials glued, no place
        end = _match(tokens, k)
        if end is None or end >= len(tokens):
            continue
        if tokens[end].text == "," and end + 1 < len(tokens) and _year(tokens, end + 1):
            if len(tokens[k].text) < _SHORTEST:
                continue  # `М., 1963` the model reads; `L., 1968` may be an initial
            if _day_after(tokens, end + 2):
                continue  # `// Туркменская искра. – Аш., 1978. – 5 мая.`: a newspaper's day
            if labels is None:
                labels = labels_at(found, len(tokens))
            if labels[k] not in PERSONS:  # `Таш., 1978`, `Аш., 1988`: a place and its year
                labels[k:end] = ["publisher-place"] * (end - k)
            continue
        if tokens[end].text != ":":
            continue
        house = _house_end(tokens, end + 1)
        if house is None:
            continue
        if labels is None:
            labels = labels_at(found, len(tokens))
        if labels[end + 1] == "container-title" and not _NUMBERED.isdisjoint(labels[house:]):
            continue  # `М.: Вестник МГУ, 2019, № 4`: a journal's issue
        labels[k:end] = ["publisher-place"] * (end - k)
        labels[end] = OTHER
        labels[end + 1 : house] = ["publisher"] * (house - end - 1)
    return found if labels is None else runs(labels)


def houses_after_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place's run that took in its house after the colon (GOST's `М. : Норма :
    ИНФРА-М, 2021`) cut at that colon: an abbreviated city before it, a capitalised name after
    it, which runs on to a house's run after the next colon (two houses of one place)."""
    for j, (label, a, b) in enumerate(found):
        if label != "publisher-place" or b - a < _SPLIT_TOKENS:
            continue
        colon = next((k for k in range(a + 1, b - 1) if tokens[k].text == ":"), None)
        if colon is None or _match(tokens, a) != colon or not tokens[colon + 1].text[:1].isupper():
            return found
        if b < len(tokens) and tokens[b].text not in ":,":
            return found  # `СПб. : Тип. В. Киршбаума : …`: the house's name goes on past the run
        end, rest = b, j + 1
        if j + 2 < len(found) and found[j + 2][0] == "publisher":
            gap = [t.text for t in tokens[found[j + 1][1] : found[j + 1][2]]]
            if found[j + 1][0] == OTHER and gap == [":"]:
                end, rest = found[j + 2][2], j + 3
        return [
            *found[:j],
            ("publisher-place", a, colon),
            (OTHER, colon, colon + 1),
            ("publisher", colon + 1, end),
            *found[rest:],
        ]
    return found


_SPLIT_TOKENS: Final = 4  # `М . : Норма`: a place, its period, the colon and a house's word
