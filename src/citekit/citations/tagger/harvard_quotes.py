"""Harvard's (Cite Them Right's) chapter: `Author (2020) 'Title', in Editor, I. (ed.) Book.`
The title's single quotes close before the comma and `in`: a quote glued to a word and
followed by a comma is the title's closing quote, never a Turkic suffix's apostrophe (those
are followed by the suffix's letters), so the title ends there and the name after `in` is the
host's (its editor's), not the title's words."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["bracketed_roles", "quoted_chapter"]

_QUOTES: Final = frozenset({"'", "’"})


@functools.cache
def _in() -> frozenset[str]:
    """The bare words that open a host (`[words] in_bare`: `in`, `In`)."""
    return frozenset(shipped_words("in_bare"))


@functools.cache
def bracketed_roles() -> frozenset[str]:
    """An editor's one-word role as bracketed after a name, casefolded without its period
    (`[words] editor`: `ed.`, `eds.`, `haz.`, `ред.` -> `ed`, `eds`, `haz`, `ред`)."""
    words = (w.casefold().rstrip(".") for w in shipped_words("editor"))
    return frozenset(w for w in words if w.isalpha())


def _host_after(tokens: list[Token], found: list[Run], k: int) -> list[Run]:
    """`found` with the name from `k` to its bracketed role (`Orazow, B. (ed.)`) as the
    editor and the book's title after it as the host."""
    role = next((i for i in range(k + 1, len(tokens) - 1) if tokens[i].text == "("), None)
    if role is None or tokens[role + 1].text.casefold().rstrip(".") not in bracketed_roles():
        return painted(found, ("container-title", k, next(b for _, a, b in found if a <= k < b)))
    out = painted(found, ("editor", k, role))
    book = next((r for r in out if r[1] > role and r[0] == "title"), None)
    return out if book is None else painted(out, ("container-title", book[1], book[2]))


def quoted_chapter(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run read on past its closing single quote, a comma and `in`
    (`'Türkmen dilinde işlik', in Orazow, B. (ed.)`) cut there; its rest is the host's."""
    if _QUOTES.isdisjoint(text_set(tokens)) or _in().isdisjoint(text_set(tokens)):
        return found  # most notes
    for label, a, b in found:
        if label != "title" or a < 1 or tokens[a - 1].text not in _QUOTES:
            continue
        for q in range(a + 1, b - 2):
            close = tokens[q]
            if close.text not in _QUOTES or close.start != tokens[q - 1].end:
                continue
            if tokens[q + 1].text == "," and tokens[q + 2].text in _in():
                return _host_after(tokens, painted(found, (OTHER, q, q + 3)), q + 3)
        return found
    return found
