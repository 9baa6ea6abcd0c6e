"""GOST 7.0.100's heading of an act: its jurisdiction, then a plural word of the acts' kind
(`Российская Федерация. Законы. О политических партиях : федеральный закон …`), each a
sentence of its own before the act's title. The kind's word (the language files' `[legal]
heading`) is no word of the title, whatever run the model read it in, when the act's kind
follows the title after GOST's spaced colon and no person's initial stands before the heading
(`Иванов И. И. Законы. Комментарии. Практика`, `Платон. Законы. Послезаконие. Письма` are
books' titles)."""

from __future__ import annotations

import functools

from citekit.citations.legal_words import law_kinds, legal_words
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["act_heading"]


@functools.cache
def _headings() -> frozenset[str]:
    return frozenset(legal_words("heading"))


def _kind_after(tokens: list[Token], b: int) -> bool:
    """Whether GOST's spaced colon and an act's kind (`: Федеральный закон`, `: указ`) follow
    the title's run that ends at token `b`."""
    if b + 1 >= len(tokens) or tokens[b].text != ":":
        return False
    kinds = law_kinds()
    words = [t.text.casefold() for t in tokens[b + 1 : b + 3]]
    return any(w in kinds for w in words)


def act_heading(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a heading's kind word and its period cut from the head of the title's run
    that follows the jurisdiction's period (see the module's doc)."""
    if text_set(tokens).isdisjoint(_headings()):
        return found  # most notes: one look-up
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b - a < 3 or a < 2:
            continue
        if (
            tokens[a].text not in _headings()
            or tokens[a + 1].text != "."
            or tokens[a - 1].text != "."
        ):
            continue
        if len(tokens[a - 2].text) == 1 or not _kind_after(tokens, b):
            return found  # `Иванов И. И. Законы. Комментарии.`, `Платон. Законы. Послезаконие.`
        return [*found[:j], (OTHER, a, a + 2), ("title", a + 2, b), *found[j + 1 :]]
    return found
