"""A book's house after its volume. MLA and Chicago write a multi-volume book's volume as a
sentence of its own after the title, then the publisher and the year (`Title. Vol. 1,
Blackwell, 2004.`); a journal's volume follows its host instead (`"Title." Journal, vol. 3`).
A name run after such a volume, with no host before it, is the book's publisher (or its place,
when the lexicon names one), not a host."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import capitalised
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["house_after_volume"]


_BETWEEN = frozenset({OTHER, "editor", "translator", "edition"})


def _after_title(tokens: list[Token], marks: list[set[str]], found: list[Run], v: int) -> bool:
    """Whether the volume's run `v` follows a title's sentence, with only the book's other
    contributors and edition between (`. Translated by A, vol. 1`), its word just before it or
    opening it."""
    c, d = found[v][1], found[v][2]
    if not any("Bvolume" in marks[k] for k in range(max(c - 2, 0), d)):
        return False
    k = v - 1
    while k >= 0 and found[k][0] in _BETWEEN:
        k -= 1
    if k < 0 or found[k][0] != "title" or k == v - 1:
        return False
    return tokens[found[k][2]].text == "."


def house_after_volume(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the host run after a book's volume sentence read as its publisher or place
    (see the module's doc)."""
    if "Bvolume" not in marks_union(marks):
        return found
    labels = [run[0] for run in found]
    if labels.count("container-title") != 1 or "publisher" in labels:
        return found
    j = labels.index("container-title")
    if j < 4 or j + 2 >= len(found):
        return found
    (vol, _, d), (comma, e, f) = found[j - 2 : j]
    a, b = found[j][1], found[j][2]
    if vol != "volume" or comma != OTHER or not _after_title(tokens, marks, found, j - 2):
        return found
    if d != e or f != a or tokens[e].text != "," or f - e != 1:
        return found
    after, year = found[j + 1], found[j + 2]
    if after[0] != OTHER or tokens[after[1]].text != "," or after[2] - after[1] != 1:
        return found
    if year[0] != "issued" or not all(capitalised(t.text) for t in tokens[a:b] if t.text.isalpha()):
        return found
    if any(not (t.text.isalpha() or t.text in "&.-") for t in tokens[a:b]):
        return found
    label = "publisher-place" if one_place(marks, a, b) else "publisher"
    return [*found[:j], (label, a, b), *found[j + 1 :]]
