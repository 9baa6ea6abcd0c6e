"""A title's tail the model left unread: it may end a title before its last plain words
(`Kinship and patronage in Kazakh politics. Journal of …` read as the title `Kinship and
patronage`; `Steppe Memory and the Soviet Archive. Cornell UP` as `Steppe Memory`). When a
title's run ends on a word, and the unread run after it holds plain words alone (no label's,
role's, house's or host's word, no mark) up to a sentence's period that a field's run follows,
those words are the title's. A page's word closing a title's or host's run is no word of it
(`page_label_out_of_work`). (`title_tails.py` takes small-letter words up to a period without
the field's run after them; these may hold capitals.)"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["page_label_out_of_work", "title_over_plain_tail"]

_WORDS: Final = 8  # plain words of a tail at most
# the lexicon's marks a title's plain word may carry: a joining word, a city's or an archive's
# name (`Steppe Memory and the Soviet Archive`); a label's, role's, house's or host's is none
_PLAIN: Final = frozenset(
    {"and", "Band", "cities", "Bcities", "places", "Bplaces", "archive", "Barchive"}
)
_IN: Final = frozenset({"in", "Bin"})


@functools.cache
def _counts() -> frozenset[str]:
    """The words of a set's count (`[words] volumes_counted`, `count_numbers`: `томах`, `пяти`),
    folded as the lexicon folds them."""
    return frozenset(
        fold(w) for w in shipped_words("volumes_counted") | shipped_words("count_numbers")
    )


def _plain(text: str, marks: set[str]) -> bool:
    """Whether a word is a title's plain word: `in` in small letters too, a title's preposition
    inside its sentence (`In`, `In:` open a host)."""
    return text.isalpha() and (marks <= _PLAIN or (text == "in" and marks <= _PLAIN | _IN))


def title_over_plain_tail(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with such a title's tail read as the title's (module doc)."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        other, c, d = found[j + 1]
        if label != "title" or other != OTHER or found[j + 2][0] == OTHER:
            continue
        if not tokens[b - 1].text.isalnum() or tokens[d - 1].text != "." or d - 1 - c > _WORDS:
            continue
        tail = range(c, d - 1)
        if not tail or not all(_plain(tokens[k].text, marks[k]) for k in tail):
            continue
        if any(fold(tokens[k].text) in _counts() for k in tail):
            continue  # `Собрание сочинений в пяти томах`: a set's count, no title's words
        if len(tokens[d - 2].text) == 1:
            continue  # `… in Asia, ed. J.`: an initial's period, no sentence's
        return [*found[:j], (label, a, d - 1), (OTHER, d - 1, d), *found[j + 2 :]]
    return found


_WORKS: Final = frozenset({"title", "container-title"})
_PAGE_MARKS: Final = frozenset({"page", "Bpage"})
_LABELLED: Final = 3  # a word, the comma and the page's word at least
_GAP: Final = 2  # tokens between the page's word and its pages at most (its period)


def page_label_out_of_work(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a page's label the model ran a title's or host's run on over (LNCS's `(eds.)
    Advances in …, pp. 310–322.`) cut off: a run closing on a comma and a page's word before the
    pages' run ends before that comma."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label not in _WORKS or b - a < _LABELLED or not marks[b - 1] & _PAGE_MARKS:
            continue
        if tokens[b - 2].text != "," or not tokens[b - 1].text.isalpha():
            continue
        after = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
        if after is None or after[0] != "page" or after[1] - b > _GAP:
            continue
        return [*found[:j], (label, a, b - 2), (OTHER, b - 2, b), *found[j + 1 :]]
    return found
