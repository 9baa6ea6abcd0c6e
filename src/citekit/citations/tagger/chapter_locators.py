"""The chapter a note cites is its locator, like its page, no word of the title: a chapter's
word and its number (`[words] chapter`: `Ch.`, `Гл.`, `Bölüm`, `Kap.`) closing the title's run
after its comma or period (`Türk Milli Kültürü, Bölüm 3, İstanbul: Ötüken`, `Древнетюркские
рунические памятники. Гл. 2. М.: Наука`, `Steppe Empires, ch. 4. Cambridge`) are left to no
field; so are Chicago's `ch. 1 in` opening a host's run (`"Nomads," ch. 1 in Central Asia: A
History, ed. …`): the host is the book after `in`. A chapter's word with no number after it,
or one inside the title (`Chapter and Verse`), is the title's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["chapter_locators"]

_ROMAN: Final = frozenset("IVXLC")
_MARKS: Final = frozenset({",", "."})  # what sets the chapter off the title
_IN: Final = frozenset({"in", "In", "of"})  # Chicago's `ch. 1 in Book`


@functools.cache
def _words() -> frozenset[str]:
    """The `[words] chapter` words without their period (`Ch`, `Гл`, `Bölüm`)."""
    return frozenset(w.rstrip(".") for w in shipped_words("chapter"))


def _number(text: str) -> bool:
    return text.isdigit() or (text.isupper() and set(text) <= _ROMAN)


def _chapter(tokens: list[Token], k: int, end: int) -> int | None:
    """The token after a chapter's word and its number at `k` (`Гл. 2`, `Bölüm 3`), within
    `end`, or None."""
    if k >= end or tokens[k].text not in _words():
        return None
    n = k + 1
    if n < end and tokens[n].text == ".":
        n += 1
    return n + 1 if n < end and _number(tokens[n].text) else None


def chapter_locators(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a cited chapter's word and number left to no field (see the module's doc)."""
    if not any(t.text in _words() for t in tokens):
        return found  # (at C speed: no chapter's word)
    out: list[Run] = []
    for label, a, b in found:
        if label == "title" and b - a > 3:
            cut = _closing(tokens, a, b)
            if cut is not None:
                out += [(label, a, cut), (OTHER, cut, b)]
                continue
        n = _chapter(tokens, a, b) if label == "container-title" else None
        if n is not None and n + 1 < b and tokens[n].text in _IN:
            out += [(OTHER, a, n + 1), (label, n + 1, b)]
            continue
        out.append((label, a, b))
    return out


def _closing(tokens: list[Token], a: int, b: int) -> int | None:
    """Where a title's run from `a` to `b` closes before a chapter's word and number that end
    it after a comma or a period, or None."""
    for k in range(a + 2, b - 1):
        if tokens[k - 1].text in _MARKS and _chapter(tokens, k, b) in (b, b - 1):
            if _chapter(tokens, k, b) == b - 1 and tokens[b - 1].text not in _MARKS:
                return None
            return k - 1
    return None
