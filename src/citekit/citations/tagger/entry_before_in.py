"""An unsigned entry cited in its reference work (Vancouver's `Koumiss. In: Oxford English
Dictionary [Internet]. Oxford: Oxford University Press; 2021.`): the words before `In:` that
the model read as a name are the entry's title when they bear no initial, no comma and no
body's word (a name in Vancouver carries its initials), and the title after `In:` is the
host."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.in_hosts import after_in
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["entry_before_in"]

_MAX_WORDS: Final = 4  # words of an entry's headword at most


def entry_before_in(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a headword read as a name before `In:` read as the title (module doc)."""
    labels = [run[0] for run in found]
    if "container-title" in labels or labels.count("title") != 1 or labels.count("author") != 1:
        return found
    j = next(i for i, label in enumerate(labels) if label != OTHER)
    t = labels.index("title")
    if labels[j] != "author" or t != j + 2:
        return found
    _, a, b = found[j]
    words = tokens[a:b]
    if len(words) > _MAX_WORDS or any(not w.text.isalpha() or len(w.text) < 2 for w in words):
        return found  # an initial, a comma, a period: a person's name
    if not after_in(tokens, found[t][1]) or is_organisation(written_text(tokens, a, b)):
        return found
    _, c, d = found[t]
    return [*found[:j], ("title", a, b), found[j + 1], ("container-title", c, d), *found[t + 1 :]]
