"""A note that opens with a romanized Arabic or Persian word whose first letter is an ʿayn or a
hamza (`ʿAbbās Iqbāl Āshtiyānī, Tārīkh-i Mughul …`, `ʿAlī b. Muḥammad …`): the mark is a letter
written before the word's capital, so the word is read as the capitalised word it is (a
name's, as a note's first word mostly is), not as one in lower case. So is such a word in the
name that opens the note, before its first period (`Jaʿfarī, ʿAlī. “Title.”`: the given name
after the family's comma). Inside a title the mark stays as the model learnt it (`Kitāb
al-ʿIbar`: a title's word, not a name's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["AYN_MARKS", "ayn_read"]

AYN_MARKS: Final = "ʿʾ"  # U+02BF (ʿayn) and U+02BE (hamza), as ALA-LC and IJMES write them
_NAME_TOKENS: Final = 8  # tokens of the opening name at most (`ʿAbd, al-ʿAzīz b. ʿAlī`)


def ayn_read(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` with each word of the opening name (before its first period) that opens with
    an ʿayn or hamza mark before a capital read as the word after its mark (`ʿAbbās` as
    `Abbās`); the same list when there is none."""
    out: list[Token] | None = None
    for k, token in enumerate(tokens[:_NAME_TOKENS]):
        text = token.text
        if text == ".":
            break
        if len(text) < 2 or text[0] not in AYN_MARKS or not text[1].isupper():
            continue
        if out is None:
            out = list(tokens)
        out[k] = Token(text[1:], token.start + 1, token.end)
    return tokens if out is None else out
