"""A family name with its particle at a note's head, as German, French, Dutch and Arabic names
write them (`[names] particle`, `article` and `son` words).

Inverted, with an elided particle glued to it (`Carrère d’Encausse, Hélène, L’Empire éclaté, …`,
`Giscard d’Estaing, Valéry. Le Pouvoir …`) or a lower-case one opening the note (`von Hagen,
Mark: Die Ukraine.`, `de Planhol, Xavier.`), the one capitalised word between the name's comma
and the next comma, period or colon is the given name (a title never opens so, one word cut off
by a comma), whatever the model read it as; so is an Arabic name's given part joined by `ibn`
or `b.` after its article's family name (`al-Ṭabarī, Muḥammad ibn Jarīr.`), the article
with it where the model read only the name after it as the author's (`an-Nawawī, Yaḥyā b.
Sharaf.`).

A family name opened by an elided particle (`d'Encausse`, `D'Amato`, `O'Brien`) is one word
with its apostrophe, no quote mark opening a title: at a note's head, with the given name after
its comma (`Carrère d'Encausse, Hélène. L'Empire éclaté.`) or before it (`Hélène Carrère
d'Encausse, L'Empire éclaté (Paris: …)`), it is the author's, and the title starts after the
name's period or comma, also where the model ran it all into the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import (
    APOSTROPHES,
    name_articles,
    name_elided,
    name_particles,
    name_sons,
    son_abbreviations,
    unmarked,
)
from citekit.citations.tagger.tokens import Token

__all__ = ["elided_author", "elided_inverted"]

_PERSON: Final = "author"
_TITLE: Final = "title"
_FAMILY: Final = 5  # tokens before the particle at most (`Carrère`, `Giscard`)
_CLOSERS: Final = frozenset({",", ".", ":"})
_WORDS: Final = 3  # capitalised words of a name around its family name at most


def _word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _capitalised(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text[:1].isupper()


def _glued_particle(tokens: list[Token], k: int) -> bool:
    """Whether tokens k..k+2 are an elided particle glued by its apostrophe to the name after."""
    if k + 2 >= len(tokens) or tokens[k].text.casefold() not in name_elided():
        return False
    quote, name = tokens[k + 1], tokens[k + 2]
    glued = tokens[k].end == quote.start and quote.end == name.start
    return glued and quote.text in APOSTROPHES


def _connected(tokens: list[Token], k: int) -> bool:
    """Whether an Arabic name's `ibn`, `bin` or `b.` at `k` joins the name word after it, or
    its article glued to it (`ʿAbd al-Raḥmān`)."""
    text = tokens[k].text
    if text in name_sons():
        after = k + 1
    elif text in name_articles() and k + 2 < len(tokens) and tokens[k + 1].text == "-":
        glued = tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start
        return glued and _word(unmarked(tokens[k + 2].text))
    elif text in son_abbreviations() and tokens[k + 1].text == ".":
        if tokens[k].end != tokens[k + 1].start:
            return False
        after = k + 2
    else:
        return False
    return after < len(tokens) and _word(unmarked(tokens[after].text))


def _family_end(tokens: list[Token]) -> int:
    """The index after an inverted family name with its particle opening the note (its
    comma follows), else 0."""
    if tokens[0].text in name_articles() and tokens[1].text == "-" and tokens[3].text == ",":
        # an Arabic name's article (`al-Ṭabarī, Muḥammad ibn Jarīr.`)
        glued = tokens[0].end == tokens[1].start and tokens[1].end == tokens[2].start
        return 3 if glued and _word(unmarked(tokens[2].text)) else 0
    if tokens[0].text in name_particles():  # `von Hagen,`, `de la Vaissière,`
        k = 1
        while k < _FAMILY and tokens[k].text in name_particles():
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
    if len(tokens) < _FAMILY + 4:
        return out
    # an Arabic name's article the model left out of its family name (`an-Nawawī,`)
    article = labels[2] == _PERSON and tokens[0].text in name_articles()
    if labels[0] != _PERSON and not article:
        return out  # the note opens with no person's name (most notes)
    comma = _family_end(tokens)
    if not comma or any(label != _PERSON for label in out[2 if article else 0 : comma]):
        return out
    given = comma + 1
    end = given + 1
    if end + 2 < len(tokens) and tokens[end].text == "-" and _word(tokens[end + 1].text):
        end += 2  # `Marie-Hélène`
    if not _word(unmarked(tokens[given].text)):
        return out
    while end + 1 < len(tokens) and _connected(tokens, end):
        end += 3 if tokens[end + 1].text in (".", "-") else 2  # `ibn Jarīr`, `b. Aḥ`, `al-Raḥmān`
    if (
        end >= len(tokens)
        or tokens[end].text not in _CLOSERS
        or not all(_word(unmarked(t.text)) for t in tokens[given:end] if t.text[:1].isupper())
        or (out[given] == _PERSON and not article)
        or _TITLE not in out[end:]
    ):
        return out
    start = 0 if article else comma
    out[start:end] = [_PERSON] * (end - start)
    return out


def _elision_at(tokens: list[Token], k: int) -> bool:
    """Whether token k is a letter elided before its apostrophe (`L'Empire`, `D'une`)."""
    return k + 1 < len(tokens) and tokens[k + 1].text in APOSTROPHES and tokens[k].text.isalpha()


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
            if end < len(tokens) and (len(tokens[end].text) > 1 or _elision_at(tokens, end)):
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
