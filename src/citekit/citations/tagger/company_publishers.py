"""A publisher named with its company's legal form: Turkish imprints close a press's name on
`A.Ş.` or `Ltd. Şti.` (`Ötüken Neşriyat A.Ş., İstanbul 2015`, `Kültür Yayınları Ltd. Şti.,
Ankara 2010`, `[words] company_end`). The form's letters are no person's initials: the name
it closes, from the comma before it, is the publisher's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["company_publisher"]

_SEPARATORS: Final = frozenset({",", ":", ";"})
_MAX_TOKENS: Final = 14  # tokens of the name and its form at most


@functools.cache
def _ends() -> frozenset[str]:
    """The companies' legal forms, written with no space and no closing period."""
    return frozenset("".join(w.split()).removesuffix(".") for w in shipped_words("company_end"))


@functools.cache
def _letters() -> frozenset[str]:
    """The words the forms are written with (`Ş`, `Şti`): told at once for most notes."""
    return frozenset(p for w in _ends() for p in w.split(".") if p)


def _named_end(tokens: list[Token], a: int, b: int) -> int | None:
    """The end of the legal form that closes tokens `a`…`b` (its period kept out), or None."""
    while b > a and tokens[b - 1].text == ".":
        b -= 1
    compact = "".join(t.text for t in tokens[a:b])
    for form in _ends():
        if compact.endswith(form) and len(compact) > len(form):
            return b
    return None


def company_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the name a company's legal form closes, between two separators after the
    title's start (the model may have read it into the title), read as the publisher."""
    if _letters().isdisjoint(text_set(tokens)):
        return list(found)  # no form's word (most notes)
    title = next((a for label, a, _ in found if label == "title"), None)
    cuts = [k for k, t in enumerate(tokens) if t.text in _SEPARATORS]
    if title is None or not cuts:
        return list(found)
    cuts = [k for k in cuts if k > min(title, cuts[0])]  # never the note's first part
    for start, stop in zip(cuts, [*cuts[1:], len(tokens)], strict=False):
        a = start + 1
        if not 0 < stop - a <= _MAX_TOKENS or not tokens[a].text[:1].isupper():
            continue
        end = _named_end(tokens, a, stop)
        if end is not None:
            return _titled(painted(found, ("publisher", a, end)), start)
    return list(found)


def _titled(found: list[Run], cut: int) -> list[Run]:
    """`found` with the second author's run just before the publisher's comma at `cut` read as
    the title when the publisher took the only title's run (`Ad Soyad, Title, Yayınları Ltd.
    Şti., Ankara 2010`: a book has its title before its publisher)."""
    if any(label == "title" for label, _, _ in found):
        return found
    authors = [j for j, (label, _, b) in enumerate(found) if label == "author"]
    if len(authors) < 2 or found[authors[-1]][2] != cut:
        return found
    _, a, b = found[authors[-1]]
    return [*found[: authors[-1]], ("title", a, b), *found[authors[-1] + 1 :]]
