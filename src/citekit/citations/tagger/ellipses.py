"""A work's name cut short with three periods (`Політична еліта, енергетика... С. 261.`, a
short form's truncated title): the periods are the name's, as `…` is, not the sentence's end."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["closing_ellipsis"]

_DOTS: Final = 3


def closing_ellipsis(tokens: list[Token], value: str, b: int) -> bool:
    """Whether the value of the run ending at `b` ends with the word that three periods,
    glued to it and to each other, follow in the note (the run may hold some of them)."""
    k = b - 1
    while k > 0 and tokens[k].text == ".":
        k -= 1
    if (
        k + _DOTS >= len(tokens)
        or tokens[k + 1].text != "."
        or tokens[k + 1].start != tokens[k].end
    ):
        return False  # no three periods, the first glued to the word (most values)
    word = tokens[k]
    dots = tokens[k + 1 : k + 1 + _DOTS]
    if len(dots) < _DOTS or not word.text[-1:].isalnum() or not value.endswith(word.text):
        return False
    if k + 1 + _DOTS < len(tokens) and tokens[k + 1 + _DOTS].text == ".":
        return False  # four or more periods: no ellipsis of three
    ends = [word.end, *(t.end for t in dots[:-1])]
    return all(t.text == "." and t.start == end for t, end in zip(dots, ends, strict=True))
