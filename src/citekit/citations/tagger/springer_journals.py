"""Springer's basic style, Vancouver and the AMA write a journal's name abbreviated without
periods after the title's sentence, then the volume, the issue in brackets and the pages
after a colon: `Title. J Agric Dev Econ 14(2):133–151`, `Title. Agric Water Manag
261:107365`, `Title. Meteorologiya i Gidrologiya (7):45–53`, `Title. Econ Change Restruct
49(1), pp. 55–78`. When the model ran the journal into the title, the capitalised words after
the title's last sentence period and before such a volume are the host: a title's sentence
never ends on a number glued to an issue's bracket or a colon before the pages."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.languages import shipped_words

__all__ = ["journal_in_title", "part_word"]

_JOURNAL: Final = 10  # words of an abbreviated journal's name at most
_SMALL: Final = 3  # letters of a joining word written small (`i`, `of`, `and`)
_HELD: Final = frozenset({"container-title", "publisher", "publisher-place"})
_READ: Final = frozenset({"title", OTHER, "page", "volume", "issue"})  # what the tail was read as


@functools.cache
def _part_words() -> frozenset[str]:
    """The words of a book's volume, part, book or chapter (`[words] volume`, `part`,
    `part_book`, `chapter`), casefolded, their period dropped."""
    keys = ("volume", "part", "part_book", "chapter")
    return frozenset(w.casefold().rstrip(".") for key in keys for w in shipped_words(key))


def part_word(text: str) -> bool:
    """Whether `text` names a book's part before its number (`Tom`, `Vol`, `Part`, `Book`,
    `Chapter`): no journal's name, alone."""
    return text.casefold() in _part_words()


def _pages_at(tokens: list[Token], k: int) -> int | None:
    """The index after the pages opening at `k` (`133–151`, `107365`, `e00231`), or None."""
    if k >= len(tokens) or not (tokens[k].text.isdecimal() or tokens[k].text[1:].isdecimal()):
        return None
    k += 1
    while k + 1 < len(tokens) and tokens[k].text in DASHES and tokens[k + 1].text.isalnum():
        k += 2
    return k


def _tail(tokens: list[Token], v: int) -> tuple[int | None, int | None, int, int] | None:
    """(volume, issue, pages' first token, pages' end) when the volume's tail opens at `v`:
    `VOL(ISS):PAGES`, `VOL:PAGES`, `(ISS):PAGES`, `VOL(ISS), pp. PAGES`, or None."""
    texts = [t.text for t in tokens[v : v + 6]] + [""] * 6
    volume: int | None = None
    issue: int | None = None
    k = v
    if texts[0].isdecimal():
        volume, k = v, v + 1
        texts = texts[1:]
    if texts[0] == "(" and texts[2] == ")" and texts[1].replace("–", "").isalnum():
        issue, k = k + 1, k + 3
    if volume is None and issue is None:
        return None
    if k < len(tokens) and tokens[k].text == ":":
        start = k + 1
    elif (
        k + 2 < len(tokens)
        and tokens[k].text == ","
        and tokens[k + 1].text in bare_labels(("page",))
        and issue is not None
    ):
        start = k + 3 if tokens[k + 2].text == "." else k + 2
    else:
        return None
    end = _pages_at(tokens, start)
    return None if end is None else (volume, issue, start, end)


def _journal_start(tokens: list[Token], a: int, v: int) -> int | None:
    """The first word of the journal's name that ends before `v`: after the nearest period
    that closes the title's sentence (spaced, or glued before a capital), its words
    capitalised or small joining words, none with a period or a digit."""
    k = v - 1
    words = 0
    while k > a and words <= _JOURNAL:
        text = tokens[k].text
        if text == ".":
            before = tokens[k - 1].text
            return k + 1 if words and len(before) > 1 and before[-1:].isalnum() else None
        if not text.isalpha():
            return None
        if not (text[:1].isupper() or (len(text) <= _SMALL and text.islower())):
            return None
        words += 1
        k -= 1
    return None


def journal_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the journal that the title's run took in read as the host, its volume,
    issue and pages (see the module's doc)."""
    if any(label in _HELD for label, _, _ in found):
        return found  # a host or an imprint read: a book's, a map's (`Масштаб 1:4 200 000`)
    title = next(((a, b) for label, a, b in found if label == "title"), None)
    if title is None:
        return found
    a, b = title
    for v in range(a + 3, min(b + _JOURNAL + 2, len(tokens))):
        if tokens[v].text != "(" and not tokens[v].text.isdecimal():
            continue  # most tokens: no volume nor issue's bracket
        tail = _tail(tokens, v)
        if tail is None:
            continue
        start = _journal_start(tokens, a, v)
        if start is None or tokens[start].text[:1].islower():
            return found
        if v - start == 1 and part_word(tokens[start].text):
            return found  # `Istoriya Kazakhstana. Tom 2: 45–67.`: a book's volume
        volume, issue, first, end = tail
        labels = labels_at(found, len(tokens))
        if not set(labels[start:end]) <= _READ:
            return found
        labels[start - 1] = OTHER
        labels[start:v] = ["container-title"] * (v - start)
        labels[v:end] = [OTHER] * (end - v)
        if volume is not None:
            labels[volume] = "volume"
        if issue is not None:
            labels[issue] = "issue"
        labels[first:end] = ["page"] * (end - first)
        return runs(labels)
    return found
