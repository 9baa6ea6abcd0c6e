"""A double issue written with a slash. Russian, Kazakh and Turkish journals number a double
issue `№ 5/6`, `№11/12`, `Sayı 3/4`, `No. 7/8`: the two numbers after the issue's word, glued to
the slash, one after the other, are one issue (`5/6`), as a double issue's dash is (`№ 5–6`).
İSNAD's `12/68` after a journal's name is a volume and an issue, never numbers in a row after an
issue's word."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token

__all__ = ["slashed_double_issue"]

_LABEL_TAIL: Final = frozenset({".", ":"})  # `No.`, `Sayı:` between the word and the number


def slashed_double_issue(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an issue's number after its word, a glued slash and the next number, read
    as one double issue (see the module's doc)."""
    for label, a, b in found:
        if label != "issue" or b - a != 1 or b + 1 >= len(tokens) or tokens[b].text != "/":
            continue
        first, second = tokens[a].text, tokens[b + 1].text
        if not (first.isdecimal() and second.isdecimal()) or int(second) != int(first) + 1:
            continue
        if tokens[a].end != tokens[b].start or tokens[b].end != tokens[b + 1].start:
            continue
        k = a - 1
        while k > 0 and tokens[k].text in _LABEL_TAIL:
            k -= 1
        if k < 0 or "issue" not in marks[k]:
            continue  # the issue's word says the numbers are issues
        owner = next(run for run in found if run[1] <= b + 1 < run[2])
        if owner[0] in (OTHER, "issue"):
            return painted(found, ("issue", a, b + 2))
    return found
