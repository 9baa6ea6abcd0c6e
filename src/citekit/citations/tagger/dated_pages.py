"""A page after a periodical's day: `“Türkmen Heyeti Ankara’da”, Cumhuriyet, 4 Mart 1992, 1.`,
`The Times, 12 May 2001, 3`. A newspaper's or a magazine's issue is named by its day; the bare
number after that day and its comma, closing the note, is the page it was printed on. A volume
is written before its date, never after a day and its month, so the model's `volume` there is
read as the page, and so is a second date made of that number alone (`New York Times, January
20, 2022, 8.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["page_after_day"]

_TWO: Final = 2  # date runs: the day's, and the page the model read as one


def _closes(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether nothing but a period or a bracket's end follows run `j`."""
    if any(label != OTHER for label, _, _ in found[j + 1 :]):
        return False
    return all(token.text in ".)" for token in tokens[found[j][2] :])


def page_after_day(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the one bare number read as a volume (or as a second date) after a date
    naming its month, its comma between and nothing after it, read as the page (in a note with
    no page)."""
    labels = [label for label, _, _ in found]
    if "page" in labels or "issued" not in labels:
        return found  # most notes (at C speed)
    if labels.count("volume") == 1:
        j = labels.index("volume")
    elif labels.count("issued") == _TWO and labels[-1] != "issued" and labels[-2] == "issued":
        j = len(labels) - 2  # `…, January 20, 2022, 8.`: the page read as a second date
    elif labels.count("issued") == _TWO and labels[-1] == "issued":
        j = len(labels) - 1
    else:
        return found
    _, a, b = found[j]
    if labels[j] == "issued" and is_year(tokens[a].text):
        return found
    if b - a != 1 or not tokens[a].text.isdecimal() or j < 2 or not _closes(tokens, found, j):
        return found
    comma, dated = found[j - 1], found[j - 2]
    if comma[0] != OTHER or [t.text for t in tokens[comma[1] : comma[2]]] != [","]:
        return found
    if dated[0] != "issued" or not any("month" in marks[k] for k in range(dated[1], dated[2])):
        return found
    return painted(found, ("page", a, b))
