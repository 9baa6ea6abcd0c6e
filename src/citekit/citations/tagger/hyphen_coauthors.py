"""A GOST list's next author with a hyphenated family name (`Bennigsen A., Lemercier-Quelquejay
Ch. Les mouvements …`): GOST writes each author family first, initials after, the authors
parted by commas. After a first author so written, a capitalised hyphenated family name and its
initials (one or two letters, each with its period) before the title are the next author's,
never the title's head."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["hyphenated_coauthor"]

_DASHES: Final = frozenset({"-", "‐"})
_MAX_INITIAL: Final = 2  # `Ch.`, `Ju.`: an initial of two letters at most


def _initial(token: Token) -> bool:
    text = token.text
    return len(text) <= _MAX_INITIAL and text[:1].isupper() and text.isalpha()


def _family(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text[:1].isupper() and text.isalpha()


def hyphenated_coauthor(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a hyphenated `Family-Name I.` after the first author's comma read as the
    second author where the model read it as the title's head."""
    if len(found) < 3 or found[0][0] != "author" or found[2][0] != "title":  # most notes
        return found
    _, _, end = found[0]
    start = found[2][1]
    if start != end + 1 or tokens[end].text != "," or tokens[end - 1].text != ".":
        return found
    k = start
    if k + 4 >= len(tokens) or not (_family(tokens[k]) and tokens[k + 1].text in _DASHES):
        return found
    if not _family(tokens[k + 2]):
        return found
    k += 3
    initials = 0
    while (
        k + 1 < len(tokens) and _initial(tokens[k]) and tokens[k + 1].text == "." and initials < 2
    ):
        k += 2
        initials += 1
    if not initials or k >= found[2][2]:  # the title goes on after the initials
        return found
    return painted(found, ("author", start, k))
