"""The imprint is the note's last sentence: `CAREC Institute. Regional Economic Outlook 2022.
Urumqi, 2022.`, `Smith J. Steppe Empires. Khorog: Pamir Press, 2016.`, `TÜİK. Hanehalkı
Bilişim Teknolojileri Kullanım Araştırması, 2022. Ankara, 2022.` A book's or a report's note
closes on `Place, year.` or `Place: Publisher, year.` whatever the place: a town the model does
not know, read into the title as its last sentence, is the place when that sentence is only a
few capitalised words (and a publisher after a colon) before the closing year. A year after a
comma that closes the title's sentence, when the imprint after it has its own year, names the
edition or the period the work covers (`Statistical Yearbook, 2020. Moscow, 2021.`): it stays
in the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.body_sentences import sentence_period
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["city_host", "dated_imprint", "sentence_imprint", "titled_year"]

_IMPRINT: Final = frozenset({"publisher-place", "publisher"})
_PLACE_WORDS: Final = 3  # words of a place's name at most (`Nur-Sultan`, `Rio de Janeiro`)
_HOSTS: Final = frozenset({"container-title", "volume", "issue", "page", "URL", "DOI"})
_LOCATORS: Final = frozenset({"volume", "issue", "page"})  # what may follow the imprint's year
_AFTER_YEAR: Final = _LOCATORS | {OTHER}
_FARTHER: Final = frozenset({"container-title", "URL", "DOI"})  # a host's or a page's marks


def _year(tokens: list[Token], run: Run) -> bool:
    """Whether `run` is a bare year (`2022`)."""
    _, a, b = run
    return b == a + 1 and tokens[a].text.isdigit() and len(tokens[a].text) == 4


def _place(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are a place's name: a few capitalised words, hyphens between."""
    words = [t.text for t in tokens[a:b] if t.text != "-"]
    return (
        0 < len(words) <= _PLACE_WORDS
        and tokens[a].text[:1].isupper()
        and all(w.isalpha() and (w[:1].isupper() or (w.islower() and len(w) <= 3)) for w in words)
    )


def _closing_year(tokens: list[Token], found: list[Run]) -> int | None:
    """The index in `found` of the bare year that closes the note, or that only the cited
    volume's, issue's and page's numbers and labels follow (`…, 1959. Vol. 110, p. 2879.`)."""
    last = max((j for j, r in enumerate(found) if r[0] != OTHER), default=None)
    if last is None:
        return None
    if found[last][0] in _LOCATORS:
        year = max((j for j, r in enumerate(found) if r[0] not in _AFTER_YEAR), default=None)
        if year is None or found[year][2] >= len(tokens) or tokens[found[year][2]].text not in ".,":
            return None
        last = year
    elif found[last][2] < len(tokens) - 1 or (
        found[last][2] < len(tokens) and tokens[-1].text != "."
    ):
        return None  # the year closes the note
    if last < 2 or not _year(tokens, found[last]) or found[last][0] != "issued":
        return None
    if any(r[0] in _HOSTS for r in found[:last]):
        return None
    return last


def sentence_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's last sentence before the closing year read as the imprint."""
    if any(r[0] in _IMPRINT or r[0] in _FARTHER for r in found):
        return found
    last = _closing_year(tokens, found)
    if last is None:
        return found
    if found[last - 1][0] != OTHER or tokens[found[last][1] - 1].text != ",":
        return found
    _, o, p = found[last - 1]  # `Title. Khujand, 2015.`: the place left unread
    if (
        found[last - 2][0] == "title"
        and p - o > 2
        and sentence_period(tokens, o)
        and _place(tokens, o + 1, p - 1)
    ):
        place: list[Run] = [(OTHER, o, o + 1), ("publisher-place", o + 1, p - 1), (OTHER, p - 1, p)]
        return [*found[: last - 1], *place, *found[last:]]
    if found[last - 2][0] != "title" or found[last - 2][2] != found[last][1] - 1:
        return found
    _, a, b = found[last - 2]
    k = next((k for k in range(b - 1, a, -1) if sentence_period(tokens, k)), None)
    if k is None:
        return found
    colon = next((c for c in range(k + 1, b) if tokens[c].text == ":"), None)
    if not _place(tokens, k + 1, colon or b) or (colon is not None and colon + 1 >= b):
        return found
    imprint: list[Run] = [("publisher-place", k + 1, colon or b)]
    if colon is not None:
        imprint += [(OTHER, colon, colon + 1), ("publisher", colon + 1, b)]
    head = found[: last - 2]
    return [*head, ("title", a, k), (OTHER, k, k + 1), *imprint, *found[last - 1 :]]


