"""A periodical paged through its volume cites pages past a thousand, numbers that look like
years (`Amme İdaresi Dergisi, 53(2), 1045-1072.`, `7/3 (Eylül 2020), 1123-1140.`, `2020, pp.
1530-1541.`). A note has one date: a rising range of two numbers after a journal's date, volume
or issue and its comma, colon or page word, in a note that already has its date and no page,
is the article's pages, never a second date."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["thousand_pages"]

_SEPARATORS: Final = frozenset({",", ":"})
_NUMBERS: Final = frozenset({"issued", "volume", "issue"})
_RANGE: Final = 3  # tokens of `1045-1072`


def _rising(tokens: list[Token], k: int) -> bool:
    """Whether tokens `k`… are a range of two numbers, the second larger (`1123-1140`)."""
    if k + _RANGE > len(tokens) or tokens[k + 1].text not in DASHES:
        return False
    first, last = tokens[k].text, tokens[k + 2].text
    return first.isdecimal() and last.isdecimal() and int(first) < int(last)


def _labelled(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether the tokens just before `k` close with a comma, a colon or a page word (`pp.`)."""
    if k and tokens[k - 1].text in _SEPARATORS:
        return True
    w = k - 2 if k > 1 and tokens[k - 1].text == "." else k - 1
    return w >= 0 and "page" in marks[w]


def _start(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int:
    """Where a range opens in the run `a`…`b` after a bracket's close, a comma or colon and a
    page word, or -1."""
    k = a
    while k < b and (tokens[k].text in _SEPARATORS or tokens[k].text in ")." or "page" in marks[k]):
        k += 1
    return k if k < b and _labelled(tokens, marks, k) else -1


def _dated(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether a run of `found` other than the `j`th is a date with its year."""
    return any(
        label == "issued" and i != j and any(is_year(t.text) for t in tokens[a:b])
        for i, (label, a, b) in enumerate(found)
    )


def thousand_pages(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a journal's page range that looks like years read as the page."""
    labels = [label for label, _, _ in found]
    if "page" in labels or "container-title" not in labels or "issued" not in labels:
        return found  # most notes (at C speed)
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label == OTHER and found[j - 1][0] in _NUMBERS:
            k = _start(tokens, marks, a, b)
        elif label == "issued" and b - a == _RANGE and _labelled(tokens, marks, a):
            k = a if _dated(tokens, found, j) else -1
        else:
            continue
        if k < 0 or not _rising(tokens, k):
            continue
        end = k + _RANGE
        if any(t.text not in ".," for t in tokens[end:b]) or (
            end < len(tokens) and tokens[end].text == ")"
        ):
            continue  # `1923-1938 yılları`: words follow, no page
        runs: list[Run] = [(OTHER, a, k)] if k > a else []
        runs.append(("page", k, end))
        if end < b:
            runs.append((OTHER, end, b))
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
