"""A run the model read as a person after the title that holds a word naming a kind of work (a
meeting's proceedings, a journal, an encyclopedia, a thesis: `Bildiriler Kitabı`, `Bildiri
Kitabı`, `Proceedings`, `Dergisi`, `Ansiklopedisi`) is no person: no one's name is such a word,
and a person's name after the title comes after a role's word, which such a run lacks. It is
left to no field (`Sempozyumu (12-14 Mayıs 2017), Bildiri Kitabı, Ankara 2018`: the book of the
meeting's papers, its host already read)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["work_word_person"]

# the lexicon's kinds of works (`[words]`), each its begin mark too
_KINDS: Final = frozenset({"conference", "journal", "encyclopedia", "thesis"})


def _worded(marks: Sequence[set[str]], a: int, b: int) -> bool:
    """Whether some token a..b is covered by a kind of work's word."""
    return any(not _KINDS.isdisjoint(marks[k]) for k in range(a, b))


def work_word_person(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an author's run after the title that holds a kind of work's word left to no
    field (see the module's doc)."""
    if len(found) < 3:
        return found
    out = found
    titled = False
    for run in found:
        label, a, b = run
        if label == "title":
            titled = True
        elif label == "author" and titled and _worded(marks, a, b):
            out = painted(out, (OTHER, a, b))
    return out
