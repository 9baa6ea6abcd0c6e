"""A note of İSNAD's or Chicago's comma form that names no title (`Tanpınar, Ahmet Hamdi,
Huzur, İstanbul: Dergâh, 2006`) took its one-word title for a second person: a person's name
of one word after an inverted name (`Family, Given`) names no co-author, who would be written
with a given name too, so in a note with no title that lone word, between commas, is the
title."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["lone_word_title"]


def lone_word_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-word author run after an inverted name read as the title."""
    labels = [label for label, _, _ in found]
    if "title" in labels or labels.count("author") < 2:  # most notes have a title
        return found
    persons = [j for j, label in enumerate(labels) if label == "author"]
    j = persons[-1]
    _, a, b = found[j]
    _, c, d = found[persons[-2]]
    if b - a != 1 or not tokens[a].text.isalpha() or not tokens[a].text[:1].isupper():
        return found
    if b >= len(tokens) or tokens[b].text != "," or tokens[a - 1].text != ",":
        return found
    inverted = any(tokens[k].text == "," for k in range(c, d))  # `Tanpınar, Ahmet Hamdi`
    if not inverted or any(label == "author" for label in labels[j + 1 :]):
        return found
    return [*found[:j], ("title", a, b), *found[j + 1 :]]
