"""Words of romanized Arabic and Persian that open with an ʿayn or a hamza (`ʿAbbās`, `ʿAlī`,
`ʾAḥmad`): the mark is a letter written before the word's capital, so the word is read as the
capitalised word it is (a name's, a title's), not as one in lower case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["AYN_MARKS", "ayn_read"]

AYN_MARKS: Final = "ʿʾ"  # U+02BF (ʿayn) and U+02BE (hamza), as ALA-LC and IJMES write them


def ayn_read(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` with each word that opens with an ʿayn or hamza mark before a capital read as
    the word after its mark (`ʿAbbās` as `Abbās`); the same list when there is none."""
    out: list[Token] | None = None
    for i, token in enumerate(tokens):
        text = token.text
        if len(text) > 1 and text[0] in AYN_MARKS and text[1].isupper():
            if out is None:
                out = list(tokens)
            out[i] = Token(text[1:], token.start + 1, token.end)
    return tokens if out is None else out
