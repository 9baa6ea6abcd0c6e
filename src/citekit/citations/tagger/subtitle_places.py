"""A subtitle after the title's period, before the imprint's place: German and other notes
write `Author: Title. Subtitle, Place: House Year` (`Turkmenistan nach Nijasow. Eine
Bestandsaufnahme, Berlin: Stiftung …`, `Globalizing Central Asia. Geopolitics and the
Challenges …, Armonk, NY 2013`). The model may read the subtitle into the place's run (the
place before its comma no place of the lexicon, the one after it one) or leave it to no
field (then a sentence of three words at least, a small word among them: `Reprint, New
Delhi`, `Paperback Edition, London` are no subtitles); either way the words between the
title's period and the comma before the place are the title's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import PLACE_MARKS, one_place
from citekit.citations.tagger.tokens import Token

__all__ = ["place_before_title_colon", "subtitle_before_place"]

_PLACE: Final = "publisher-place"
_SENTENCE_WORDS: Final = 3  # words of a subtitle no run read, a small word among them
_WORDS: Final = 2  # words of a subtitle at least (`Reprint, Berlin`: a reprint's word)
# a role's or a thesis's words: a statement of its own (`Translated by the author, London`)
_NO_SUBTITLE: Final = frozenset({"translator", "editor", "thesis", "Btranslator", "Beditor"})


def _subtitle(tokens: list[Token], marks: list[set[str]], a: int, comma: int) -> bool:
    """Whether tokens `a`…`comma` are a subtitle's words: two words at least, a capitalised
    word first, words only, no place of the lexicon among them, no role's or thesis's word."""
    words = tokens[a:comma]
    return (
        sum(t.text.isalpha() for t in words) >= _WORDS
        and words[0].text[:1].isupper()
        and all(t.text.isalpha() or t.text in "-–:'’" for t in words)
        and not any(m & (PLACE_MARKS | _NO_SUBTITLE) for m in marks[a:comma])
    )


def subtitle_before_place(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a subtitle the place's run took in, or no run read, given to the title
    (see the module's doc). Only the note's first place run is looked at."""
    j = next((j for j, run in enumerate(found) if run[0] == _PLACE), None)
    if j is None or j < 2:
        return found
    _, a, b = found[j]
    comma = _comma(tokens, a, b)
    end = _comma(tokens, comma + 1, b) or b if comma is not None else b  # the place's own end
    if comma is not None and one_place(marks, comma + 1, end):
        # `Eine Bestandsaufnahme, Berlin`: the subtitle in the place's run
        if not _after_title(tokens, found, j - 1, a) or not _subtitle(tokens, marks, a, comma):
            return found
        label, start, _ = found[j - 2]
        return [
            *found[: j - 2],
            (label, start, comma),
            (OTHER, comma, comma + 1),
            (_PLACE, comma + 1, b),
            *found[j + 1 :],
        ]
    # `Globalizing Central Asia. Geopolitics and …, Armonk`: the subtitle left to no run
    _, c, d = found[j - 1]
    if found[j - 1][0] != OTHER or found[j - 2][0] != "title" or tokens[d - 1].text != ",":
        return found
    if tokens[c].text != "." or not _subtitle(tokens, marks, c + 1, d - 1):
        return found
    words = [t.text for t in tokens[c + 1 : d - 1] if t.text.isalpha()]
    if len(words) < _SENTENCE_WORDS or not any(w.islower() for w in words):
        return found  # `Reprint, New Delhi`, `Paperback Edition, London`: no subtitle's sentence
    return [*found[: j - 2], ("title", found[j - 2][1], d - 1), (OTHER, d - 1, d), *found[j:]]


def _comma(tokens: list[Token], a: int, b: int) -> int | None:
    """The first comma among tokens `a`…`b`, or None."""
    return next((k for k in range(a, b) if tokens[k].text == ","), None)


def _after_title(tokens: list[Token], found: list[Run], gap: int, start: int) -> bool:
    """Whether the run before the place's is the title's period alone, after a title run."""
    if gap < 1 or found[gap][0] != OTHER or found[gap - 1][0] != "title":
        return False
    _, a, b = found[gap]
    return b == start and [t.text for t in tokens[a:b]] == ["."]


def place_before_title_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place read before a colon that opens the title given to the title, when
    the imprint names its own place after it (`M.B. Olcott, Kazakhstan: Unfulfilled Promise,
    Washington, Carnegie …, 2010`): right after the author's comma, with no title before it,
    and a note's imprint has one place, the first is the title's head (a country's or a city's
    name, as titles often open); the run between that place and the year is then the house."""
    places = [j for j, run in enumerate(found) if run[0] == _PLACE]
    if len(places) < 2 or places[0] < 1:
        return found
    j = places[0]
    if j + 2 >= len(found) or found[j - 1][0] != OTHER:
        return found
    a = found[j][1]
    gap, head = found[j + 1], found[j + 2]
    if [t.text for t in tokens[gap[1] : gap[2]]] != [":"] or head[0] == _PLACE:
        return found
    if head[0] not in {"title", "publisher", "container-title"} or head[2] >= found[places[1]][1]:
        return found
    if tokens[a - 1].text != ",":
        return found  # `Almaty: Title` opening the note after a period: an imprint's place
    if j < 2 or found[j - 2][0] != "author" or any(r[0] == "title" for r in found[:j]):
        return found  # `«Title», Kolombo: Ýaşlyk, 2004`: the imprint after a title
    out = [*found[:j], ("title", a, head[2]), *found[j + 3 :]]
    return _house_after_place(tokens, out)


def _house_after_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the run between the imprint's place and its year, commas around it, read
    as the house (`…, Washington, Carnegie Endowment for International Peace, 2010`), when the
    model read it as a host or a title and the title stands before the place."""
    for j in range(1, len(found) - 3):
        if found[j][0] != _PLACE or not any(r[0] == "title" for r in found[:j]):
            continue
        comma, house, close = found[j + 1], found[j + 2], found[j + 3]
        if house[0] not in {"title", "container-title"} or close[0] != OTHER:
            return found
        if [t.text for t in tokens[comma[1] : comma[2]]] != [","]:
            return found
        if tokens[close[1]].text != "," or not any(r[0] == "issued" for r in found[j + 3 :]):
            return found
        return [*found[: j + 2], ("publisher", house[1], house[2]), *found[j + 3 :]]
    return found
