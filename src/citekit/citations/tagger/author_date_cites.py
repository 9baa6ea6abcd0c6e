"""An author-date citation inside a note: `Anderson ve van Wincoop (2003)`, `Santos Silva and
Tenreyro (2006)`, `bkz. Anderson (2003: 45)`. The source names its authors and the year in
brackets, and nothing else: no title. The words before the bracket, capitalised names joined
by an `and` word (or `et al.`), are the authors, however the model read them (one name alone,
or words joined by `of` or `on`, may name a work: `Treaty of Lisbon (2007)`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import family_particles
from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.and_coauthor import and_words
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["names_before_bracketed_year"]

_NAMES: Final = 10  # tokens of the names at most
_MARKS: Final = frozenset({"-", "'", "’", ",", "&"})
_ARTICLES: Final = frozenset({"the", "a", "an", "das", "der", "die", "le", "la", "les", "el"})


@functools.cache
def _et_al() -> frozenset[str]:
    """The first words of the `et al.` phrases, casefolded, their period cut off."""
    return frozenset(w.split()[0].rstrip(".").casefold() for w in shipped_words("et_al") if w)


def _names(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are names: capitalised words, small particles, `and` words."""
    joiners = and_words()
    words = [t.text for t in tokens[a:b] if t.text not in _MARKS and t.text != "."]
    if not words or not words[0][:1].isupper():
        return False
    for w in words:
        folded = w.casefold()
        if w[:1].isupper() and w.isalpha():
            continue
        if folded in joiners or folded in _et_al() or folded == "al":
            continue
        if w.isalpha() and w.islower() and lower(w) in family_particles():
            continue
        return False
    # two names joined by an `and` word, or `et al.`: `Treaty of Lisbon (2007)`, `Paris
    # Agreement (2015)` name works, and one capitalised name alone may be a work's too
    joined = any(w.casefold() in joiners or w.casefold() in _et_al() for w in words[1:])
    return joined and words[0].casefold() not in _ARTICLES


def names_before_bracketed_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the names before a bracketed year read as the authors, in a source of
    those names and the bracket alone (see the module's doc)."""
    fields = [run for run in found if run[0] != OTHER]
    if len(fields) != 2 or fields[0][0] != "title" or fields[1][0] != "issued":
        return found
    _, a, b = fields[0]
    year = fields[1][1]
    if b - a > _NAMES or year != b + 1 or tokens[b].text != "(" or not is_year(tokens[year].text):
        return found
    close = next((k for k in range(year + 1, len(tokens)) if tokens[k].text == ")"), None)
    if close is None or any(t.text not in ".;," for t in tokens[close + 1 :]):
        return found
    if any(not (t.text.isdecimal() or t.text in ":,–-") for t in tokens[year + 1 : close]):
        return found  # `(2003: 45)`, `(2003, 12–14)`: a page may follow the year
    if not _names(tokens, a, b):
        return found
    return painted(found, ("author", a, b))
