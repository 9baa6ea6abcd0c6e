"""A page read inside a bracketed translation: a transliterated reference's English title in
square brackets (`v 1940–1950-e gody [Social history … in the 1940s–1950s]`) holds years the
model may read as a page. A page's run inside square brackets, when the note names its pages
outside them too (`pp. 112–116`), is the translation's words, no page."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["pages_in_brackets"]


def _bracketed(tokens: list[Token]) -> list[bool]:
    """Whether each token stands inside square brackets."""
    inside, depth = [], 0
    for token in tokens:
        if token.text == "]" and depth:
            depth -= 1
        inside.append(depth > 0)
        if token.text == "[":
            depth += 1
    return inside


def pages_in_brackets(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the page runs inside square brackets given to no field, when a page run
    stands outside them (see the module's doc)."""
    if "[" not in text_set(tokens) or sum(run[0] == "page" for run in found) < 2:
        return found
    inside = _bracketed(tokens)
    pages = [(a, b) for label, a, b in found if label == "page"]
    if all(inside[a] for a, _ in pages):
        return found
    return [
        (OTHER if label == "page" and all(inside[a:b]) else label, a, b) for label, a, b in found
    ]
