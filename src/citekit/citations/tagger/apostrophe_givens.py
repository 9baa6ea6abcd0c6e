"""A romanised given name with its soft sign's apostrophe (`Kuznetsova, Tat'iana. 2005.`,
`Gor'kii`): the tokenizer parts the word at the apostrophe, and the model may read the name's
pieces as a title. After an author's family and its comma, a word so glued and closed by the
period before the year is the author's given name."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, is_year
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["given_with_apostrophe"]

_APOSTROPHES: Final = frozenset({"'", "’", "ʹ", "ʼ"})
_PIECES: Final = 3  # a word, its apostrophe and the word after it


def _glued_word(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are one capitalised word glued across apostrophes."""
    if b - a < _PIECES or not tokens[a].text[:1].isupper():
        return False
    glued = all(tokens[k].start == tokens[k - 1].end for k in range(a + 1, b))
    marks = any(tokens[k].text in _APOSTROPHES for k in range(a + 1, b - 1))
    return glued and marks and all(t.text.isalpha() or t.text in _APOSTROPHES for t in tokens[a:b])


def given_with_apostrophe(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given name after an author's family and comma (see the module's doc)."""
    if _APOSTROPHES.isdisjoint(text_set(tokens)):
        return found
    for j in range(len(found) - 2):
        author, comma, name = found[j : j + 3]
        if author[0] != "author" or comma[2] - comma[1] != 1 or tokens[comma[1]].text != ",":
            continue
        a, b = name[1], name[2]
        if name[0] == "author" or not _glued_word(tokens, a, b):
            continue
        if b + 1 >= len(tokens) or tokens[b].text != "." or not is_year(tokens[b + 1].text):
            continue
        return [*found[:j], ("author", author[1], b), *found[j + 3 :]]
    return found
