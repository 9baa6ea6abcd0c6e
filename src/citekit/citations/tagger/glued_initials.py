"""Names as they are glued together: initials, each a capital letter (or a romanised digraph's
two letters, `Kh`, `Zh`) with its period glued to it (`V. V.`, `Zh.`), and family words with a
hyphen or apostrophe glued inside them (`Bartol'd`, `Tret’yakova`, `Ivanova-Petrova`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["NAME_JOINERS", "glued_initials", "glued_word", "letter_initial"]


def letter_initial(text: str) -> bool:
    """`V`, `Kh`: a capital letter, or a romanised digraph's two letters."""
    return (
        0 < len(text) <= 2
        and text[0].isupper()
        and text.isalpha()
        and (len(text) == 1 or text[1].islower())
    )


def glued_initials(tokens: list[Token], k: int) -> int:
    """The index after the initials (each glued to its period) that open at `k`, or `k`."""
    j = k
    while (
        j + 1 < len(tokens)
        and letter_initial(tokens[j].text)
        and tokens[j + 1].text == "."
        and tokens[j + 1].start == tokens[j].end
    ):
        j += 2
    return j


NAME_JOINERS: Final = frozenset({"-", "'", "’"})  # glued inside a name (`Vasil'ev`, `Abu-Lughod`)


def glued_word(
    tokens: Sequence[Token], k: int, joiners: frozenset[str], lower_after: bool = False
) -> int:
    """The index after a capitalised word at `k` together with each joiner glued inside it and
    the letters glued after that (lower-case ones only if `lower_after`), or `k` when `k` holds
    no capitalised word of two letters or more."""
    n = len(tokens)
    text = tokens[k].text if k < n else ""
    if len(text) < 2 or not (text[0].isupper() and text.isalpha()):
        return k
    j = k + 1
    while (
        j + 1 < n
        and tokens[j].text in joiners
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].text.isalpha()
        and (not lower_after or tokens[j + 1].text.islower())
    ):
        j += 2
    return j
