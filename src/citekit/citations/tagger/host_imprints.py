"""A host's imprint read into its name.

Harvard and APA name a collection or a reference work, then its imprint after a period (`…,
in Encyclopaedia Iranica. New York: Encyclopaedia Iranica Foundation.`, `In: Türk Dünyası El
Kitabı. Ankara: TKAE.`); GOST sets the imprint off by its area's dash (`// Материалы Междунар.
конф. «…», Алматы, 12–13 апреля 2018 г. – Алматы: КИСИ, 2018`). When the model runs the
host's name on over that imprint, the words after the host's period (and dash) that open with
a place of the lexicon and close before a colon are the place, the words after the colon up to
the run's end the publisher: a work's name never goes on as `City: Name`.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["imprint_in_host"]

_HOST: Final = "container-title"
_TWO: Final = 2
_MAX_PLACE_WORDS: Final = 3  # "New York", "Rio de Janeiro"


def _area_start(tokens: list[Token], k: int) -> int:
    """Where the period that sets off an imprint opening at `k` stands (`. Place`, GOST's `. –
    Place`), -1 when none does."""
    if tokens[k - 1].text == ".":
        return k - 1
    if tokens[k - 1].text in DASHES and k >= 2 and tokens[k - 2].text == ".":
        return k - 2
    return -1


def _imprint_at(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> tuple[int, int, int]:
    """Where a `. Place: Publisher` imprint's period stands in the host's run `a`..`b`, where
    its place opens and its colon, (-1, -1, -1) when there is none."""
    for k in range(a + 2, b - 2):
        if not tokens[k].text[:1].isupper() or (period := _area_start(tokens, k)) <= a:
            continue
        if not (marks[k] & PLACE_STARTS):
            continue
        m = k + 1
        while m < b and m - k < _MAX_PLACE_WORDS and marks[m] & PLACE_MARKS:
            m += 1
        if m + 1 < b and tokens[m].text == ":" and tokens[m + 1].text[:1].isupper():
            return period, k, m
    return -1, -1, -1


def imprint_in_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run that holds its imprint split into the host, the place and the
    publisher (see the module's doc), in a note that names neither."""
    if any(label in ("publisher", "publisher-place") for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != _HOST:
            continue
        period, k, m = _imprint_at(tokens, marks, a, b)
        if k < 0:
            continue
        end = b - 1 if tokens[b - 1].text == "." else b
        runs = [
            *_translated_host(tokens, a, period),
            (OTHER, period, k),
            ("publisher-place", k, m),
            (OTHER, m, m + 1),
            *_dated_house(tokens, m + 1, end),
            (OTHER, end, b),
        ]
        return [*found[:j], *(r for r in runs if r[1] < r[2]), *found[j + 1 :]]
    return found


def _translated_host(tokens: list[Token], a: int, b: int) -> list[Run]:
    """The host's run `a`..`b` with a square bracket closing it given to no field: its
    translation (`Postsovetskoe prostranstvo: 30 let spustya [The Post-Soviet Space: …]`)."""
    if b - a < _TWO or tokens[b - 1].text != "]":
        return [(_HOST, a, b)]
    opening = next((i for i in range(b - 2, a, -1) if tokens[i].text == "["), None)
    if opening is None or any(t.text in "[]" for t in tokens[opening + 1 : b - 1]):
        return [(_HOST, a, b)]
    return [(_HOST, a, opening), (OTHER, opening, b)]


def _dated_house(tokens: list[Token], a: int, b: int) -> list[Run]:
    """The publisher's words `a`..`b` up to the comma before a year, and the year as the date
    (`IMEMO RAN Publ., 2021, pp`): a house's name goes on to no year."""
    comma = next(
        (i for i in range(a + 1, b - 1) if tokens[i].text == "," and is_year(tokens[i + 1].text)),
        None,
    )
    if comma is None:
        return [("publisher", a, b)]  # `Nauka, Glav. red. vost. lit`: a name's own comma
    house = comma - 1 if tokens[comma - 1].text == "." else comma
    return [
        ("publisher", a, house),
        (OTHER, house, comma + 1),
        ("issued", comma + 1, comma + 2),
        (OTHER, comma + 2, b),
    ]
