"""A GOST title's head the model left out: between the authors' last initial and `//` GOST
writes the title alone (`Kofman M., Lee R. Not Built for Purpose: The Russian Military's …
//`, `Tooze A. Chartbook #128: Russia's War Economy //`). Words of no field between the last
author's initial and a title run that closes at `//` are the title's head, and so are the words
an author's run took in after its initials."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import Token

__all__ = ["title_head_after_initials"]

_RUNS_BEFORE: Final = 2  # the author's run and the words of no field
_HEAD_TOKENS: Final = 2  # tokens of a title's head at least (`Chartbook #128:` is the cut's)


def _initial_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens k, k+1 are an initial and its period."""
    return k + 1 < len(tokens) and is_initial(tokens[k].text) and tokens[k + 1].text == "."


def _words(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are a title's words: a capital first, no bracket or slash."""
    if a >= b or not tokens[a].text[:1].isupper():
        return False
    return not any(t.text in "[]()/" for t in tokens[a:b])


def title_head_after_initials(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that closes at `//` widened back to the last author's initial
    (see the module's doc)."""
    s = slashes_at(tokens)
    if s < 0:
        return found
    j = next((j for j, r in enumerate(found) if r[0] == "title" and r[2] == s), None)
    if j is None or j < _RUNS_BEFORE:
        return found
    (person, a, b), (between, c, d), (_, e, f) = found[j - 2 : j + 1]
    if person != "author" or between != OTHER or d != e or b != c:
        return found
    if any(t.text == "." for t in tokens[c:d]) or d - c < _HEAD_TOKENS:
        return found  # `И. Я. Евсеева, Р. Ю. Тарасов. Title //`: a family after its initials
    if _initial_at(tokens, b - 2) and _words(tokens, c, d):
        # `Lee R. Not Built for Purpose: The …`
        return [*found[: j - 1], ("title", c, f), *found[j + 1 :]]
    cut = next((k + 2 for k in range(a + 1, b - 2) if _initial_at(tokens, k)), None)
    while cut is not None and cut < b and _initial_at(tokens, cut):
        cut += 2  # `Tooze A. B. Chartbook`: the name's other initials
    if cut is None or not _words(tokens, cut, b):
        return found
    # `Tooze A. Chartbook` + `#128:` + `Russia's War Economy`
    return [*found[: j - 2], ("author", a, cut), ("title", cut, f), *found[j + 1 :]]
