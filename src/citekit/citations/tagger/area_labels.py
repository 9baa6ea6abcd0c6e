"""A note area's label before a date or pages (`[words] area_labels`): a law's revision
date (`№ 273-ФЗ (ред. от 04.08.2023)`) is no date the law was issued, and a book's
bibliography pages (`– 165 с. – Библиогр.: с. 150–165`) are no page the note cites."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set, tokenize
from citekit.languages import shipped_words

__all__ = ["area_label_runs"]

_FIELDS: Final = frozenset({"issued", "page"})


@functools.cache
def _labels() -> tuple[tuple[str, ...], ...]:
    """The labels as token texts, longest first."""
    found = {tuple(t.text for t in tokenize(w)) for w in shipped_words("area_labels")}
    return tuple(sorted((f for f in found if f), key=len, reverse=True))


@functools.cache
def _openers() -> frozenset[str]:
    """The first words of the labels (a note-wide precheck)."""
    return frozenset(label[0] for label in _labels())


def area_label_runs(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date or pages right after an area's label read as no field."""
    if text_set(tokens).isdisjoint(_openers()):
        return found  # no label's word (most notes, at C speed)
    texts = [t.text for t in tokens]
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label not in _FIELDS:
            continue
        if any(a >= len(w) and tuple(texts[a - len(w) : a]) == w for w in _labels()):
            out[j] = (OTHER, a, b)
    return out
