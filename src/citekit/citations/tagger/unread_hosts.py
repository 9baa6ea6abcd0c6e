"""A host the model left unread after a quoted title (MLA's `"Anadolu Ağızlarında Ünlü Uyumu."
XI. Uluslararası Türk Dil Kurultayı Bildirileri, c. 2, Türk Dil Kurumu, 2014, ss. 755–768.`):
words in capitals between the title's closing quote and a comma, before the host's numbers or
its house, are the host's name when the note names no host (a Roman ordinal may open it); one
word will do before a volume or an issue (Chicago's `“Title.” Hali, no. 178 (2013): 64–73.`). A
city the model ran into a host's opening after the house's comma is the place
(`city_before_host`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["city_before_host", "host_after_quoted_title"]

_CLOSING: Final = frozenset(QUOTE_PAIRS.values())  # a quoted title's closing marks
_AFTER: Final = frozenset({"volume", "issue", "page", "publisher", "issued"})
_NUMBERED: Final = frozenset({"volume", "issue"})  # a periodical's numbers after its name
_ROMAN: Final = frozenset("IVXLC")
_WORDS: Final = 2  # words of such a host at least
_LABEL: Final = 3  # the comma and a number's label after the host at most (`, c .`)


def _worded(text: str) -> bool:
    return text.isalpha() and (text[:1].isupper() or text.islower())


@functools.cache
def _series_words() -> frozenset[str]:
    """The words of the report series' names (`[types] report`: `Report`, `Briefing Paper`)."""
    return frozenset(w.casefold() for e in shipped_type_words("report") for w in e.split())


def _bracket_after(tokens: list[Token], k: int) -> bool:
    """Whether the bracket of a periodical's date opens at token `k` or just after it."""
    return any(t.text == "(" for t in tokens[k : k + 2])


def host_after_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a host read (module doc)."""
    if any(run[0] == "container-title" for run in found):
        return found
    for j in range(1, len(found) - 1):
        label, c, d = found[j]
        if label != OTHER or found[j - 1][0] != "title" or found[j + 1][0] not in _AFTER:
            continue
        close = next((k for k in range(c, min(c + 3, d)) if tokens[k].text in _CLOSING), None)
        comma = next((k for k in range(c, d) if tokens[k].text == ","), None)
        if close is None or comma is None or d - comma > _LABEL:
            continue  # the comma, then a number's label at most (`, c .`, `, vol .`)
        start = close + 1
        if start + 1 < d and set(tokens[start].text) <= _ROMAN and tokens[start + 1].text == ".":
            words = tokens[start + 2 : comma]  # `XI. Uluslararası …`: its ordinal first
        else:
            words = tokens[start:comma]
        # `“Title.” Hali, no. 178 (Winter 2013): 64–73.`: one word will do before a number and
        # its bracketed date (not a report's series: `“Title.” Briefing, no. 222, 29 March`)
        numbered = found[j + 1][0] in _NUMBERED and _bracket_after(tokens, found[j + 1][2])
        if numbered and len(words) == 1 and words[0].text.casefold() in _series_words():
            continue  # `“Title.” Briefing, no. 222 (29 March 2019)`: a report's series
        if len(words) < (1 if numbered else _WORDS) or not all(_worded(t.text) for t in words):
            continue
        if not words[0].text[:1].isupper():
            continue
        return painted(found, ("container-title", start, comma))
    return found


_CITY_MARKS: Final = frozenset({"cities", "Bcities", "places", "Bplaces"})
_INITIAL: Final = 2  # letters of an initial or a city's abbreviation at most
_CITY_HOST: Final = 4  # the city, its period and a host of two words at least


def city_before_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a city the model ran into a host's opening, its sentence closed by a period
    (APA's Turkish thesis `… Enstitüsü, Ankara. YÖK Ulusal Tez Merkezi (Tez No. 512347).`),
    read as the place, when the note names none: no host's name opens on a city and its
    period."""
    if any(run[0] == "publisher-place" for run in found):
        return found
    for j, (label, c, d) in enumerate(found):
        if label != "container-title" or d - c < _CITY_HOST or tokens[c + 1].text != ".":
            continue
        if not marks[c] & _CITY_MARKS or not tokens[c + 2].text[:1].isupper():
            continue
        if len(tokens[c].text) <= _INITIAL:
            continue  # `Л. Н. Гумилев атындағы …`: an initial, no `Л.` (Leningrad)
        if c == 0 or tokens[c - 1].text != ",":
            continue  # the place closes the house's sentence: `…, Ankara. YÖK …`
        cut = [("publisher-place", c, c + 1), (OTHER, c + 1, c + 2), (label, c + 2, d)]
        return [*found[:j], *cut, *found[j + 1 :]]
    return found
