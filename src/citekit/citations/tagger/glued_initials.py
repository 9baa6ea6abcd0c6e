"""Initials as a name writes them: each a capital letter (or a romanised digraph's two
letters, `Kh`, `Zh`) with its period glued to it (`V. V.`, `Zh.`)."""

from __future__ import annotations

from citekit.citations.tagger.tokens import Token

__all__ = ["glued_initials", "letter_initial"]


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
