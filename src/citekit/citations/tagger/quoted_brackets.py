"""A quoted title closes at its closing quote: the model may run a title on past it into a
bracket that describes the work (Chicago's `"Energy Security …" (speech, Chatham House,
London, October 9, 2008)`, `"Title" (lecture, …)`), most often when the quotes are typed
straight. The words in the bracket are no title's."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["title_closed_at_quote"]


def _closing(tokens: list[Token], a: int, b: int, opener: str) -> int | None:
    """The closing quote of `opener` in tokens a..b, past the pairs nested inside
    (`«Образ степу в романі «Кайдашева сім’я» (…)»`), or None."""
    closer, depth = QUOTES[opener], 0
    for k in range(a, b):
        text = tokens[k].text
        if text == closer and depth == 0:
            return k
        if text == closer:
            depth -= 1
        elif text == opener:
            depth += 1
    return None


def title_closed_at_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run after an opening quote that holds its closing quote before a
    bracket cut at that quote (module doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        close = _closing(tokens, a, b, tokens[a - 1].text)
        if close is None or close + 1 >= b or tokens[close + 1].text != "(":
            continue
        return [*found[:j], ("title", a, close), (OTHER, close, b), *found[j + 1 :]]
    return found
