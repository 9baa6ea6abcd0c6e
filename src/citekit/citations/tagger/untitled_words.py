"""A title the model left unlabelled. In a note with no title run, the words of a sentence of
their own between the author's run and the imprint (`Бөкейхан Ә. Шығармалар жинағы. –
Астана: …`) are the title: capitalised, no role's, label's or lead-in's word among them."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["unlabelled_title"]

_NOT_TITLE: Final = frozenset(
    {"editor", "translator", "Bvolume", "volume", "page", "extent", "see", "et_al", "in"}
    | {"issue", "edition", "accessed", "and"}
)
_ENDS: Final = frozenset({".", "–", "—", "-", ":"})


def unlabelled_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the words between an author's run and the imprint read as the title when
    no run is the title (see the module's doc)."""
    if any(run[0] == "title" for run in found):
        return found
    for j in range(1, len(found) - 1):
        if found[j - 1][0] != "author" or found[j][0] != OTHER:
            continue
        _, a, b = found[j]
        s = a
        while s < b and tokens[s].text in _ENDS:
            s += 1
        e = b
        while e > s and tokens[e - 1].text in _ENDS:
            e -= 1
        words = tokens[s:e]
        if tokens[s - 1].text not in _ENDS or not words or not words[0].text[:1].isupper():
            continue
        if any(not (t.text.isalpha() or t.text in ",-") for t in words):
            continue
        if any(marks[k] & _NOT_TITLE for k in range(s, e)):
            continue
        if e == b or tokens[e].text != ".":
            continue  # a sentence of its own
        runs = [(OTHER, a, s)] if s > a else []
        runs += [("title", s, e), (OTHER, e, b)]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
