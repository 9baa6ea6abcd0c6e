"""A title's descriptor in round brackets after an author-date head. Wikipedia's rendered
templates, and APA's, write the work's kind right after its title: `Bekmuratov, Ömirzak (5
Eylül 2019). Türkistan'ın Turizm Potansiyeli (Konuşma). Uluslararası Türk Kültürü Forumu.`,
`Aksoy, Murat (2019). Türkistan: Bozkırın Kalbi (Belgesel). TRT Belgesel.`. The bracket
holding one of the language files' description words (`[types] film`, `speech_genre`,
`presentation`, `dataset`, `map`, `blog_post`, `software`, `unpublished`, `report`) or a mark
of its form (`[words] work_marks`: `(PDF)`) closes the title: the words between the head's
`(date).` and it are the title, whatever runs the model laid over them, and the bracket is no
title's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["descriptor_closes_title"]

_KEYS: Final = (
    "film",
    "speech_genre",
    "presentation",
    "dataset",
    "map",
    "blog_post",
    "software",
    "unpublished",
    "report",
)
_TITLE_MAX: Final = 40  # tokens of a title at most
_MISREAD: Final = frozenset(
    {OTHER, "title", "publisher-place", "publisher", "editor", "author", "container-title"}
)


@functools.cache
def _descriptors() -> frozenset[str]:
    """The description words and the marks of a work's form (`[words] work_marks`: `PDF`),
    casefolded."""
    words = {w.casefold() for key in _KEYS for w in shipped_type_words(key)}
    return frozenset(words | {w.casefold() for w in shipped_words("work_marks")})


def _head_end(tokens: list[Token], found: list[Run]) -> int | None:
    """Where the title starts after an author-date head `Author (date).`, or None."""
    if not found or found[0][0] != "author":
        return None
    dated = next((r for r in found[1:4] if r[0] == "issued"), None)
    if dated is None:
        return None
    k = dated[2]
    if k + 2 > len(tokens) or tokens[k].text != ")" or tokens[k + 1].text != ".":
        return None
    return k + 2


def descriptor_closes_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title ended at its descriptor's bracket (see the module's doc)."""
    if "(" not in text_set(tokens):
        return found  # no bracket (most notes)
    start = _head_end(tokens, found)
    if start is None:
        return found
    n = len(tokens)
    for k in range(start + 1, min(n, start + _TITLE_MAX)):
        before = tokens[k - 1].text
        if tokens[k].text == "." and not (len(before) == 1 and before.isalpha()):
            return found  # the title's sentence ended before any descriptor (an initial's not)
        if tokens[k].text != "(":
            continue
        close = next((c for c in range(k + 1, min(n, k + 5)) if tokens[c].text == ")"), None)
        if close is None or close + 1 >= n or tokens[close + 1].text not in ".(":
            continue
        words = " ".join(t.text for t in tokens[k + 1 : close]).casefold()
        if words not in _descriptors():
            continue
        if any(r[0] not in _MISREAD for r in found if r[1] < close + 1 and r[2] > start):
            return found
        out = painted(painted(found, ("title", start, k)), (OTHER, k, close + 1))
        return painted(out, (OTHER, start - 1, start))  # the head's period
    return found
