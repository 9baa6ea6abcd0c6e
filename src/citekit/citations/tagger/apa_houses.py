"""APA's book closes on its publisher's sentence (`Freud, S. (1961). Civilization and its
discontents (J. Strachey, Trans.). W. W. Norton. (Original work published 1930)`, `Bartol'd, V.
V. (1963). Sochineniia [Works] (Vol. 2, Pt. 1). Izdatel'stvo vostochnoi literatury.`): in an
entry dated by the bracketed year after its author, the sentence after the title and its
brackets, with only an address, a DOI or a bracketed note after it, is the house. The model may
read a house written with initials (`W. W. Norton`) as a person or leave a romanised one unread;
no role's word in the sentence (`Ed.`, `Trans.`), no host in the entry, no publisher read. A
house the model read as a place is one too, with no colon in its sentence and no city the
lexicon knows (APA 7 names no place: `Kaliyeva, G. (2014). Ekonomicheskaya teoriya [Economic
theory] (3rd ed.). Ekonomika.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["apa_house"]

_MISREAD: Final = frozenset({OTHER, "author", "editor", "translator", "title"})
_AFTER: Final = frozenset({OTHER, "URL", "DOI", "accessed", "issued"})
_ROLES: Final = frozenset({"Beditor", "Btranslator", "editor", "translator"})
_HOUSE: Final = 8  # tokens of a house's name at most
_OPENERS: Final = frozenset("([")
_CLOSERS: Final = frozenset(")]")


def _dated_head(tokens: list[Token], found: list[Run]) -> int | None:
    """The index of the title run after APA's `Author. (Year).` head, or None."""
    if not found or found[0][0] != "author":
        return None
    for j, (label, a, _b) in enumerate(found[:6]):
        if label == "title":
            bracket = a >= 3 and tokens[a - 1].text == "." and tokens[a - 2].text == ")"
            return j if bracket and is_year(tokens[a - 3].text) else None
    return None


def _stop(tokens: list[Token], k: int) -> int | None:
    """The first sentence's period at bracket depth 0 from token `k`, not an initial's."""
    depth = 0
    for i in range(k, len(tokens)):
        text = tokens[i].text
        depth += (text in _OPENERS) - (text in _CLOSERS)
        before = tokens[i - 1].text if i else ""
        if depth == 0 and text == "." and (len(before) > 1 or before in _CLOSERS):
            return i
    return None


def apa_house(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with APA's closing house read as the publisher (see the module's doc)."""
    if any(r[0] in ("publisher", "container-title") for r in found):
        return found
    j = _dated_head(tokens, found)
    if j is None:
        return found
    start = _stop(tokens, found[j][2])
    if start is None or start + 1 >= len(tokens):
        return found
    end = _stop(tokens, start + 1)
    if end is None or end - start - 1 > _HOUSE or not tokens[start + 1].text[:1].isupper():
        return found
    if any(marks[k] & _ROLES for k in range(start + 1, end)):
        return found
    inside = [r for r in found if r[2] > start + 1 and r[1] < end]
    # a place alone as the sentence, no colon after it, is APA 7's house (`(3rd ed.). Ekonomika.`)
    placed = all(
        t.text != ":" and "cities" not in marks[k]
        for k, t in enumerate(tokens[start + 1 : end], start + 1)
    )
    if any(r[0] not in _MISREAD and not (placed and r[0] == "publisher-place") for r in inside):
        return found
    if any(r[0] not in _AFTER for r in found if r[1] > end):
        return found
    if any(r[0] == "title" and r[1] < start + 1 < r[2] for r in found):
        return found  # the title's own sentence
    return painted(found, ("publisher", start + 1, end))
