"""A book's title written between commas in İSNAD 1's order. The hand-written İSNAD 1 form and
its kin in every language of the region write `Author, Title, Publisher, Place Year`: one author's
name in its natural order, then the title, whatever commas it holds (`Coercion, Capital and
European States`, `Great Games, Local Rules`, `Salonica, City of Ghosts`), then the imprint. All
that stands between the name's comma and the publisher's is the title when it holds no quote, no
sentence's full stop and no person's role, volume or issue: such a book names no host, and a
place comes only after its house."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["title_to_publisher"]

_SPAN: Final = frozenset({"author", "title", "container-title", "publisher-place", OTHER})
_CLOSERS: Final = frozenset(QUOTES.values())
_STOPS: Final = frozenset({".", ";", "(", ")", "[", "]", "/", "//"})
_NAME_WORDS: Final = 2  # words of a name in its natural order before its comma (`Mark Mazower`)


def _imprint(tokens: list[Token], found: list[Run]) -> int | None:
    """The index of the publisher's run closing the note's `, Publisher, Place Year`, or None."""
    for j in range(1, len(found) - 3):
        label, a, _b = found[j]
        comma, place, year = found[j + 1 : j + 4]
        if label != "publisher" or place[0] != "publisher-place" or year[0] != "issued":
            continue
        if tokens[a - 1].text != "," or comma[0] != OTHER or comma[2] - comma[1] != 1:
            continue
        if year[1] == place[2]:
            return j
    return None


def _name_comma(tokens: list[Token], run: Run) -> int | None:
    """The comma after the note's first name: the end of its first run, or a comma inside it
    after a name of two words or more (`Alexander Cooley, Great Games`)."""
    label, a, b = run
    if label != "author" or a != 0:
        return None
    comma = next((k for k in range(a + 1, b) if tokens[k].text == ","), None)
    if comma is None:
        return b if b < len(tokens) and tokens[b].text == "," else None
    words = [t.text for t in tokens[a:comma]]
    if len(words) < _NAME_WORDS or not all(w.isalpha() and w[:1].isupper() for w in words):
        return None
    return comma


def _person(tokens: list[Token], run: Run) -> bool:
    """Whether a run read as an author may be a co-author's name: initials, or a known given
    name first (`Mehmet Kaya`); `Under Three Flags` is none."""
    _label, a, b = run
    return any(t.text == "." for t in tokens[a:b]) or lower(tokens[a].text) in given_names()


def title_to_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with all between the first name's comma and the publisher's comma read as the
    title, in a note of İSNAD 1's book form (see the module's doc)."""
    if not found or (j := _imprint(tokens, found)) is None:
        return found
    comma = _name_comma(tokens, found[0])
    end = found[j][1] - 1  # the publisher's comma
    if comma is None or comma + 1 >= end:
        return found
    inside = [run for run in found if run[2] > comma and run[1] < end]
    labels = [run[0] for run in inside]
    if any(label not in _SPAN for label in labels) or "title" not in labels:
        return found
    if any(run[0] == "author" and _person(tokens, run) for run in inside[1:]):
        return found  # `Ahmet Yılmaz, Mehmet Kaya, Türk Tarihi`: a co-author's name
    if labels == [OTHER, "title"] or labels == ["title"]:
        return found  # read as the rule reads it already
    if any(tokens[k].text in _STOPS or tokens[k].text in QUOTES for k in range(comma + 1, end)):
        return found
    if any(tokens[k].text in _CLOSERS for k in range(comma + 1, end)):
        return found
    if tokens[comma + 1].text == "," or tokens[end - 1].text == ",":
        return found
    runs: list[Run] = [
        ("author", 0, comma),
        (OTHER, comma, comma + 1),
        ("title", comma + 1, end),
    ]
    return [*runs, *found[j - 1 :]] if found[j - 1][1] == end else found
