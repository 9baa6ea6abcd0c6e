"""GOST's statement of responsibility after a named author's title: `Абенова Г. Т. Тарихи
зерттеулер / Ин-т истории. – Алматы, 2008.`, `Иванов П. Очерки / под ред. А. Петрова. –
М., 1990.`. The single spaced slash ends the title; the body or role words after it, up to
the area's period, are no part of the title. A work with no person named before its title
is `body_statements`' (the body after the slash is then its author)."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["signed_title"]


def _lone_slash(tokens: list[Token], k: int) -> bool:
    """Whether the `/` at `k` stands alone between spaces (no `//`, no `1941/1945`)."""
    if tokens[k].text != "/" or k == 0 or k + 1 >= len(tokens):
        return False
    if tokens[k - 1].text == "/" or tokens[k + 1].text == "/":
        return False
    return tokens[k - 1].end < tokens[k].start and tokens[k].end < tokens[k + 1].start


def signed_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a named author's title run cut at its statement of responsibility."""
    if not any(t.text == "/" for t in tokens):
        return found
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        if label != "title" or found[j - 1][0] != "author":
            continue
        after = found[j + 1]
        if after[0] != OTHER or tokens[after[1]].text != ".":
            return found
        slash = next((k for k in range(a + 1, b - 1) if _lone_slash(tokens, k)), None)
        if slash is None:
            return found
        return [*found[:j], ("title", a, slash), (OTHER, slash, b), *found[j + 1 :]]
    return found
