"""An author-date reference opens with its author, then the year in its own sentence (`IMF.
2019. Republic of Uzbekistan: Selected Issues. Washington, DC: …`, `OECD. 2021. Title.`): the
capitalised words before the year's sentence are the author, a body's acronym or name as well
as a person's. The model leaves a body's acronym there to no field. Harvard brackets the year
(`Trend (2022) Azerbaijan, Turkmenistan sign …. Available at:`): the capitalised words before a
bracketed year that opens the note are its author, never its title's, though the model ran the
title over them, when the title runs on to the note's address (a title first has its site after
the year: `Title (2007) Site. Available at:`). A body's longer name, its acronym bracketed after
it, is read so too when it names an organisation and a capital or a quote opens the title
after the year (`International Organization for Migration (IOM) (2021) Migration in …`; not
`Agreement between the Government of … (1994) on the Baikonur Complex`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, modern_year
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["bracket_dated_head", "dated_head"]

_HEAD_WORDS: Final = 6  # words of a body's name at most
_BODY_WORDS: Final = 3  # words of a body before Harvard's bracketed year (`Kazakhstan Today`)
_NAMED_BODY_TOKENS: Final = 16  # tokens of a body's name and its acronym before the year at most
_TITLE_WORDS: Final = 3  # words of a title after the bracketed year at least
_JOINERS: Final = frozenset({"&", "-", "of", "and", "for", "the", "on"})


def dated_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words before an author-date reference's year read as its author (see
    the module's doc)."""
    if len(found) < 3 or found[0][0] != OTHER or found[1][0] != "issued":
        return found  # most notes: no unread head before a year
    _, a, k = found[0]
    if a != 0 or k < 2 or tokens[k - 1].text != "." or not 1 <= k - 1 <= _HEAD_WORDS:
        return found
    words = [t.text for t in tokens[: k - 1]]
    if not words[0][:1].isupper() or not all(w.isalpha() or w in _JOINERS for w in words):
        return found
    y = found[1][2]
    if y >= len(tokens) or tokens[y].text != "." or found[2][0] != OTHER:
        return found  # `IMF. 2019.`: the year's sentence closes at once
    if any(run[0] in ("author", "editor") for run in found):
        return found
    return [("author", 0, k - 1), (OTHER, k - 1, k), *found[1:]]


def _named_body_year(tokens: list[Token], b: int) -> int:
    """The bracket of the year after a body's longer name and its acronym (`International
    Organization for Migration (IOM) (2021) Title`, `Federal State Statistics Service
    (Rosstat) (2022)`): its first token, or 0."""
    for k in range(2, min(b - 3, _NAMED_BODY_TOKENS)):
        if tokens[k].text != "(" or not modern_year(tokens[k + 1].text):
            continue
        words = [t.text for t in tokens[:k]]
        if words[0][:1].isupper() and is_organisation(" ".join(words)):
            return k
        return 0
    return 0


def bracket_dated_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words before a Harvard reference's bracketed year, read into its title,
    read as its author and the year as its date (see the module's doc)."""
    if not found or found[0][0] != "title" or found[0][1] != 0:
        return found
    b = found[0][2]
    k = next((i for i in range(1, min(b, _BODY_WORDS + 1)) if tokens[i].text == "("), 0)
    named = not k or not modern_year(tokens[k + 1].text)
    k = _named_body_year(tokens, b) if named else k
    if not k or k + 3 >= b or not modern_year(tokens[k + 1].text) or tokens[k + 2].text != ")":
        return found
    words = [t.text for t in tokens[:k]]
    if not named and not all((w.isalpha() and w[:1].isupper()) or w in _JOINERS for w in words):
        return found  # a body's name is capitalised (`Shape from Shading (2010) Medium`: a title)
    opening = tokens[k + 3].text[:1]
    if named and not (opening.isupper() or opening in OPENING_MARKS):
        return found  # `Agreement between the Government of … (1994) on the Baikonur …`
    if sum(t.text.isalpha() for t in tokens[k + 3 : b]) < _TITLE_WORDS:
        return found  # a site's name after the year, no title (`… (2010) Medium.`)
    # a title before the year has its host after it (`Turkmen leader pledges new reforms
    # (2007) Stanford University. Available at:`): the words before the year are a body's only
    # when the title runs on to the note's address
    if any(run[0] in ("author", "editor", "issued", "container-title") for run in found):
        return found
    return [
        ("author", 0, k),
        (OTHER, k, k + 1),
        ("issued", k + 1, k + 2),
        (OTHER, k + 2, k + 3),
        ("title", k + 3, b),
        *found[1:],
    ]
