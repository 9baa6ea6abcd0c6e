"""A name written given name first opens a Chicago or İSNAD book's note before a comma
(`Mükhtar Auezov, Abay Joly (Almatı: Jazuşı, 1997), 145.`): two capitalised words, a comma,
the title, then the imprint in brackets. Those notes never open a title with two words and a
comma, so the two words are the author, whether or not the given name is a known one."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.shapes import bracketed_imprint
from citekit.citations.tagger.tokens import Token

__all__ = ["name_opens_title"]

_NAME_WORDS: Final = 2  # given name and family
_SHORTEST: Final = 2  # letters of a name's word at least (no initial)


def _name_word(text: str) -> bool:
    return len(text) >= _SHORTEST and text.isalpha() and text[0].isupper() and text[1:].islower()


def name_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens the note with `Given Family,` before a bracketed
    imprint split into the author, the comma and the title."""
    if (
        len(tokens) <= _NAME_WORDS + 2
        or tokens[_NAME_WORDS].text != ","  # the exact precheck: `Word Word,` opens the note
        or not found
        or found[0][0] != "title"
        or found[0][1] != 0
        or found[0][2] <= _NAME_WORDS + 1
        or not all(_name_word(tokens[k].text) for k in range(_NAME_WORDS))
    ):
        return list(found)
    b = found[0][2]
    if not bracketed_imprint(tokens, b):
        return list(found)
    head: list[Run] = [
        ("author", 0, _NAME_WORDS),
        (OTHER, _NAME_WORDS, _NAME_WORDS + 1),
        ("title", _NAME_WORDS + 1, b),
    ]
    return [*head, *found[1:]]
