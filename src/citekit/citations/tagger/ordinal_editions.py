"""An edition's number before its ordinal period and word. Turkish books give their edition
as `34. Baskı`, `14. Bası`, `2. baskı`: the number the model read as a page, a volume or the
title's, right before its glued period and an edition's word (`[words] edition`), is the
edition, its word no field's. So is a number with its ordinal's ending glued to it, as French
writes it (`2e éd.`: the edition `2e`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, label_at, painted
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["ordinal_edition"]

_NUMBER: Final = 3  # digits of an edition's number at most
_RELABELLED: Final = frozenset({"page", "volume", "issue", "title", "container-title", OTHER})


def _after(run: Run, start: int) -> Run:
    """`run` cut to begin at `start`, no field's where it held the edition's period or word."""
    label, s, e = run
    return (OTHER, start, e) if s < start and label == OTHER else (label, max(s, start), e)


_BEFORE: Final = frozenset({",", "."})  # what stands before a suffixed edition in its sentence
_ABBREVIATED: Final = 4  # letters of an abbreviated edition's word at most (`éd.`, `Aufl.`)
_APOSTROPHES: Final = frozenset("'’‘")
_SUFFIX: Final = 3  # letters of an ordinal's ending glued to its number at most (`2e`, `3rd`)


def _suffix(text: str) -> bool:
    """Whether a token is an ordinal's ending glued to its number (`e`, `re`, `nd`, `ème`)."""
    return text.isalpha() and text.islower() and len(text) <= _SUFFIX


def ordinal_edition(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with `N. Baskı` read as the edition (see the module's doc)."""
    if any(run[0] == "edition" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in _RELABELLED or a + 2 >= len(tokens):
            continue
        number, period = tokens[a], tokens[a + 1]
        if not (number.text.isdecimal() and len(number.text) <= _NUMBER):
            continue
        if period.text != "." or period.start != number.end or "Bedition" not in marks[a + 2]:
            continue
        runs: list[Run] = [("edition", a, a + 1), (OTHER, a + 1, a + 3)]
        if b > a + 3:
            runs.append((label, a + 3, b))
        rest = found[j + 1 :]
        if b < a + 3:  # the period and the word in the runs after: no field's
            rest = [_after(run, a + 3) for run in rest if run[2] > a + 3]
        return [*found[:j], *runs, *rest]
    return _suffixed_edition(tokens, marks, found)


def _inside_quotes(tokens: list[Token], k: int) -> bool:
    """Whether token `k` stands inside a quote opened before it and not yet closed."""
    depth = 0
    for token in tokens[:k]:
        if token.text in _APOSTROPHES:
            continue  # `d'Asie`: an elision, no quote
        if token.text in OPENING_MARKS and token.text not in CLOSING_MARKS:
            depth += 1
        elif token.text in CLOSING_MARKS and token.text not in OPENING_MARKS:
            depth = max(0, depth - 1)
        elif token.text in OPENING_MARKS:  # `"`: opens or closes by turns
            depth = 0 if depth else 1
    return depth > 0


def _suffixed_edition(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an edition's number and its ordinal's glued ending after a comma or a
    period, before an edition's abbreviated word, read as the edition (`…, 2e éd., t. VIII`;
    `Congress, 5th edition` numbers a meeting)."""
    for k in range(1, len(tokens) - 2):
        number, ending = tokens[k], tokens[k + 1]
        if not (number.text.isdecimal() and len(number.text) <= _NUMBER):
            continue
        if tokens[k - 1].text not in _BEFORE or ending.start != number.end:
            continue
        if not _suffix(ending.text) or "Bedition" not in marks[k + 2]:
            continue
        if len(tokens[k + 2].text) > _ABBREVIATED:
            continue  # `International Water Congress, 5th edition`: a meeting's number
        if label_at(found, k) not in _RELABELLED or _inside_quotes(tokens, k):
            continue  # `"The Hungry Steppe, 2nd ed.: A Reply."`: the quoted title's words
        word = k + 3 if k + 3 < len(tokens) and tokens[k + 3].text == "." else k + 2
        return painted(painted(found, ("edition", k, k + 2)), (OTHER, k + 2, word + 1))
    return found
