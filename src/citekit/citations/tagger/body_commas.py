"""A body's report written by hand: `Gençlik ve Spor Bakanlığı, Ulusal Gençlik ve Spor
Politikası Belgesi, Ankara, 2013`. A title's run that opens the note and holds a comma, whose
words before that comma close with an organisation's head word (`Bakanlığı`, `Kurumu`), is the
body's name and the work's title after it, when the note has an imprint and no author: a
title does not close its first phrase with a body's head word and go on after a comma."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["body_in_title"]

_IMPRINT: Final = frozenset({"publisher-place", "publisher", "issued"})
_BODY_WORDS: Final = 8  # words of a body's name at most


def body_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name and its comma cut from the head of the note's title."""
    if not found or found[0][0] != "title" or tokens[0].text in QUOTES:
        return found  # most notes (at C speed)
    labels = {label for label, _, _ in found}
    if "author" in labels or labels.isdisjoint(_IMPRINT):
        return found
    _, a, b = found[0]
    # the comma after the head word: a body's name may hold one (`Çevre, Şehircilik ve İklim
    # Değişikliği Bakanlığı, Title`)
    comma = next(
        (
            k
            for k in range(a + 1, min(b, a + _BODY_WORDS + 1))
            if tokens[k].text == "," and is_organisation(tokens[k - 1].text)
        ),
        None,
    )
    if comma is None or comma + 1 >= b:
        return found
    if not all(
        t.text[:1].isupper() for t in tokens[a:comma] if t.text.isalpha() and len(t.text) > 3
    ):
        return found  # a body's name is capitalised (`ve`, `of` between)
    if is_organisation(tokens[b - 1].text):
        return found  # `Body, Department`: a body's part, no work
    return [("author", a, comma), (OTHER, comma, comma + 1), ("title", comma + 1, b), *found[1:]]
