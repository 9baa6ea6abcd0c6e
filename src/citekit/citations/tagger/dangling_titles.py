"""A title cut after a small word: `Hydrology in | Practice, fourth ed. Spon Press`. No title
ends on a preposition, an article or a conjunction in small letters (`in`, `of`, `the`, `and`:
the words title case keeps in small letters, `[casing]`), so a host's run that the model
opened right after one, no mark between, goes on the title: the two are one title, the small
word inside it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, language

__all__ = ["title_over_small_word"]


@functools.cache
def _small_words() -> frozenset[str]:
    """The words title case keeps in small letters, of every language (`[casing]`: `in`,
    `of`, `the`, `and`): no title ends on one."""
    return frozenset(
        w for code in available_languages() for w in language(code).title_lowercase if " " not in w
    )


_TRAILING: Final = frozenset({",", ".", ";", ":"})


def title_over_small_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that goes on a title cut after a small word given to the title
    (see the module's doc)."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label != "title" or b - a < 2:
            continue
        host, c, d = found[j + 1]
        if host != "container-title" or c != b:
            return found
        last = tokens[b - 1].text
        if not (last.isalpha() and last.islower() and last in _small_words()):
            return found  # `The economics of tax | The Economist`: a noun closes a title
        if tokens[b - 2].text in _TRAILING or not tokens[c].text[:1].isupper():
            return found
        while d > c + 1 and tokens[d - 1].text in _TRAILING:
            d -= 1
        return painted(found, ("title", a, d))
    return found
