"""A person's name read as the title, the title after it left to no field: `J. Paul Getty, As
I See It (New York: Prentice-Hall, 1976), 45.` The model may read a note's opening name as the
work's title when the real title's words look like a phrase of prose. A title run that opens
the note and is written as a person's name (an initial and its period, then capitalised words),
followed by its comma and words no field holds up to the imprint's bracket, is the author; the
words are the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["name_read_as_title"]

_NAME_TOKENS: Final = 8  # tokens of a name at most (`J`, `.`, `Paul`, `Getty`)


def _written_as_name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are an initial with its period, then capitalised words."""
    if b - a < 3 or b - a > _NAME_TOKENS:
        return False
    first, dot = tokens[a].text, tokens[a + 1].text
    if len(first) != 1 or not first.isupper() or dot != ".":
        return False
    rest = [t.text for t in tokens[a + 2 : b] if t.text != "."]
    return bool(rest) and all(w[:1].isupper() and w.isalpha() for w in rest)


def name_read_as_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an opening title written as a name, before its comma and unread words up
    to the imprint's bracket, read as the author and the title."""
    if len(found) < 3 or found[0][0] != "title" or found[0][1] != 0:
        return found
    _, a, b = found[0]
    rest_label, c, d = found[1]
    if rest_label != OTHER or tokens[c].text != "," or d - c < 2 or tokens[d - 1].text != "(":
        return found
    if found[2][0] != "publisher-place" or not _written_as_name(tokens, a, b):
        return found
    if any(labels == "author" for labels, _, _ in found):
        return found
    return [
        ("author", a, b),
        (OTHER, c, c + 1),
        ("title", c + 1, d - 1),
        (OTHER, d - 1, d),
        *found[2:],
    ]
