"""A series named after a book's imprint, in the note's last sentence (MLA's `… Princeton UP,
1990. Bollingen Series 72.`, `Otto Harrassowitz, 1990. Asiatische Forschungen 110.`): a
work's host comes before its imprint, so a host's run and the number closing it, in the
sentence after `Publisher, Year.` that ends the note, are the book's series and its number.
A name with no number there is a platform the book was read on (`Google Books`), a
periodical's name with one its volume (`Slavic Review 70`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["series_closing_note"]

_NUMBERED: Final = frozenset({"volume", "issue"})
_PERIODICAL: Final = frozenset({"journal", "newspaper", "publisher"})


def series_closing_note(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run after the imprint's `Publisher, Year.` that closes the note
    read as the collection's title with the number that closes it: no periodical's nor
    platform's (`Slavic Review 70`, `Google Books`, `HathiTrust Digital Library`)."""
    fields = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    if len(fields) < 4 or fields[0][1][0] == "container-title":
        return found
    k = next((i for i, (_, run) in enumerate(fields) if run[0] == "container-title"), None)
    if k is None or k < 3 or fields[k - 1][1][0] != "issued" or fields[k - 2][1][0] != "publisher":
        return found
    if not any(run[0] == "title" for _, run in fields[: k - 2]):
        return found
    j, (_, a, b) = fields[k]
    between = " ".join(t.text for t in tokens[fields[k - 1][1][2] : a])
    if between != ".":
        return found  # the year's sentence ends right before the series
    if k + 2 != len(fields):
        return found  # no number closes it: a platform, a database
    jn, (label, c, d) = fields[k + 1]
    if label not in _NUMBERED or c != b:
        return found
    if any(not marks[i].isdisjoint(_PERIODICAL) for i in range(a, b)):
        return found  # `Slavic Review 70`: a journal's volume
    end, last = d, jn
    if any(t.text not in ".," for t in tokens[end:]):
        return found  # the note goes on: no closing sentence
    return [*found[:j], ("collection-title", a, end), *found[last + 1 :]]