def city_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host that is only a city the lexicon knows, after the title's sentence
    and before the closing year and the cited page, read as the place (`Kadyrow Ş.
    Türkmenistanyň demografik taryhy. Aşgabat, 2003. s. 88.`): a book's `Place, year.`, no
    periodical's name, when no imprint, volume or issue is written; or, in a note dated in its
    author-date head, the city alone as a sentence (`Body (2010). Title (PDF). Астана. s. 14.`)."""
    hosts = [j for j, r in enumerate(found) if r[0] == "container-title"]
    if len(hosts) != 1 or any(r[0] in _IMPRINT or r[0] in ("volume", "issue") for r in found):
        return found
    j = hosts[0]
    _, a, b = found[j]
    bracketed = a > 1 and [t.text for t in tokens[a - 2 : a]] == [")", "."]  # `(PDF). Астана.`
    if j < 2 or found[j - 2][0] != "title" or not (sentence_period(tokens, a - 1) or bracketed):
        return found
    if "Bcities" not in marks[a] or any(
        "cities" not in m or "Bcities" in m for m in marks[a + 1 : b]
    ):
        return found
    rest = [r for r in found[j + 1 :] if r[0] != OTHER]
    headed = tokens[b].text == "." and any(
        is_year(tokens[i].text) and tokens[i - 1].text == "(" and tokens[i + 1].text == ")"
        for i in range(1, a - 2)
    )
    # `Aşgabat, 2003.`: the city, its comma, the year after it
    dated = (
        bool(rest) and rest[0][0] == "issued" and _year(tokens, rest[0]) and tokens[b].text == ","
    )
    if headed:  # the year in the author-date head (`Body (2010). Title. Астана. s. 14.`)
        rest = [("issued", 0, 0), *rest]
    elif not dated:
        return found
    if any(r[0] not in ("page", "URL", "accessed") for r in rest[1:]):
        return found
    return [*found[:j], ("publisher-place", a, b), *found[j + 1 :]]


def dated_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title's last sentence read as `Place: Publisher` when the note dates
    the work before its title and closes on that sentence (APA's and Harvard's `Lin Gan
    (1986). Tujue shi. Huhehaote: Nei Menggu renmin chubanshe.`): a town the model does not
    know, a few capitalised words, before the colon, a capitalised name after it."""
    if ":" not in text_set(tokens) or any(r[0] in _IMPRINT or r[0] in _HOSTS for r in found):
        return found
    last = max((j for j, r in enumerate(found) if r[0] != OTHER), default=None)
    if last is None or found[last][0] != "title":
        return found
    if not any(r[0] == "issued" for r in found[:last]):
        return found
    _, a, b = found[last]
    if b < len(tokens) - 1 or (b < len(tokens) and tokens[-1].text != "."):
        return found  # the sentence closes the note
    k = next((k for k in range(b - 1, a, -1) if sentence_period(tokens, k)), None)
    if k is None:
        return found
    colon = next((c for c in range(k + 1, b) if tokens[c].text == ":"), None)
    if colon is None or colon + 1 >= b or not _place(tokens, k + 1, colon):
        return found
    if not tokens[colon + 1].text[:1].isupper():
        return found  # `Astana: the new capital`: a subtitle
    imprint: list[Run] = [
        ("publisher-place", k + 1, colon),
        (OTHER, colon, colon + 1),
        ("publisher", colon + 1, b),
    ]
    return [*found[:last], ("title", a, k), (OTHER, k, k + 1), *imprint, *found[last + 1 :]]


def titled_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year closing the title's sentence after a comma kept in the title when
    an imprint with its own year follows."""
    for j in range(len(found) - 3):
        (lab, a, b), comma, year = found[j], found[j + 1], found[j + 2]
        if lab != "title" or comma[0] != OTHER or tokens[b].text != "," or comma[2] != b + 1:
            continue
        if year[0] != "issued" or not _year(tokens, year) or year[1] != b + 1:
            continue
        y = year[2]
        if y >= len(tokens) or not sentence_period(tokens, y):
            return found
        rest = found[j + 3 :]
        imprint = next((i for i, r in enumerate(rest) if r[0] in _IMPRINT), None)
        if imprint is None or not any(r[0] == "issued" for r in rest[imprint:]):
            return found
        return [*found[:j], ("title", a, y), *found[j + 3 :]]
    return found
