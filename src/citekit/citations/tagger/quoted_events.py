"""A quoted title the model ran on past its closing quote into words in small letters that
name the work's occasion (`‘Digital Authoritarianism in Turkmenistan’, paper presented at the
ESCAS Biennial Conference, Tashkent`): the quoted words are the title; after the quote's comma
and those small words, the capitalised name is the host (the conference, the event), unless
it names a work by its author (`‘Title’, review of Mapping the Ottoman Mind by Selim Karaca,
The Guardian`: the words describe the work)."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quoted_bylines import by_words
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token

__all__ = ["occasion_after_quote"]


def _cut(tokens: list[Token], a: int, b: int) -> list[Run] | None:
    """The runs of title run a..b when it holds its closing quote, a comma and small words
    before a capitalised name, else None."""
    closer = QUOTE_PAIRS.get(tokens[a - 1].text) if a > 0 else None
    if closer is None:
        return None
    for k in range(a + 1, b - 2):
        if tokens[k].text != closer or tokens[k + 1].text != ",":
            continue
        word = tokens[k + 2].text
        if not (word.isalpha() and word.islower()):
            return None
        c = next((i for i in range(k + 3, b) if tokens[i].text[:1].isupper()), None)
        if c is None or not all(t.text.isalpha() and t.text.islower() for t in tokens[k + 2 : c]):
            return None
        return [("title", a, k), (OTHER, k, c), ("container-title", c, b)]
    return None


def occasion_after_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title cut at its closing quote as the module tells."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        cut = _cut(tokens, a, b)
        if cut is not None and any(t.text in by_words() for t in tokens[cut[2][1] : b]):
            # `‘Title’, review of Mapping the Ottoman Mind by Selim Karaca`: a work and its
            # author, which the words after the quote describe
            cut = [cut[0], (OTHER, cut[1][1], b)]
        if cut is not None:
            return [*found[:j], *cut, *found[j + 1 :]]
        return found  # the first title alone
    return found
