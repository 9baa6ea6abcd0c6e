"""Marks that an imprint's place, publisher or date is unknown (`[Б. м.: б. и.]`, `б. г.`,
`t.y.`, `n.d.`, `s.l.`: `[types] no_imprint` and `no_date` words), written as letters with
periods: no field's words, whatever the model read them as; a known place before a comma and
such a mark (`— СПб., б. г. — 96 с.`) is the place."""

from __future__ import annotations

import functools
import itertools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_type_words

__all__ = ["unknown_imprint", "unknown_place"]


@functools.cache
def _no_imprint() -> frozenset[str]:
    """The marks of an unknown place, publisher or date, their letters alone, case-folded."""
    words = shipped_type_words("no_imprint") | shipped_type_words("no_date")
    return frozenset("".join(ch for ch in w.casefold() if ch.isalpha()) for w in words)


@functools.cache
def _first_letters() -> frozenset[str]:
    """The first letters of those marks (`s`, `б`, `t`): a note with none has none of them."""
    return frozenset(mark[0] for mark in _no_imprint() if mark)


def _abbreviated(tokens: list[Token], a: int, b: int, *, lower: bool) -> bool:
    """Whether tokens a..b are one mark of `_no_imprint` written as letters with periods."""
    texts = [t.text for t in tokens[a:b]]
    letters = [x for x in texts if x != "."]
    if not letters or "." not in texts or not all(len(x) <= 2 and x.isalpha() for x in letters):
        return False
    if lower and not all(x.islower() for x in letters):
        return False  # `Smith, N. D.`: capitals are a name's initials
    return "".join(letters).casefold() in _no_imprint()


_PARTS: Final = frozenset(":,;")
_REACH: Final = 12  # tokens of the longest bracketed marks (`[Б. м.: б. и.]`)
_AROUND: Final = frozenset(".,:;")


def unknown_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the marks of an unknown place, publisher or date in no field."""
    out = found
    texts = text_set(tokens)
    if "[" in texts:
        for k in [i for i, t in enumerate(tokens) if t.text == "["]:
            inside = range(k + 1, min(k + _REACH, len(tokens)))
            close = next((i for i in inside if tokens[i].text == "]"), None)
            if close is None or close == k + 1:
                continue
            cuts = [k, *(i for i in range(k + 1, close) if tokens[i].text in _PARTS), close]
            parts = itertools.pairwise(cuts)
            if all(_abbreviated(tokens, c + 1, d, lower=False) for c, d in parts):
                out = painted(out, (OTHER, k, close + 1))
    if texts.isdisjoint(_first_letters()):
        return out
    k = 0
    while k < len(tokens) - 1:
        end = k
        while end + 1 < len(tokens) and len(tokens[end].text) == 1 and tokens[end + 1].text == ".":
            end += 2
        # … only after a comma, a colon or a parenthesis: `XIX. yy.` is a century's
        together = end == k and k > 0 and tokens[k - 1].text in "(,:" and _run_together(tokens, k)
        if together:
            end += 2  # `ty.`, `yy.`: the mark's letters run together
        before = k == 0 or tokens[k - 1].text in _AROUND or tokens[k - 1].text == "("
        after = end >= len(tokens) or tokens[end].text in _AROUND or tokens[end].text == ")"
        if (
            (end - k >= 4 or together)
            and before
            and after
            and _abbreviated(tokens, k, end, lower=True)
        ):
            out = painted(out, (OTHER, k, end))
        k = max(end, k + 1)
    return out


def _run_together(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is two lower-case letters glued to a period (`ty.`): a mark only
    among marks or beside an imprint's parenthesis, never a single letter (`s. 45` is a page)."""
    text = tokens[k].text
    return (
        len(text) == 2
        and text.isalpha()
        and text.islower()
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
    )


_PLACE_MARKS: Final = frozenset({"places", "cities"})
_PLACE_OPENS: Final = DASHES | {".", "(", ","}  # what stands before the place


def unknown_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known place right before a comma and an unknown date's or publisher's
    mark (`— СПб., б. г. — 96 с.`, `İstanbul, t.y., s. 41`, `Oxford, n.d.`) read as the
    place: the mark leaves its own slot empty, never the place's."""
    first = _first_letters()
    if text_set(tokens).isdisjoint(first):
        return found  # most notes (at C speed): no mark's first letter
    for k in range(2, len(tokens) - 3):
        if tokens[k - 1].text != "," or tokens[k].text not in first:
            continue
        end = k
        while end + 1 < len(tokens) and len(tokens[end].text) == 1 and tokens[end + 1].text == ".":
            end += 2
        if end - k < 4 or not _abbreviated(tokens, k, end, lower=True):
            continue
        start = k - 1
        while start > 0 and not _PLACE_MARKS.isdisjoint(marks[start - 1]):
            start -= 1
        if start == k - 1 or (start > 0 and tokens[start - 1].text not in _PLACE_OPENS):
            continue
        labels = {label for label, a, b in found if a < k - 1 and b > start}
        if labels <= {OTHER, "publisher-place"}:
            return painted(found, ("publisher-place", start, k - 1))
    return found
