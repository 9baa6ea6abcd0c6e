"""A body or a person named as the note's first sentence, then the work's quoted name, then
its site (`Bureau of National Statistics … . “Labour Market Indicators, Q2 2024.” stat.gov.kz.
Accessed …`, `Бюро национальной статистики. «Численность населения …» stat.gov.kz.`), as
Chicago and MLA cite a page a body signs: when the model reads the first sentence as a title,
the quoted words are the title, whole (a date or a comma inside them is the title's), and the
unquoted sentence before them the author. A news outlet named so
(`Anadolu Ajansı. “…”`) is the host the item is in, no author."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.bylines import outlets
from citekit.citations.tagger.outlet_names import named_outlet
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["signed_quote"]

_TITLE: Final = "title"
_WORDS: Final = 2  # words of a signer's name at least (`Central Bank`, `Бюро … статистики`)


def signed_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the note's unquoted first sentence, read as a title before the quoted
    title, read as its author or its outlet (see the module's doc)."""
    if len(found) < 3 or found[0][0] != _TITLE or found[1][0] != OTHER:
        return found
    _, a, b = found[0]
    gap = [t.text for t in tokens[b : found[2][1]]]
    if len(gap) != 2 or gap[0] != "." or gap[1] not in QUOTES:
        return found  # `Body. “Title`: a period, an opening quote, nothing else between
    q = found[2][1] - 1
    c = next(
        (k for k in range(q + 1, len(tokens)) if tokens[k].text == QUOTES[tokens[q].text]), None
    )
    if c is None or c + 1 >= len(tokens) or c - q < _WORDS:
        return found  # the quoted name closed, something after it (its site)
    if any(t.text in QUOTES or t.text in QUOTES.values() or t.text.isdigit() for t in tokens[a:b]):
        return found
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    if len(words) < _WORDS or not tokens[a].text[:1].isupper():
        return found
    if any(run[0] in ("author", "editor") for run in found):
        return found  # a person named elsewhere signs it: the sentence is the work's
    label = "container-title" if named_outlet(tokens, a, b, outlets()) else "author"
    end = c - 1 if tokens[c - 1].text in ".," else c
    return painted(painted(found, (label, a, b)), (_TITLE, q + 1, end))
