"""The chapter a note cites is its locator, like its page, no word of the title: a chapter's
word and its number (`[words] chapter`: `Ch.`, `Гл.`, `Bölüm`, `Kap.`) closing the title's run
after its comma or period (`Türk Milli Kültürü, Bölüm 3, İstanbul: Ötüken`, `Древнетюркские
рунические памятники. Гл. 2. М.: Наука`, `Steppe Empires, ch. 4. Cambridge`) are left to no
field; so are Chicago's `ch. 1 in` opening a host's run (`"Nomads," ch. 1 in Central Asia: A
History, ed. …`) or closing the quoted title's (`"Soviet Rule," ch. 3 of The Kazakhs`): the
host is the book after `in` or `of`, whole. A chapter's label alone read as the host before
the book's name (İSNAD's `"Göç", Bölüm 3, Orta Asya Tarihi, ed. …`) is no host. A chapter's
word with no number after it, or one inside the title (`Chapter and Verse`), is the title's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["chapter_locators"]

_ROMAN: Final = frozenset("IVXLC")
_MARKS: Final = frozenset({",", "."})  # what sets the chapter off the title
_TITLE_LABEL: Final = "title"


@functools.cache
def _words() -> frozenset[str]:
    """The `[words] chapter` words without their period (`Ch`, `Гл`, `Bölüm`)."""
    return frozenset(w.rstrip(".") for w in shipped_words("chapter"))


@functools.cache
def _of() -> frozenset[str]:
    """The `[words] chapter_of` words that name the book after a chapter's number (`in`)."""
    return frozenset(shipped_words("chapter_of"))


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
    if text_set(tokens).isdisjoint(_words()):
        return found  # (at C speed: no chapter's word)
    found = _chapter_of_host(tokens, _label_alone(tokens, found))
    out: list[Run] = []
    for label, a, b in found:
        if label == "title" and b - a > 3:
            cut = _closing(tokens, a, b)
            if cut is not None:
                out += [(label, a, cut), (OTHER, cut, b)]
                continue
        n = _chapter(tokens, a, b) if label == "container-title" else None
        if n is not None and n + 1 < b and tokens[n].text in _of():
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


_QUOTES: Final = frozenset("\"”»'’")


def _label_alone(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that is a chapter's label alone, another host's run after it,
    left to no field (`"Göç", Bölüm 3, Orta Asya Tarihi, ed. …`)."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or _chapter(tokens, a, b) != b:
            continue
        if any(run[0] == "container-title" for run in found[j + 1 :]):
            return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
    return found


_HOST_RUN: Final = frozenset({_TITLE_LABEL, OTHER, "container-title"})
_HOST_END: Final = frozenset({",", ".", "(", ";"})
_NEAR: Final = 3  # tokens between the title's run and the chapter's word at most (`," `)


def _chapter_of_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `ch. 3 of Book` (`Chapter 4 in Book`) after the title's closing quote read
    as the chapter's words and the book, whole to its comma or period, as the host."""
    labels = [label for label, a, b in found for _ in range(a, b)]
    for k in range(2, len(tokens) - 2):
        if tokens[k].text not in _words() or labels[k] not in (_TITLE_LABEL, OTHER):
            continue
        if not _QUOTES & {t.text for t in tokens[max(0, k - _NEAR) : k]}:
            continue
        if _TITLE_LABEL not in labels[max(0, k - _NEAR) : k]:
            continue
        n = _chapter(tokens, k, len(tokens))
        if n is None or n + 1 >= len(tokens) or tokens[n].text not in _of():
            continue
        e = n + 1
        while e < len(tokens) and labels[e] in _HOST_RUN and tokens[e].text not in _HOST_END:
            e += 1
        if e == n + 1:
            return found
        labels[k : n + 1] = [OTHER] * (n + 1 - k)
        labels[n + 1 : e] = ["container-title"] * (e - n - 1)
        return runs(labels)
    return found
