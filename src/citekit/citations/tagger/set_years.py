"""A set's years in its imprint. A work published in several volumes over some years gives both
years after its publisher, the second whole or shortened (`3 vols. (Cambridge, MA: Harvard
University, 1998–99), 1:43`, `Leiden: E. J. Brill, 1956–62.`, `İstanbul: Üçdal, 1969–71`):
the span is the imprint's date, whatever run the model left it in, and the date is its first
year (never a page range: a page range follows no publisher's comma)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, is_year, labels_at, runs
from citekit.citations.tagger.tokens import SHORT_DASHES, Token
from citekit.citations.tagger.volume_year_spans import later_year

__all__ = ["imprint_year_span"]

_SPAN: Final = 3  # tokens of `1998–99`
_LONGEST: Final = 60  # years a set's printing spans at most
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_AFTER: Final = frozenset({")", ".", ",", ";", "]"})


def _span(tokens: list[Token], a: int) -> bool:
    """Whether tokens a… are two years joined by a dash (`1998–99`, `1958–2000`), closing
    their area."""
    if a + _SPAN > len(tokens):
        return False
    first, dash, last = tokens[a : a + _SPAN]
    if dash.text not in SHORT_DASHES or not (is_year(first.text) and last.text.isdecimal()):
        return False
    if a + _SPAN < len(tokens) and tokens[a + _SPAN].text not in _AFTER:
        return False
    return later_year(first.text, last.text, _LONGEST)


def imprint_year_span(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a span of two years right after the publisher's or the place's comma read
    as the date, in a note with no date read (see the module's doc)."""
    if any(label == "issued" for label, _a, _b in found):
        return found  # most notes
    labels = labels_at(found, len(tokens))
    for k in range(2, len(tokens) - 2):
        if tokens[k - 1].text != "," or labels[k - 2] not in _IMPRINT or not _span(tokens, k):
            continue
        labels[k : k + _SPAN] = ["issued"] * _SPAN
        return runs(labels)
    return found
