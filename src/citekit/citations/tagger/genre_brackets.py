"""A bracketed genre after a quoted title: a body's announcement is cited by its quoted
headline, then what kind of text it is in brackets (`T.C. Ticaret Bakanlığı, “Türkiye ile
Özbekistan Arasında Tercihli Ticaret Anlaşması Yürürlüğe Girdi” (Basın Duyurusu), 1 Nisan
2024`, `“Joint Statement on the C5+1 Ministerial” (Press Statement)`): the quotes close the
title; the bracket names its genre (`[types] press_release`), no word of it, though the model
ran the title on over both."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["genre_after_quoted_title"]

_GENRE_WORDS: Final = 4  # words of a bracketed genre at most


@functools.cache
def _genres() -> frozenset[str]:
    """The press-release phrases of every language, case-folded, one space between words."""
    return frozenset(" ".join(w.casefold().split()) for w in shipped_type_words("press_release"))


def genre_after_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title's run ended at its closing quote when a bracketed genre
    follows the quote inside the run (see the module's doc)."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    if a == 0 or tokens[a - 1].text not in QUOTES:
        return found
    closer = QUOTES[tokens[a - 1].text]
    c = next((k for k in range(a + 1, b) if tokens[k].text == closer), None)
    if c is None or c + 1 >= len(tokens) or tokens[c + 1].text != "(":
        return found
    e = next(
        (k for k in range(c + 2, min(len(tokens), c + 3 + _GENRE_WORDS)) if tokens[k].text == ")"),
        None,
    )
    if e is None or e + 1 < b:
        return found  # the title runs on past the bracket: a bracket of its own words
    genre = " ".join(t.text.casefold() for t in tokens[c + 2 : e])
    if genre not in _genres():
        return found
    rest = [run for run in found[j + 1 :] if run[1] <= e]
    if any(label != OTHER for label, _, _ in rest):
        return found
    after = [run for run in found[j + 1 :] if run[1] > e]
    tail = max((end for _, _, end in rest), default=b)
    return [*found[:j], ("title", a, c), (OTHER, c, max(e + 1, tail)), *after]
