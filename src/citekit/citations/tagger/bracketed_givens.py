"""A name written family first with the given name in brackets, as French footnotes write it
(`Roux (Pierre), « Titre », dans Garnier (Luc) (dir.), Livre, Paris, …`, `Martin (J.-P.),
Titre, Lyon, 2004`): the family's words, then the given name or its initials alone in
brackets, then the comma, the "and" word or the role's bracket that closes a name, is one
person's name. Opening the note it is the author's; followed by an editor's word in brackets
(`(dir.)`, `(éd.)`) it is an editor's, and so is the name before it joined by "and"."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from citekit.citations.names import GIVEN_IN_BRACKETS, family_particles
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names, shipped_words

__all__ = ["bracketed_givens"]

_GIVEN: Final = re.compile(GIVEN_IN_BRACKETS)  # `Pierre`, `Jean-Marc`, `J.`, `J.-P.`
_FAMILY_WORDS: Final = 3  # words of the family name at most (`Carrère d'Encausse`)
_JOINS: Final = frozenset({"'", "’", "-"})  # marks inside a family name (`d'Encausse`)
_OPENS: Final = frozenset({",", ";", ":"})  # what a name follows, or an "and" or "in" word
_PLACES: Final = frozenset({"cities", "places"})  # the lexicon's marks of a place's name
_GIVEN_TOKENS: Final = 8  # tokens of a bracketed given name at most (`J`, `.`, `-`, `P`, `.`)


@functools.cache
def _particles() -> frozenset[str]:
    """The family particles' words (`[names] particle`: `de`, `d'`, `van`) without their
    apostrophe, and the marks inside a family name."""
    return frozenset(w.rstrip("'’") for w in family_particles() if " " not in w) | _JOINS


@functools.cache
def _ands() -> frozenset[str]:
    """The "and" words (`[words] and`: `et`, `and`, `&`) of every language."""
    return frozenset(shipped_words("and_"))


@functools.cache
def _closes() -> frozenset[str]:
    """What follows a name's closing bracket: a comma, a role's bracket or an "and" word."""
    return frozenset({",", "("}) | _ands()


@functools.cache
def _opens() -> frozenset[str]:
    """What a name in the note follows: a comma, a colon, an "and" word or a bare "in" word
    (`[words] in_bare`: `dans`, `In`)."""
    return _OPENS | _ands() | shipped_words("in_bare")


def _family_start(tokens: Sequence[Token], k: int) -> int | None:
    """Where the family name closing right before the bracket at `k` opens: its capitalised
    words (and particles) after the note's start or a word that opens a name."""
    a = k
    words = 0
    while a > 0 and tokens[a - 1].text not in _opens():
        text = tokens[a - 1].text
        if text in _particles():
            a -= 1
            continue
        if not (text.isalpha() and text[:1].isupper()) or words == _FAMILY_WORDS:
            return None
        words += 1
        a -= 1
    return a if words and tokens[a].text[:1].isupper() else None


def _bracket_end(tokens: Sequence[Token], text: str, k: int) -> int | None:
    """The index of the bracket closing the given name that opens at `k`, or None."""
    for j in range(k + 1, min(k + _GIVEN_TOKENS + 1, len(tokens))):
        if tokens[j].text == ")":
            inside = text[tokens[k + 1].start : tokens[j - 1].end] if j > k + 1 else ""
            return j if _GIVEN.fullmatch(inside) else None
        if tokens[j].text in "(,;":
            return None
    return None


def _placed(tokens: Sequence[Token], marks: list[set[str]], a: int, k: int, j: int) -> bool:
    """Whether the bracket `k`…`j` holds a place or a country, or the words `a`…`k` before it
    name a country: a body's seat, no person's given name."""
    if any(m & _PLACES for m in marks[k + 1 : j]):
        return True
    family = " ".join(t.text for t in tokens[a:k])
    given = " ".join(t.text for t in tokens[k + 1 : j])
    names = country_names()
    return family.casefold() in names or given.casefold() in names


def _role_after(tokens: Sequence[Token], marks: list[set[str]], j: int) -> bool:
    """Whether an editor's word in brackets follows the name closing at `j` (`(dir.)`)."""
    return j + 2 < len(tokens) and tokens[j + 1].text == "(" and "Beditor" in marks[j + 2]


def bracketed_givens(
    tokens: Sequence[Token], text: str, marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with each name written `Family (Given)` read as a person's (see the module's
    doc): the note's first as its author, one before an editor's bracket as an editor."""
    out = list(labels)
    if "(" not in text or ")" not in text:
        return out
    found: list[tuple[int, int, bool]] = []  # each name's first and last token, and if edited
    for k, token in enumerate(tokens):
        if token.text != "(" or k == 0:
            continue
        a = _family_start(tokens, k)
        j = _bracket_end(tokens, text, k) if a is not None else None
        if a is None or j is None or (j + 1 < len(tokens) and tokens[j + 1].text not in _closes()):
            continue
        if _placed(tokens, marks, a, k, j):
            continue  # `UNESCO (Paris)`, `Kazakhstan (Astana)`: a body and its seat
        found.append((a, j + 1, _role_after(tokens, marks, j)))
    if not found or found[0][0] != 0:
        return out  # the form names the note's author first: no name alone deep inside it
    for n, (a, b, edited) in enumerate(found):
        joined = n + 1 < len(found) and found[n + 1][2] and _joined(tokens, b, found[n + 1][0])
        if n == 0 and not edited and not joined:
            label = "author"
        elif edited or joined:
            label = "editor"
        else:
            continue
        out[a:b] = [label] * (b - a)
        if label == "editor" and a > 0 and out[a - 1] != OTHER and tokens[a - 1].text in _opens():
            out[a - 1] = OTHER  # `dans`, `et`: no word of the host
    return out


def _joined(tokens: Sequence[Token], b: int, a: int) -> bool:
    """Whether only an "and" word stands between the name ending at `b` and the one at `a`."""
    return a == b + 1 and tokens[b].text in _ands()
