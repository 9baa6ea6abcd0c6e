"""A quoted title ends at its closing quote. A title written whole in quotes is closed by its
quote even when the editor typed no mark after it (`Ergin, M. «Türkmenistan’da Bitaraplık»
Ankara, 2016`, `‘Garaşsyzlyk we medeniýet’ –Türkmen medeniýeti žurnaly,2020`): a dash after
the quote opens the host's name, and so does a comma before a capital (`‘Title’, RUSI
Commentary, 10 October 2023`), a capitalised word alone before the comma of a year or an
imprint's colon is the place. A closing quote glued to the letters after it is a suffix's
apostrophe (`Türkmenistan’da`), no quote's end; a quote opened inside the title closes
before it does (`«Введение к: «Что такое метафизика?» — …»`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["quoted_title_end"]

_PAIRS: Final = {"«": "»", "“": "”", "‘": "’", "„": "“", '"': '"'}
_YEAR: Final = 4  # digits of a year


def _closing(tokens: list[Token], start: int, end: int, opening: str) -> int | None:
    """The token in start..end that closes the quote `opening` opened, not glued to a letter
    after it; a quote opened inside with the same mark closes first (`«… «…» …»`)."""
    mark, depth = _PAIRS[opening], 0
    for k in range(start, end):
        if tokens[k].text == opening and opening != mark:
            depth += 1
            continue
        if tokens[k].text != mark:
            continue
        glued = k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end
        if glued and tokens[k + 1].text[:1].isalpha():
            continue
        if depth == 0:
            return k
        depth -= 1
    return None


def _placed(tokens: list[Token], k: int, b: int) -> bool:
    """Whether token `k`, the run's last before `b`, is a place: capitalised, then the comma
    of a year or an imprint's colon."""
    if k + 1 != b or b + 1 >= len(tokens) or not tokens[k].text[:1].isupper():
        return False
    after = tokens[b + 1].text
    return tokens[b].text == ":" or (
        tokens[b].text == "," and after.isdigit() and len(after) == _YEAR
    )


_HOST_WORDS: Final = 5  # words of a host's name after a quoted title at most


def _named(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a short name, every word capitalised (`RUSI Commentary`), not a
    headline's words going on after a quoted phrase (`‘…’, Türkiye’nin ilk …`)."""
    words = [t.text for t in tokens[a:b] if t.text[:1].isalnum()]
    if not 0 < len(words) <= _HOST_WORDS or b - a != len(words):
        return False
    return all(w[:1].isupper() for w in words)


def quoted_title_end(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut at its closing quote when a host's dash or a place
    follows the quote inside the run (see the module)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        opening = a - 1 if a and tokens[a - 1].text in _PAIRS else a
        if tokens[opening].text not in _PAIRS:
            continue
        close = _closing(tokens, opening + 1, b, tokens[opening].text)
        if close is None or close + 1 >= b:
            continue
        rest = close + 1
        title: Run = ("title", opening + 1, close)
        if tokens[rest].text in DASHES and rest + 1 < b and tokens[rest + 1].text[:1].isupper():
            parts = [title, (OTHER, close, rest + 1), ("container-title", rest + 1, b)]
        elif _placed(tokens, rest, b):
            parts = [title, (OTHER, close, rest), ("publisher-place", rest, b)]
        elif tokens[rest].text == "," and _named(tokens, rest + 1, b):
            # `‘Title’, RUSI Commentary, 10 October 2023`: the host after the quote's comma
            parts = [title, (OTHER, close, rest + 1), ("container-title", rest + 1, b)]
        else:
            continue
        head = [(OTHER, a, opening + 1)] if opening == a else []
        return [*found[:j], *head, *parts, *found[j + 1 :]]
    return list(found)
