"""Prose before a see-word: `Jones (2010) argues that …; see Jones, S. (2010). Neutrality in
Central Asia.` The note's own sentence comes first and `; see` points at the source after it:
a title's run before that see-word, with the source's author and title after it, is the
note's prose, never the source's title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["prose_before_see"]

_SEE: Final = "see"
_SEPARATORS: Final = frozenset({";", "."})


def prose_before_see(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first title's run given to no field when `; see` follows it, then an
    author's run and a second title's run."""
    if _SEE not in marks_union(marks) or ";" not in text_set(tokens):
        return found  # most notes: no see-word, no semicolon
    labels = [run[0] for run in found]
    if labels.count("title") < 2 or labels[0] != "title":
        return found
    _, a, b = found[0]
    if len(found) < 4 or found[1][0] != OTHER or found[2][0] != "author":
        return found
    gap = range(found[1][1], found[1][2])
    if not any(tokens[k].text == ";" for k in gap) or not any(_SEE in marks[k] for k in gap):
        return found
    if "title" not in labels[3:]:
        return found
    return [(OTHER, a, b), *found[1:]]
