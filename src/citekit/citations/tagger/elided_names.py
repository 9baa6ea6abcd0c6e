"""A family name with its particle at a note's head, as German, French, Dutch and Arabic names
write them (`[names] particle`, `article` and `son` words).

Inverted, with an elided particle glued to it (`Carrère d’Encausse, Hélène, L’Empire éclaté, …`,
`Giscard d’Estaing, Valéry. Le Pouvoir …`) or a lower-case one opening the note (`von Hagen,
Mark: Die Ukraine.`, `de Planhol, Xavier.`), the one capitalised word between the name's comma
and the next comma, period or colon is the given name (a title never opens so, one word cut off
by a comma), whatever the model read it as; so is an Arabic name's given part joined by `ibn`
or `b.` after its article's family name (`al-Ṭabarī, Muḥammad ibn Jarīr.`).

A family name opened by an elided particle (`d'Encausse`, `D'Amato`, `O'Brien`) is one word
with its apostrophe, no quote mark opening a title: at a note's head, with the given name after
its comma (`Carrère d'Encausse, Hélène. L'Empire éclaté.`) or before it (`Hélène Carrère
d'Encausse, L'Empire éclaté (Paris: …)`), it is the author's, and the title starts after the
name's period or comma, also where the model ran it all into the title.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.names import family_particles
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.ayn_words import AYN_MARKS
from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, language

__all__ = ["elided_author", "elided_inverted"]

_PERSON: Final = "author"
_TITLE: Final = "title"
_APOSTROPHES: Final = frozenset({"’", "'"})
_FAMILY: Final = 5  # tokens before the particle at most (`Carrère`, `Giscard`)
_CLOSERS: Final = frozenset({",", ".", ":"})
_WORDS: Final = 3  # capitalised words of a name around its family name at most


@functools.cache
def _elided() -> frozenset[str]:
    """The particles written with an apostrophe (`d'`, `o'`), without it, lower-cased."""
    return frozenset(w[:-1] for w in family_particles() if w[-1:] in _APOSTROPHES)


@functools.cache
def _particles() -> frozenset[str]:
    """The particles written as a word of their own (`von`, `de`), lower-cased."""
    return frozenset(w for w in family_particles() if w.isalpha())


@functools.cache
def _articles() -> frozenset[str]:
    """The `[names] article` words (`al`, `el`)."""
    return frozenset(w for code in available_languages() for w in language(code).name_articles)


@functools.cache
def _sons() -> frozenset[str]:
    """The `[names] son` words (`ibn`, `bin`)."""
    return frozenset(w for code in available_languages() for w in language(code).name_sons)


def _word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _capitalised(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text[:1].isupper()


def _unmarked(text: str) -> str:
    """A word without the ʿayn or hamza it opens with (`ʿAlī`: `Alī`)."""
    return text[1:] if text[:1] in AYN_MARKS else text


def _glued_particle(tokens: list[Token], k: int) -> bool:
    """Whether tokens k..k+2 are an elided particle glued by its apostrophe to the name after."""
    if k + 2 >= len(tokens) or tokens[k].text.casefold() not in _elided():
        return False
    quote, name = tokens[k + 1], tokens[k + 2]
    glued = tokens[k].end == quote.start and quote.end == name.start
    return glued and quote.text in _APOSTROPHES


def _connected(tokens: list[Token], k: int) -> bool:
    """Whether an Arabic name's `ibn`, `bin` or `b.` at `k` joins the name word after it, or
    its article glued to it (`ʿAbd al-Raḥmān`)."""
    text = tokens[k].text
    if text in _sons():
        after = k + 1
    elif text in _articles() and k + 2 < len(tokens) and tokens[k + 1].text == "-":
        glued = tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start
        return glued and _word(_unmarked(tokens[k + 2].text))
    elif text == "b" and tokens[k + 1].text == "." and tokens[k].end == tokens[k + 1].start:
        after = k + 2
    else:
        return False
    return after < len(tokens) and _word(_unmarked(tokens[after].text))


def _family_end(tokens: list[Token]) -> int:
    """The index after an inverted family name with its particle opening the note (its
    comma follows), else 0."""
    if tokens[0].text in _articles() and tokens[1].text == "-" and tokens[3].text == ",":
        # an Arabic name's article (`al-Ṭabarī, Muḥammad ibn Jarīr.`)
        glued = tokens[0].end == tokens[1].start and tokens[1].end == tokens[2].start
        return 3 if glued and _word(_unmarked(tokens[2].text)) else 0
    if tokens[0].text in _particles():  # `von Hagen,`, `de la Vaissière,`
        k = 1
        while k < _FAMILY and tokens[k].text in _particles():
            k += 1
        if _word(tokens[k].text) and tokens[k + 1].text == ",":
            return k + 1
        return 0
    at = next((i for i in range(_FAMILY) if _glued_particle(tokens, i)), None)
    if at is None:
        return 0  # no `d’` in the note's first words (nearly all notes)
    if (
        not _word(tokens[at + 2].text)
        or tokens[at + 3].text != ","
        or not all(_word(t.text) for t in tokens[:at])
    ):
        return 0
    return at + 3


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
        end += 3 if tokens[end + 1].text in (".", "-") else 2  # `ibn Jarīr`, `b. Aḥ`, `al-Raḥmān`
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


def _given_end(tokens: list[Token], k: int) -> int | None:
    """The end of an inverted name's given part at `k` (`Hélène`, `H.`, `Jean Paul`) before
    the title: at its own period (`Hélène.`) or after its last initial's (`H. L'Empire`)."""
    end = k
    while end < len(tokens) and end - k < 2 * _WORDS:
        token = tokens[end]
        if len(token.text) == 1 and token.text.isupper():
            if end + 1 >= len(tokens) or tokens[end + 1].text != ".":
                return None
            end += 2
            if end < len(tokens) and len(tokens[end].text) > 1:
                return end  # `H. L'Empire`: the initial's period closes the name
            continue
        if not _capitalised(token):
            return None
        end += 1
        if end < len(tokens) and tokens[end].text == ".":
            return end
    return None


def _split(tokens: list[Token], found: list[Run], end: int) -> list[Run]:
    """The title run parted at `end`: the author before it, its period or comma outside any
    field, the title after."""
    b = found[0][2]
    mark = end + 1 if tokens[end].text in ".," else end
    return [
        ("author", 0, end),
        *([(OTHER, end, mark)] if mark > end else []),
        ("title", mark, b),
        *found[1:],
    ]


def elided_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a note's opening name holding an elided particle given to the author, out
    of the title run the model ran it into."""
    if not found or found[0][0] != "title" or found[0][1] != 0:
        return found
    b = found[0][2]
    k = 0
    while k < _WORDS and k < b and _capitalised(tokens[k]):
        k += 1
    if not _glued_particle(tokens, k) or not _capitalised(tokens[k + 2]):
        return found
    if k + 4 >= b or tokens[k + 3].text != ",":
        return found
    comma = k + 3
    end = _given_end(tokens, comma + 1) if k < 2 else None
    if end is not None and end + 1 < b:
        return _split(tokens, found, end)  # `Carrère d'Encausse, Hélène. L'Empire éclaté`
    if k == 0:
        return found
    return _split(tokens, found, comma)  # `Hélène Carrère d'Encausse, L'Empire éclaté`
