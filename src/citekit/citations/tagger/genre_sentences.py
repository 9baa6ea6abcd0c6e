"""A news piece's genre written as a sentence of its own after its headline (`Vlast.kz. Кто
владеет медиа в Казахстане. Расследование. 2021.`, `Bianet. Title. Haber-analiz. 2021.`,
`Title. Analysis. 12 May 2023.`): a site's label for what the piece is, no word of its title.
The words are the language files' `[types] news_genre`; the sentence is that word alone."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["genre_sentence"]


@functools.cache
def _genres() -> frozenset[str]:
    return frozenset(fold(w) for w in shipped_type_words("news_genre"))


def _spaced_period(tokens: list[Token], k: int) -> bool:
    return tokens[k].text == "." and k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end


def genre_sentence(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a genre's word closing the title as its last sentence given to no field."""
    for label, a, b in found:
        if label != "title" or b - a < 3:
            continue
        period = next((k for k in range(b - 2, a, -1) if _spaced_period(tokens, k)), None)
        if period is None or period == a:
            continue
        end = b - 1 if tokens[b - 1].text == "." else b
        sentence = text[tokens[period + 1].start : tokens[end - 1].end] if end > period + 1 else ""
        if sentence and fold(sentence) in _genres():
            return painted(found, (OTHER, period, b))
    return found
