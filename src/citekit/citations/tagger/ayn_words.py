"""A note that opens with a romanized Arabic or Persian word whose first letter is an ʿayn or a
hamza (`ʿAbbās Iqbāl Āshtiyānī, Tārīkh-i Mughul …`, `ʿAlī b. Muḥammad …`): the mark is a letter
written before the word's capital, so the word is read as the capitalised word it is (a
name's, as a note's first word mostly is), not as one in lower case. So is the one given name
after the opening family's comma, closed by the name's period (`Jaʿfarī, ʿAlī. “Title.”`).
Inside a title the mark stays as the model learnt it (`Kitāb al-ʿIbar`: a title's word, not a
name's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["AYN_MARKS", "ayn_read"]

AYN_MARKS: Final = "ʿʾ"  # U+02BF (ʿayn) and U+02BE (hamza), as ALA-LC and IJMES write them
_NAME_TOKENS: Final = 8  # tokens of the opening name at most (`ʿAbd, al-ʿAzīz b. ʿAlī`)


def _closes(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word `k` closes the name: its period follows (`Jaʿfarī, ʿAlī.`)."""
    return k + 1 < len(tokens) and tokens[k + 1].text == "."


def ayn_read(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` with the note's first word, or the one word between its first comma and a
    period (an inverted name's given name), read as the word after its mark when it opens with
    an ʿayn or hamza mark before a capital (`ʿAbbās` as `Abbās`); the same list when none
    does."""
    out: list[Token] | None = None
    commas = 0
    for k, token in enumerate(tokens[:_NAME_TOKENS]):
        text = token.text
        if text == ".":
            break
        commas += text == ","
        if len(text) < 2 or text[0] not in AYN_MARKS or not text[1].isupper():
            continue
        if k > 0 and (tokens[k - 1].text != "," or commas > 1 or not _closes(tokens, k)):
            continue  # the note's first word, or the one given name after the family's comma
        if out is None:
            out = list(tokens)
        out[k] = Token(text[1:], token.start + 1, token.end)
    return tokens if out is None else out
