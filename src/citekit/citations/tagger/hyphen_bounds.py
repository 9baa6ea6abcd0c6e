"""A hyphen between two letters of one word is no field's bound (`Депрессия среди
студентов-медиков г. Семей. Наука и здравоохранение.`): where the model started a host at a
hyphen glued on both sides, the words up to the host's first sentence end are the title's,
the host the rest. Where the model began a field after such a hyphen, the word's head is the
field's too (`Darling-Hammond L.`), and a title closed after a number glued to letters takes
them (`the 1990s`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["glued_word_end", "hyphen_in_word", "hyphenated_head"]

_HYPHENS: Final = frozenset({"-", "‐"})


def hyphen_in_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title cut at a hyphen inside a word given its word and sentence back."""
    for j in range(len(found) - 1):
        (label, a, b), (after, c, d) = found[j], found[j + 1]
        if label != "title" or after != "container-title" or c != b or c + 1 >= d or c == 0:
            continue
        hyphen, left, right = tokens[c], tokens[c - 1], tokens[c + 1]
        if hyphen.text not in _HYPHENS or hyphen.start != left.end or right.start != hyphen.end:
            continue
        if not (left.text.isalpha() and right.text.isalpha() and right.text.islower()):
            continue
        end = next((k for k in range(c + 2, d - 1) if _sentence_end(tokens, k)), None)
        if end is None:
            continue
        return [*found[:j], (label, a, end), (found[j + 1][0], end + 1, d), *found[j + 2 :]]
    return found


def _sentence_end(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a period that ends a sentence: a word of two letters or more before
    it (no `г.`'s abbreviation), a space and a capital after it."""
    return (
        tokens[k].text == "."
        and len(tokens[k - 1].text) > 1
        and tokens[k + 1].start > tokens[k].end
        and tokens[k + 1].text[:1].isupper()
    )


def hyphenated_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a field that the model began after a hyphen inside a word given the word's
    head back (`21. Darling-Hammond L., Hyler M. E.`: the family is one word, not `Hammond`;
    `(S.-Peterburg: Tipografiia …)`: an abbreviated head), when the head was read as no
    field."""
    for j in range(1, len(found)):
        (before, a, b), (label, c, d) = found[j - 1], found[j]
        if before != OTHER or label == OTHER or b != c or c - 2 < a:
            continue
        hyphen, right = tokens[c - 1], tokens[c]
        if hyphen.text not in _HYPHENS or right.start != hyphen.end or not right.text.isalpha():
            continue
        h = _head(tokens, c - 1)
        glued = h is not None and h > 0 and tokens[h - 1].end == tokens[h].start
        if h is None or h < a or (glued and tokens[h - 1].text.isalnum()):
            continue  # no head, or one glued to more: no plain word
        head: list[Run] = [(OTHER, a, h)] if h > a else []
        return [*found[: j - 1], *head, (label, h, d), *found[j + 1 :]]
    return found


_ABBREVIATED: Final = 3  # letters of an abbreviated head at most (`S.-`, `С.-`)


def _head(tokens: list[Token], hyphen: int) -> int | None:
    """Where the word closed by the hyphen at `hyphen` opens: a capitalised word glued to it
    (`Darling-`), or a short abbreviation with its period (`S.-`)."""
    if hyphen < 1 or tokens[hyphen - 1].end != tokens[hyphen].start:
        return None
    left = tokens[hyphen - 1]
    if left.text.isalpha():
        return hyphen - 1 if left.text[:1].isupper() else None
    if left.text != "." or hyphen < 2:
        return None
    word = tokens[hyphen - 2]
    short = word.text.isalpha() and len(word.text) <= _ABBREVIATED and word.text[:1].isupper()
    return hyphen - 2 if short and word.end == left.start else None


_WORDED: Final = frozenset({"title", "container-title", "publisher"})


def glued_word_end(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's, a host's or a house's run that the model closed inside a word
    given the word's rest (`… in Kazakhstan in the 1990s.`: the decade's `s` is the title's),
    when the rest was read as no field."""
    out = list(found)
    j = 0
    while j < len(out) - 1:  # the list may shrink as a run takes in the whole next one
        (label, a, b), (after, c, d) = out[j], out[j + 1]
        j += 1
        if label not in _WORDED or after != OTHER or b != c or c >= d:
            continue
        last, rest = tokens[b - 1], tokens[c]
        if rest.start != last.end or not rest.text.isalpha() or not last.text[-1:].isdigit():
            continue
        if c + 1 < len(tokens) and tokens[c + 1].start == rest.end and tokens[c + 1].text.isalnum():
            continue
        out[j - 1 : j + 1] = [(label, a, c + 1), *([(OTHER, c + 1, d)] if c + 1 < d else [])]
    return out
