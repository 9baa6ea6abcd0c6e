"""A note that opens with a name, an "and others" phrase and a comma (`Ahmet Yaşar Ocak vd.,
Title`, `Mehmet Ali Kaya ve diğerleri, Title`, `John R. Smith et al., Title`) opens with its
first author: the phrase follows only a person's name. So the capitalised words before it are
the author's, whatever else they may be (a month's name, `Ocak`, `Nisan`, `Eylül`, is a Turkish
family or given name too; a place's), and the phrase and its comma belong to no field."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token, token_texts
from citekit.languages import shipped_words

__all__ = ["et_al_end", "et_al_head"]

_PERSON: Final = "author"
_WORDS: Final = (2, 4)  # a given name and a family name, up to two of each
_SHORTEST: Final = 2  # letters of a name's word (no initial)


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    """The `[words] et_al` phrases as casefolded token texts, the longest first."""
    found = {tuple(t.casefold() for t in token_texts(w)) for w in shipped_words("et_al")}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@functools.cache
def _first_words() -> frozenset[str]:
    """The first casefolded token text of each `[words] et_al` phrase (`vd`, `ve`, `и`)."""
    return frozenset(phrase[0] for phrase in _phrases())


def _name_word(text: str) -> bool:
    """Whether `text` is a capitalised word of two letters or more (`Ahmet`, `OCAK`)."""
    return len(text) >= _SHORTEST and text.isalpha() and text[0].isupper()


def et_al_end(tokens: Sequence[Token], k: int) -> int:
    """The index after the "and others" phrase at `k` (`vd.`, `ve diğerleri`), or `k`."""
    if k >= len(tokens) or tokens[k].text.casefold() not in _first_words():
        return k  # no phrase starts at `k` (most notes: a name's third word, a comma)
    for phrase in _phrases():
        end = k + len(phrase)
        if end <= len(tokens) and all(
            tokens[k + j].text.casefold() == word for j, word in enumerate(phrase)
        ):
            if phrase[-1] != "." and end < len(tokens) and tokens[end].text == ".":
                end += 1  # `vd.` listed without its period
            return end
    return k


def et_al_head(tokens: Sequence[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the name before a note's opening "and others" phrase given to the author
    and the phrase to no field (see the module's doc)."""
    out = list(labels)
    n = 0
    while n < min(len(tokens), _WORDS[1] + 1) and _name_word(tokens[n].text):
        n += 1
    if not _WORDS[0] <= n <= _WORDS[1]:
        return out
    end = et_al_end(tokens, n)
    if end == n or end >= len(tokens) or tokens[end].text != ",":
        return out
    if all(label == _PERSON for label in out[:n]) and _PERSON not in out[n : end + 1]:
        return out  # read so already (most such notes)
    out[:n] = [_PERSON] * n
    out[n : end + 1] = [OTHER] * (end + 1 - n)
    return out
