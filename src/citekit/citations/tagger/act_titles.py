"""GOST 7.1's act: `О статусе военнослужащих : федер. закон от 27 мая 1998 г. № 76-ФЗ`,
`Об утверждении Стратегии : указ Президента Рос. Федерации от …`. The act's name comes first
and its kind after a colon (a document's kind, maybe after abbreviated words: `федер.`,
`Федер. конституц.`); the title ends before that colon, never running on over the kind. The
kind and its issuer up to the act's date or number are its genre (`Указ Президента Рос.
Федерации`), when the model read no genre."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["title_before_act"]

_KIND: Final = "Blegislation"
_ABBREVIATED: Final = 2  # abbreviated words before the kind (`федер. конституц. закон`)
_NEAR: Final = 6  # how far after the kind its date's word or number stands (`указ Президента …`)


@functools.cache
def _dated() -> frozenset[str]:
    """The words that date an act (`от`, `від`) and its number's sign."""
    return frozenset({*(w.casefold() for w in shipped_words("dated")), "№"})


def _kind_at(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether a document's kind opens at `k`, maybe after abbreviated words (`Федер. закон`)."""
    for _ in range(_ABBREVIATED + 1):
        if k >= len(tokens):
            return False
        if _KIND in marks[k]:  # … dated or numbered next (`Kanun Yapma Süreci` is a title's)
            near = tokens[k + 1 : k + 1 + _NEAR]
            return any(t.text.casefold() in _dated() for t in near)
        word = tokens[k].text
        if not (word.isalpha() and k + 1 < len(tokens) and tokens[k + 1].text == "."):
            return False
        k += 2
    return False


def title_before_act(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run cut before a colon that a document's kind follows."""
    if _KIND not in marks_union(marks):
        return found  # most notes: no document's kind
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for c in range(a + 1, b):
            if tokens[c].text == ":" and _kind_at(tokens, marks, c + 1):
                cut = [*found[:j], ("title", a, c), (OTHER, c, b), *found[j + 1 :]]
                return _designated(tokens, cut, c + 1)
    return found


def _designated(tokens: list[Token], found: list[Run], k: int) -> list[Run]:
    """`found` with the act's kind and issuer from `k` up to its date's word or number's
    sign (`указ Президента Рос. Федерации от …`) as its genre, when no genre was read."""
    if any(label == "genre" for label, _a, _b in found):
        return found
    limit = min(len(tokens), k + 2 * _ABBREVIATED + _NEAR + 2)
    end = next((e for e in range(k + 1, limit) if tokens[e].text.casefold() in _dated()), None)
    if end is None or any(t.text in "/;()" or t.text[:1].isdigit() for t in tokens[k:end]):
        return found
    return painted(found, ("genre", k, end))
