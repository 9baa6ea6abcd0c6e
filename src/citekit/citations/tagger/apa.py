"""Author-date references (APA and its kin) written `Authors. (Year). Title.`: the year in
brackets closes the heading, so the title is what comes after it, never a bracketed group
before it (a role the language files do not list: `(Redaksiyon-Etimoloji)`, `(Comp.)`)."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token

__all__ = ["title_after_year"]

Run = tuple[str, int, int]  # label, first token, last token + 1
_PERSONS = frozenset({"author", "editor", "translator"})


def title_after_year(tokens: Sequence[Token], found: Sequence[Run]) -> list[Run]:
    """`found` with a bracketed title between the names and a bracketed year read as no
    field, and the host's run right after the year read as the title: `AYVERDİ, İ. ve
    TOPALOĞLU, A. (Redaksiyon-Etimoloji). (2008). Misalli Büyük Türkçe Sözlük, İstanbul: …`."""
    fields = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    for n in range(1, len(fields) - 2):
        (_, person), (t, title), (_, year), (h, host) = fields[n - 1 : n + 3]
        if person[0] not in _PERSONS or title[0] != "title" or year[0] != "issued":
            continue
        if host[0] != "container-title" or any(r[0] == "title" for r in found[h:]):
            continue
        if _bracketed(tokens, title[1], title[2]) and _bracketed(tokens, year[1], year[2]):
            out = list(found)
            out[t] = (OTHER, title[1], title[2])
            out[h] = ("title", host[1], host[2])
            return out
    return list(found)


def _bracketed(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a whole bracketed group, with or without its brackets."""
    start = a + 1 if tokens[a].text == "(" else a
    end = b - 1 if tokens[b - 1].text == ")" else b
    opened = tokens[start - 1].text == "(" if start > 0 else False
    closed = tokens[end].text == ")" if end < len(tokens) else False
    inner = (tokens[k].text for k in range(start, end))
    return start < end and opened and closed and all(t not in "()" for t in inner)
