"""An Arabic article glued by a hyphen to a capitalised word (`el-`, `er-`, `et-`, `al-`)
tells a person's name from a work's title by where it stands.

A work's title opens with it, in small letters: after an author and a comma (`Serahsî,
el-Mebsût, 10/12.`) it is the title, never the given names of an inverted name (a given name
opens with a capital; the article of a family stands before the comma: `el-Buhârî, Muhammed`).
The run the model read as one person's is cut at the comma.

A person's name ends with it, the nisba closing the name (`Fahreddin er-Râzî`, `Ali b.
Muhammed es-Seyyid eş-Şerîf el-Cürcânî`): a note opening with such a name and a comma names
its author there, and the title after the comma, when the model read both as one title."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import available_languages, language

__all__ = ["article_opens_title", "article_word", "given_opens_author", "nisba_closes_author"]

_ARTICLE: Final = 3  # letters of an article at most (`el`, `et`, `al`, `eş`)
_MOST: Final = 16  # tokens of a name before its comma
_HYPHENS: Final = frozenset("-‐")  # the hyphen-minus and the hyphen (U+2010)


def article_word(tokens: list[Token], i: int) -> bool:
    """Whether an article glued by a hyphen to a capitalised word stands at `i`."""
    if i + 2 >= len(tokens):
        return False
    text = tokens[i].text
    return (
        text.isalpha()
        and text.islower()
        and len(text) <= _ARTICLE
        and tokens[i + 1].text in _HYPHENS
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 2].start == tokens[i + 1].end
        and tokens[i + 2].text[:1].isupper()
    )


def article_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the note's first author run `Name, el-Title` cut into the author and
    the title, when no other run is the title but numbers (see the module's doc)."""
    if not found or found[0][0] != "author" or "-" not in text_set(tokens):
        return found  # an article's hyphen is in few notes
    _, a, b = found[0]
    commas = [k for k in range(a, b) if tokens[k].text == ","]
    if len(commas) != 1 or not article_word(tokens, commas[0] + 1):
        return found
    comma = commas[0]
    titles = [run for run in found if run[0] == "title"]
    if any(any(t.text.isalpha() for t in tokens[s:e]) for _, s, e in titles):
        return found  # a title of words elsewhere: the run is a name
    out: list[Run] = [("author", a, comma), (OTHER, comma, comma + 1), ("title", comma + 1, b)]
    for label, s, e in found[1:]:
        out.append((OTHER if label == "title" else label, s, e))
    return out


def _name_piece(tokens: list[Token], i: int) -> bool:
    """Whether token `i` may be in an Arabic name: a capitalised word, the short `b.` of
    `bin` and its period, an article and its hyphen, an apostrophe's glued pieces."""
    text = tokens[i].text
    if text in ("-", "’", "'", "‘", ".") or text[:1].isupper():
        return True
    return text.isalpha() and text.islower() and len(text) <= _ARTICLE


def nisba_closes_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run opening the note, in a note with no author, cut into the
    author and the title at the comma after a name that closes with an article's word (see
    the module's doc)."""
    if not found or found[0][0] != "title" or found[0][1] != 0:
        return found
    if "-" not in text_set(tokens) or any(run[0] == "author" for run in found):
        return found  # no article's hyphen (most notes), or an author read
    _, a, b = found[0]
    comma = next((k for k in range(a, min(b, _MOST)) if tokens[k].text == ","), None)
    if comma is None or comma < 3 or comma + 1 >= b or not tokens[0].text[:1].isupper():
        return found
    if not article_word(tokens, comma - 3) or not all(_name_piece(tokens, k) for k in range(comma)):
        return found
    return [("author", 0, comma), (OTHER, comma, comma + 1), ("title", comma + 1, b), *found[1:]]


_PERSONS: Final = frozenset({"author", "editor", "translator", "container-title"})
_NAME_WORDS: Final = 3  # words of a name before its comma at most (`İbn Haldun`)


@functools.cache
def _given() -> frozenset[str]:
    """Every language's given names that seldom name a family (`[names] given`: `İbn`,
    `Ebû`, `Mehmet`), folded."""
    return frozenset(fold(w) for code in available_languages() for w in language(code).given_names)


def given_opens_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens the note on a given name (`İbn Haldun, Mukaddime,
    Beyrut: …`) read as the author, and the run after its comma the model read as a person
    or a host read as the title, in a note with no author: a name known as given opens a
    person's name, never a work's."""
    if len(found) < 3 or found[0][0] != "title" or found[0][1] != 0:
        return found
    if any(run[0] == "author" for run in found):
        return found
    _, a, comma = found[0]
    words = [t.text for t in tokens[a:comma] if t.text.isalpha()]
    if comma >= len(tokens) or tokens[comma].text != "," or not 2 <= len(words) <= _NAME_WORDS:
        return found
    if fold(tokens[0].text) not in _given() or not all(w[:1].isupper() for w in words):
        return found
    j = next((i for i, run in enumerate(found) if run[1] > comma and run[0] != OTHER), None)
    if j is None or found[j][0] not in _PERSONS or found[j][1] != comma + 1:
        return found
    _, c, d = found[j]
    if d >= len(tokens) or tokens[d].text not in ",(":
        return found
    out: list[Run] = [("author", a, comma)]
    out.extend(run for run in found[1:j])
    out.append(("title", c, d))
    out.extend(found[j + 1 :])
    return out
