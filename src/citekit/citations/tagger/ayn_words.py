"""A note that opens with a romanized Arabic or Persian word whose first letter is an ʿayn or a
hamza (`ʿAbbās Iqbāl Āshtiyānī, Tārīkh-i Mughul …`, `ʿAlī b. Muḥammad …`): the mark is a letter
written before the word's capital, so the word is read as the capitalised word it is (a
name's, as a note's first word mostly is), not as one in lower case. Inside a title the mark
stays as the model learnt it (`Kitāb al-ʿIbar`: a title's word, not a name's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["AYN_MARKS", "ayn_read"]

AYN_MARKS: Final = "ʿʾ"  # U+02BF (ʿayn) and U+02BE (hamza), as ALA-LC and IJMES write them


def ayn_read(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` with a first word that opens with an ʿayn or hamza mark before a capital read
    as the word after its mark (`ʿAbbās` as `Abbās`); the same list when it does not."""
    if not tokens:
        return tokens
    first = tokens[0]
    text = first.text
    if len(text) < 2 or text[0] not in AYN_MARKS or not text[1].isupper():
        return tokens
    return [Token(text[1:], first.start + 1, first.end), *tokens[1:]]
