"""A house the model read as the place of publication. Springer's and Elsevier's imprints end
on `Publisher, City` (`FAN, Tashkent, pp 56–71`, `United Nations, Geneva`), which the model
may read whole as the place: when the note names no publisher, the part before the comma that
is no place of the lexicon, before one that is, is the house. A thesis's university after its
degree (`Dissertation, Humboldt-Universität zu Berlin`, `Master's thesis, University of Central
Asia`) read as the place is the publisher too: a place's run that names a body (`University`,
`Universität`, `Институт`) names no place, and so is a body read as the host after the degree
(`PhD Thesis, L.N. Gumilyov Eurasian National University`). The places that close a house's run
(`University of Bonn, Bonn, Germany`) are its place, and so are a house and a city closing a
proceedings' host (`(EEEIC), IEEE, Palermo, 2018`).

German notes write the house and the year after the place's colon with no comma (`München: Beck
2004 (Reihe Osteuropa; 12), S. 12.`): capitalised words and a year right after the colon are
the publisher and the date, whatever run the model made of them (a host, an editor), and the
bracket after them names the series."""

from __future__ import annotations

import itertools
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_cue

__all__ = ["house_in_place", "house_year_after_place"]


def _split(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> list[Run] | None:
    """`House , City` inside the place's run a..b as the publisher and the place, or None."""
    comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
    if comma is None or not one_place(marks, comma + 1, b) or one_place(marks, a, comma):
        return None
    house = tokens[a:comma]
    if not house[0].text[:1].isupper() or any(t.text in ",:;" for t in house):
        return None
    if any(marks[k] & PLACE_STARTS for k in range(a, comma)):
        return None  # `Almaty, Kazakhstan` or `Hoboken, NJ`: a city and its country or state
    return [("publisher", a, comma), (OTHER, comma, comma + 1), ("publisher-place", comma + 1, b)]


def house_in_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the house read into the place's run given the publisher (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if "publisher" in labels and "publisher-place" not in labels:
        return _place_in_house(tokens, marks, found, labels.index("publisher"))
    if "publisher" not in labels and "container-title" in labels and "genre" in labels:
        j = labels.index("container-title")  # `PhD Thesis, L.N. Gumilyov Eurasian National …`
        _, a, b = found[j]
        words = " ".join(t.text for t in tokens[a:b])
        degree = (
            " ".join(t.text for t in tokens[found[j - 2][1] : found[j - 2][2]]) if j >= 2 else ""
        )
        if labels[j - 2 : j - 1] == ["genre"] and is_organisation(words) and is_thesis(degree):
            return [*found[:j], ("publisher", a, b), *found[j + 1 :]]
    if "publisher" not in labels and "genre" in labels:
        thesis = _university_left(tokens, found, labels.index("genre"))
        if thesis is not None:  # `Master's thesis, University of Central Asia`: left to no field
            return thesis
    if (
        "publisher" not in labels
        and "publisher-place" not in labels
        and "container-title" in labels
    ):
        return _imprint_in_host(tokens, marks, found, labels.index("container-title"))
    if "publisher" in labels or labels.count("publisher-place") != 1:
        return found
    j = labels.index("publisher-place")
    _, a, b = found[j]
    split = _split(tokens, marks, a, b)
    if split is not None:
        return [*found[:j], *split, *found[j + 1 :]]
    words = " ".join(t.text for t in tokens[a:b])
    if b - a > 1 and not one_place(marks, a, b) and is_organisation(words):
        k = _places_after(tokens, marks, a, b)
        if k is not None:  # `University of Bonn, Bonn, Germany`: the body, then its place
            split = [("publisher", a, k), (OTHER, k, k + 1), ("publisher-place", k + 1, b)]
            return [*found[:j], *split, *found[j + 1 :]]
        return [*found[:j], ("publisher", a, b), *found[j + 1 :]]
    return found


def _university_left(tokens: list[Token], found: list[Run], j: int) -> list[Run] | None:
    """`found` with the capitalised body's name the model left after a thesis's degree and its
    comma, up to the note's end, read as the publisher; None when there is none."""
    _, a, b = found[j]
    if j + 1 != len(found) - 1 or found[j + 1][0] != OTHER or tokens[b].text != ",":
        return None
    end = len(tokens) - 1 if tokens[-1].text == "." else len(tokens)
    words = [t.text for t in tokens[b + 1 : end]]
    if (
        not words
        or not words[0][:1].isupper()
        or any(not (w.isalpha() or w in "-&") for w in words)
    ):
        return None
    degree = " ".join(t.text for t in tokens[a:b])
    if not (is_thesis(degree) and is_organisation(" ".join(words))):
        return None
    return [
        *found[: j + 1],
        (OTHER, b, b + 1),
        ("publisher", b + 1, end),
        *([(OTHER, end, len(tokens))] if end < len(tokens) else []),
    ]


def is_thesis(degree: str) -> bool:
    """Whether a genre's words name a thesis (`PhD Thesis`, `Dissertation`)."""
    return has_cue("thesis", degree)


_HOUSE_MAX: Final = 4  # tokens of a house's name closing a proceedings' run at most (`IEEE`)


def _imprint_in_host(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> list[Run]:
    """`found` with `…, House, City` closing a proceedings' host run read as its publisher and
    place (Elsevier's and IEEE's `in: 2018 IEEE … Conference (EEEIC), IEEE, Palermo, 2018`)."""
    _, a, b = found[j]
    commas = [k for k in range(a + 1, b - 1) if tokens[k].text == ","]
    if len(commas) < 2:
        return found
    first, second = commas[-2], commas[-1]
    if not one_place(marks, second + 1, b) or not 0 < second - first - 1 <= _HOUSE_MAX:
        return found
    house = tokens[first + 1 : second]
    if not house[0].text[:1].isupper() or one_place(marks, first + 1, second):
        return found
    if any(marks[k] & PLACE_STARTS for k in range(first + 1, second)):
        return found
    split: list[Run] = [
        ("container-title", a, first),
        (OTHER, first, first + 1),
        ("publisher", first + 1, second),
        (OTHER, second, second + 1),
        ("publisher-place", second + 1, b),
    ]
    return [*found[:j], *split, *found[j + 1 :]]


def _place_in_house(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> list[Run]:
    """`found` with the places closing the publisher's run `j` read as the place."""
    _, a, b = found[j]
    k = _places_after(tokens, marks, a, b)
    if k is None:
        return found
    split = [("publisher", a, k), (OTHER, k, k + 1), ("publisher-place", k + 1, b)]
    return [*found[:j], *split, *found[j + 1 :]]


def _places_after(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """The first comma inside tokens a..b after which only places of the lexicon stand, each
    set off by its comma (`, Bonn, Germany`), or None."""
    commas = [k for k in range(a + 1, b - 1) if tokens[k].text == ","]
    for first in commas:
        bounds = [k for k in commas if k >= first] + [b]
        if all(one_place(marks, x + 1, y) for x, y in itertools.pairwise(bounds)):
            return first
    return None


_HOUSE_WORDS: Final = 4  # words of a house's name before its year at most (`Klaus Schwarz`)
_SERIES: Final = 10  # tokens of a series' bracket at most
_MISREAD: Final = frozenset({"editor", "translator", "container-title", "publisher", "author"})


def house_year_after_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with German's `Place: House Year (Series; 12)` read as the publisher, the date
    and the series (see the module's doc)."""
    labels = [run[0] for run in found]
    if "issued" in labels or "publisher-place" not in labels:
        return found
    _, _, q = found[labels.index("publisher-place")]
    if q + 2 >= len(tokens) or tokens[q].text != ":":
        return found
    y = next(
        (
            k
            for k in range(q + 2, min(q + 2 + _HOUSE_WORDS, len(tokens)))
            if is_year(tokens[k].text)
        ),
        None,
    )
    if y is None or any(not (t.text.isalpha() and t.text[:1].isupper()) for t in tokens[q + 1 : y]):
        return found
    at = labels_at(found, len(tokens))
    if not set(at[q + 1 : y + 1]) <= _MISREAD | {OTHER}:
        return found
    at[q + 1 : y] = ["publisher"] * (y - q - 1)
    at[y] = "issued"
    if y + 1 < len(tokens) and tokens[y + 1].text == "(":
        close = next(
            (k for k in range(y + 2, min(y + _SERIES, len(tokens))) if tokens[k].text == ")"), None
        )
        if close is not None:
            end = next((k for k in range(y + 2, close) if tokens[k].text == ";"), close)
            at[y + 1 : close + 1] = [OTHER] * (close - y)
            at[y + 2 : end] = ["collection-title"] * (end - y - 2)
    return runs(at)
