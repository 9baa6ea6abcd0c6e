"""GOST's statement of responsibility after a named author's title: `Абенова Г. Т. Тарихи
зерттеулер / Ин-т истории. – Алматы, 2008.`, `Иванов П. Очерки / под ред. А. Петрова. –
М., 1990.`. The single spaced slash ends the title; the body or role words after it, up to
the area's period, are no part of the title. A work with no person named before its title
is `body_statements`' (the body after the slash is then its author)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["signed_title"]

_ACRONYM: Final = 2  # letters of a body's acronym at least (`НАН`, `ҚР`)


def _lone_slash(tokens: list[Token], k: int) -> bool:
    """Whether the `/` at `k` stands alone between spaces (no `//`, no `1941/1945`)."""
    if tokens[k].text != "/" or k == 0 or k + 1 >= len(tokens):
        return False
    if tokens[k - 1].text == "/" or tokens[k + 1].text == "/":
        return False
    return tokens[k - 1].end < tokens[k].start and tokens[k].end < tokens[k + 1].start


def _body(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b name a body: no initial, an acronym or a body's word."""
    words = [t.text for t in tokens[a:b]]
    if any(len(w) == 1 and w.isupper() for w in words):
        return False  # `И. И. Иванов`: a person
    acronym = any(len(w) >= _ACRONYM and w.isalpha() and w.isupper() for w in words)
    return acronym or is_organisation(" ".join(words))


def _unsigned_bodies(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the bodies named right after a named author's title and lone slash, up to
    the area's period, in no field."""
    for j in range(1, len(found) - 2):
        label, _, b = found[j]
        if label != "title" or found[j - 1][0] != "author" or found[j + 1][0] != OTHER:
            continue
        if found[j + 1][1] != b or not _lone_slash(tokens, b):
            return found
        out = list(found)
        for i in range(j + 2, len(found)):
            kind, s, e = found[i]
            if kind == OTHER and any(t.text == "." for t in tokens[s:e]):
                break
            if kind == "author" and _body(tokens, s, e):
                out[i] = (OTHER, s, e)
        return out
    return found


def signed_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a named author's title run cut at its statement of responsibility, the
    bodies named in it no authors."""
    if "/" not in text_set(tokens):
        return found
    return _unsigned_bodies(tokens, _cut_title(tokens, found))


def _cut_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a named author's title run cut at its lone slash."""
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
