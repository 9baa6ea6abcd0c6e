"""A family name with a particle written inverted at a note's start: an elided particle glued
to it (`Carrère d’Encausse, Hélène, L’Empire éclaté, …`, `Giscard d’Estaing, Valéry. Le
Pouvoir …`) or a lower-case one opening the note (`von Hagen, Mark: Die Ukraine.`, `de
Planhol, Xavier.`), as German, French and Dutch names write them. The one capitalised word
between the name's comma and the next comma, period or colon is the given name (a title never
opens so, one word cut off by a comma), whatever the model read it as; so is
an Arabic name's given part joined by `ibn` or `b.` after its article's family name
(`al-Ṭabarī, Muḥammad ibn Jarīr.`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["elided_inverted"]

from citekit.citations.tagger.ayn_words import AYN_MARKS
from citekit.citations.tagger.tokens import Token

_PERSON: Final = "author"
_TITLE: Final = "title"
_ELIDED: Final = frozenset({"d", "D"})
_APOSTROPHES: Final = frozenset({"’", "'"})
_FAMILY: Final = 5  # tokens before the particle at most (`Carrère`, `Giscard`)
_PARTICLES: Final = frozenset({"von", "van", "de", "du", "des", "der", "den", "la", "le", "zu"})
_CLOSERS: Final = frozenset({",", ".", ":"})
_ARTICLES: Final = frozenset({"al", "el"})
_SONS: Final = frozenset({"ibn", "bin", "bint"})


def _word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _unmarked(text: str) -> str:
    """A word without the ʿayn or hamza it opens with (`ʿAlī`: `Alī`)."""
    return text[1:] if text[:1] in AYN_MARKS else text


def _connected(tokens: list[Token], k: int) -> bool:
    """Whether an Arabic name's `ibn`, `bin` or `b.` at `k` joins the name word after it."""
    text = tokens[k].text
    if text in _SONS:
        after = k + 1
    elif text == "b" and tokens[k + 1].text == "." and tokens[k].end == tokens[k + 1].start:
        after = k + 2
    else:
        return False
    return after < len(tokens) and _word(_unmarked(tokens[after].text))


def _family_end(tokens: list[Token]) -> int:
    """The index after an inverted family name with its particle opening the note (its
    comma follows), else 0."""
    if tokens[0].text in _ARTICLES and tokens[1].text == "-" and tokens[3].text == ",":
        # an Arabic name's article (`al-Ṭabarī, Muḥammad ibn Jarīr.`)
        glued = tokens[0].end == tokens[1].start and tokens[1].end == tokens[2].start
        return 3 if glued and _word(_unmarked(tokens[2].text)) else 0
    if tokens[0].text in _PARTICLES:  # `von Hagen,`, `de la Vaissière,`
        k = 1
        while k < _FAMILY and tokens[k].text in _PARTICLES:
            k += 1
        if _word(tokens[k].text) and tokens[k + 1].text == ",":
            return k + 1
        return 0
    at = next((i for i in range(_FAMILY) if tokens[i].text in _ELIDED), None)
    if at is None:
        return 0  # no `d` in the note's first words (nearly all notes)
    k = at
    particle, apostrophe, family = tokens[k], tokens[k + 1], tokens[k + 2]
    if (
        particle.end != apostrophe.start
        or apostrophe.text not in _APOSTROPHES
        or apostrophe.end != family.start
        or not _word(family.text)
        or tokens[k + 3].text != ","
        or not all(_word(t.text) for t in tokens[:k])
    ):
        return 0
    return k + 3


def elided_inverted(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the given name after an opening `Family d’Name,` or `von Family,` given
    to the author."""
    out = list(labels)
    if len(tokens) < _FAMILY + 4 or labels[0] != _PERSON:
        return out  # the note opens with no person's name (most notes)
    comma = _family_end(tokens)
    if not comma or any(label != _PERSON for label in out[:comma]):
        return out
    given = comma + 1
    end = given + 1
    if end + 2 < len(tokens) and tokens[end].text == "-" and _word(tokens[end + 1].text):
        end += 2  # `Marie-Hélène`
    if not _word(_unmarked(tokens[given].text)):
        return out
    while end + 1 < len(tokens) and _connected(tokens, end):
        end += 3 if tokens[end + 1].text == "." else 2  # `Muḥammad ibn Jarīr`, `ʿAlī b. Aḥmad`
    if (
        end >= len(tokens)
        or tokens[end].text not in _CLOSERS
        or not all(_word(_unmarked(t.text)) for t in tokens[given:end] if t.text[:1].isupper())
        or out[given] == _PERSON
        or _TITLE not in out[end:]
    ):
        return out
    out[comma:end] = [_PERSON] * (end - comma)
    return out
