"""An edition's and an ISBN's words, and a title found before an edition or a volume.

An ISBN's label (`ISBN`, `ISBN-13:`, `e-ISBN`) is no field's; an edition's own words after it
(`3-е изд., испр. и доп.`) are no title's; a note with an author, no title and an edition or a
volume has its title between them (`Назаров Б. Тарих. 3-е изд., перераб.`).
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["edition_words", "isbn_word"]


def isbn_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the ISBN's label right before it (`ISBN`, `ISBN-13:`, `e-ISBN`) in no
    field: the model may call its word a title or its `13` a volume."""
    if "ISBN" not in (run[0] for run in found):
        return found  # most notes (at C speed)
    out = list(found)
    for _, s, _ in [run for run in found if run[0] == "ISBN"]:
        k = s - 1
        while k >= 0 and tokens[k].text in _LABEL_TAIL:
            k -= 1  # `-13:`
        if k < 0 or tokens[k].text.upper() != "ISBN":
            continue
        if k >= 2 and tokens[k - 1].text == "-" and tokens[k - 2].text.lower() == "e":
            k -= 2  # `e-ISBN`
        if any(label not in (OTHER, "ISBN") for label, a, b in out if a < s and b > k):
            out = painted(out, (OTHER, k, s))
    return out


_LABEL_TAIL: Final = frozenset({"-", "13", "10", ":"})


@functools.cache
def _joins() -> frozenset[str]:
    """What joins an edition's own words (`3-е изд., испр. и доп.`): the languages' `and`
    words and a comma or a period."""
    return frozenset(shipped_words("and_")) | {",", "."}


def edition_words(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run of an edition's own words after the edition (`3-е изд.,
    перераб.`) in no field, and then, with no title left, the words between the author and
    the edition or volume as the title (`Назаров Б. Тарих. 3-е изд., перераб.`, `Мұхтар
    Әуезов. Шығармалар жинағы. 5-том.`)."""
    labels = [run[0] for run in found]
    if "title" not in labels and "author" in labels and not _AFTER_TITLE.isdisjoint(labels):
        return _untitled(tokens, found)  # `Мұхтар Әуезов. Шығармалар жинағы. 5-том.`
    if "edition" not in labels or "title" not in labels:
        return found  # most notes (at C speed)
    out = list(found)
    joins = _joins()
    for j, (label, a, b) in enumerate(out):
        if label != "title":
            continue
        before = next((r[0] for r in reversed(out[:j]) if r[0] != OTHER), None)
        worded = all("edition" in marks[k] or tokens[k].text in joins for k in range(a, b))
        if before == "edition" and worded:
            out[j] = (OTHER, a, b)
    return out if "title" in (run[0] for run in out) else _untitled(tokens, out)


_AFTER_TITLE: Final = frozenset({"edition", "volume"})


def _untitled(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words of no field between the author and the edition or volume, in a
    note with no title, as the title."""
    out = list(found)
    for j in range(1, len(out) - 1):
        label, a, b = out[j]
        after = next((r[0] for r in out[j + 1 :] if r[0] != OTHER), None)
        if out[j - 1][0] == "author" and label == OTHER and after in _AFTER_TITLE:
            end = b - 1 if tokens[b - 1].text == "." else b
            start = a + 1 if tokens[a].text == "." and end > a + 1 else a  # the name's period
            if end > start and tokens[start].text.isalpha():
                pieces = [(OTHER, a, start), ("title", start, end), (OTHER, end, b)]
                out[j : j + 1] = [p for p in pieces if p[2] > p[1]]
            break
    return out
