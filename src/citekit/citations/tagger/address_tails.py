"""A number after the note's address with a word of no label before it (`…/pamuk.html, comment
14.`, `…, https://…, reply 3`): a pinpoint inside the page (a comment, a reply, a post in a
thread), never the work's volume or issue, which a note writes before its address."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import Token

__all__ = ["numbers_after_address"]

_NUMBERS: Final = frozenset({"volume", "issue"})
_NUMBER_KEYS: Final = ("volume", "issue", "issue_bare", "issue_after")
_WORD: Final = 3  # letters of a word at least: `т`, `no` are labels


def numbers_after_address(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a volume's or an issue's run after the address read as no field, when a
    word in small letters, no volume's or issue's label, stands right before it (`comment 14`;
    `cilt 5, sayı 3` and a second source's `Т. 15` keep their numbers)."""
    address = next((b for label, _, b in found if label == "URL"), None)
    if address is None:
        return found
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        if label not in _NUMBERS or a < address or out[j - 1][0] != OTHER:
            continue
        word = tokens[a - 1].text
        if len(word) < _WORD or not (word.isalpha() and word.islower()):
            continue
        labels = bare_labels(_NUMBER_KEYS)  # `cilt 5`, `sayı 3`: a number after one is the work's
        if word not in labels and word.capitalize() not in labels:
            out[j] = (OTHER, a, b)
    return out
