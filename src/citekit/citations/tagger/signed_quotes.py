"""A body or a person named as the note's first sentence, then the work's quoted name, then
its site (`Bureau of National Statistics … . “Labour Market Indicators, Q2 2024.” stat.gov.kz.
Accessed …`, `Бюро национальной статистики. «Численность населения …» stat.gov.kz.`), as
Chicago and MLA cite a page a body signs: when the model reads both sentences as titles, the
quoted one is the title and the unquoted one before it the author. A news outlet named so
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
    if len(found) < 3 or found[0][0] != _TITLE or found[1][0] != OTHER or found[2][0] != _TITLE:
        return found
    _, a, b = found[0]
    gap = [t.text for t in tokens[b : found[2][1]]]
    if len(gap) != 2 or gap[0] != "." or gap[1] not in QUOTES:
        return found  # `Body. “Title`: a period, an opening quote, nothing else between
    if any(t.text in QUOTES or t.text in QUOTES.values() or t.text.isdigit() for t in tokens[a:b]):
        return found
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    if len(words) < _WORDS or not tokens[a].text[:1].isupper():
        return found
    if any(run[0] in ("author", "editor") for run in found):
        return found  # a person named elsewhere signs it: the sentence is the work's
    label = "container-title" if named_outlet(tokens, a, b, outlets()) else "author"
    return painted(found, (label, a, b))
