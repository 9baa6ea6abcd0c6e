"""A name in quotes is a title: a citation quotes its work's title, never a person or a body.
A run the model read as an author that the quote marks enclose whole, a segment of its own
(`Central Intelligence Agency, "Turkmenistan," The World Factbook, 2023, https://…`: a
country's page of a reference work; `Freedom House, “Kazakhstan,” Freedom in the World 2023`)
is the work's title, and the title the model read after it, the note naming no host, the work
it is part of."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["quoted_author_title"]

_OPENS: Final = frozenset({",", ".", ";", ":"})  # what opens the quoted segment, or the note
_INSIDE: Final = frozenset({",", ".", ":"})  # a style's mark inside the closing quote


def _enclosed(tokens: list[Token], a: int, b: int) -> bool:
    """Whether quote marks enclose tokens a..b whole, as a segment of their own."""
    if a == 0 or tokens[a - 1].text not in QUOTES:
        return False
    if a > 1 and tokens[a - 2].text not in _OPENS:
        return False
    closer = QUOTES[tokens[a - 1].text]
    k = b + 1 if b < len(tokens) and tokens[b].text in _INSIDE else b
    return k < len(tokens) and tokens[k].text == closer


def quoted_author_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author run enclosed in quotes read as the title (see the module's
    doc), in a note whose title the model read after it."""
    labels = [run[0] for run in found]
    if "title" not in labels or "container-title" in labels:
        return found
    t = labels.index("title")
    j = next(
        (i for i in range(t) if labels[i] == "author" and _enclosed(tokens, *found[i][1:])), None
    )
    if j is None or any(label not in ("author", OTHER) for label in labels[j + 1 : t]):
        return found
    out = list(found)
    out[j] = ("title", found[j][1], found[j][2])
    out[t] = ("container-title", found[t][1], found[t][2])
    return out
