"""A title that opens with a country's name and its comma after an author named in natural
order: `Jonathan Hale, Russia, China and the New Great Game in Central Asia, 2nd ed. (London:
…)`. The model may read the country as the author's inverted given name (`Hale, Russia`); a
name that opens with a given name the lexicon knows is written in natural order already, so a
country after its comma opens the title. So does any one word the model read as a second
person after such a name and its comma, when the title's run follows the word's own comma:
inside the title's opening quote (`Gulnar Serikbaeva, ‘Sultans, Biis and the Orenburg
Frontier’`) or after an editor's role (`Jonathan Sherwood (ed.), Empire, Islam and the
Steppe`)."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names

__all__ = ["countries_open_title", "country_opens_title", "word_opens_title"]

_NATURAL: Final = 2  # a given name and a family
_LISTED: Final = 3  # countries a headline lists before a capitalised word at least


def country_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the country after a natural-order author's comma read as the title's first
    word (see the module's doc)."""
    if len(found) < 3 or found[0][0] != "author" or found[0][1] != 0:
        return found
    b = found[0][2]
    if b != _NATURAL + 2 or tokens[_NATURAL].text != ",":
        return found  # `Given Family , Country`
    if lower(tokens[0].text) not in given_names() or not tokens[1].text[:1].isupper():
        return found
    if tokens[b - 1].text.casefold() not in country_names():
        return found
    gap, title = found[1], found[2]
    if (
        gap != (OTHER, b, b + 1)
        or tokens[b].text != ","
        or title[0] != "title"
        or title[1] != b + 1
    ):
        return found
    return [
        ("author", 0, _NATURAL),
        (OTHER, _NATURAL, _NATURAL + 1),
        ("title", b - 1, title[2]),
        *found[3:],
    ]


_PERSONS: Final = frozenset({"author", "editor"})


def word_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with one word read as a second person between a named person and the title's
    run given to the title (see the module's doc)."""
    for j in range(1, len(found) - 2):
        label, k, end = found[j]
        if label not in _PERSONS or end != k + 1 or not tokens[k].text[:1].isupper():
            continue
        gap, title = found[j + 1], found[j + 2]
        if (
            gap != (OTHER, end, end + 1)
            or tokens[end].text != ","
            or title[:2] != ("title", end + 1)
        ):
            return found
        persons = [r for r in found[:j] if r[0] in _PERSONS]
        if len(persons) != 1 or persons[0][2] - persons[0][1] < _NATURAL:
            return found
        quoted = tokens[k - 1].text in OPENING_MARKS
        role = [t.text for t in tokens[k - 2 : k]] == [")", ","] and persons[0][0] == "editor"
        if not (quoted or role):
            return found
        return [*found[:j], ("title", k, title[2]), *found[j + 3 :]]
    return found


def countries_open_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with countries the model read as the author before the title's run given to the
    title (`Russia, Kazakhstan, Uzbekistan agree to create … // TASS`): a headline that opens
    on a list of countries, each after its comma, names no person; two of them only before a
    small letter (a verb: `Russia, China agree`), as `Jordan, Chad, The Politics` is a name."""
    if len(found) < 2 or found[0][0] != "author" or found[0][1] != 0:
        return found
    b = found[0][2]
    words = [t.text for t in tokens[:b] if t.text != ","]
    if len(words) < _NATURAL or any(w.casefold() not in country_names() for w in words):
        return found
    if any(tokens[k].text != "," for k in range(1, b, 2)) or len(words) * 2 - 1 != b:
        return found  # a list: each country its comma (`Chad Jordan`: a person)
    j = 1
    while j < len(found) and found[j][0] == OTHER and found[j][2] - found[j][1] == 1:
        j += 1
    if j >= len(found) or found[j][0] != "title" or j > _NATURAL:
        return found
    if not all(t.text == "," for t in tokens[b : found[j][1]]):
        return found
    k, listed = found[j][1], len(words)
    while k < found[j][2] and tokens[k].text.casefold() in country_names():
        listed += 1  # the list goes on in the title's run (`…, Uzbekistan agree`)
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "," else 1
    verb = k < len(tokens) and tokens[k].text[:1].islower()  # `Russia, China agree to …`
    if listed < _LISTED and not verb:
        return found  # `Jordan, Chad, The Politics of Water`: a person inverted
    return [("title", 0, found[j][2]), *found[j + 1 :]]
