"""A periodical's name read as a place. A reference list may name a magazine or a journal
right after the title, then its year, issue and pages, with commas (`Kazakhstanskii tranzit
[Kazakhstan's Transit]. Ekspert, 2019, no. 12, pp. 34–38.`, the Scopus and RSCI form); a
one-sentence place run there that no lexicon knows as a place, in a note with no host and no
publisher, before an issue and pages, after the title's bracketed translation, is the
periodical's name: a place of publication dates no issue (a book's place may stand before its
volume: `Туркестан, 1963, т. 2, с. 45`). So is a run read as an issue or a volume that holds no
number, after a quoted title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, is_year
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["serial_as_number", "serial_as_place"]

_SERIAL: Final = frozenset({"volume", "issue"})
_TWO: Final = 2  # the bracket and the period before the name
_QUOTED: Final = 2  # a title's word and its closing quote before the name, at least
_IMPRINT: Final = frozenset({"container-title", "publisher", "number-of-pages"})


def serial_as_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an unknown place's run before `, Year, <issue>` read as the host (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if labels.count("publisher-place") != 1 or not _IMPRINT.isdisjoint(labels):
        return found
    if "issue" not in labels or "page" not in labels:
        return found  # `Туркестан, 1963, т. 2, с. 45`: a book's place, its volume
    j = labels.index("publisher-place")
    _, a, b = found[j]
    if a < 1 or tokens[a - 1].text != "." or b + 2 >= len(tokens):
        return found  # the name opens a sentence of its own
    if tokens[b].text != "," or not is_year(tokens[b + 1].text) or tokens[b + 2].text != ",":
        return found
    if any(marks[k] & PLACE_MARKS for k in range(a, b)):
        return found  # `Almaty, 2019, …`: a known place
    if a < _TWO or tokens[a - 2].text != "]" or not tokens[a].text.isascii():
        return found  # the romanised References' form: the title's translation right before
    if not all(label in (OTHER, "issued", *_SERIAL, "page") for label in labels[j + 1 :]):
        return found
    return [*found[:j], ("container-title", a, b), *found[j + 1 :]]


def serial_as_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an issue's or a volume's run that holds no number, right after a quoted
    title's closing quote, read as the host in a note that names none (`“Title.” Bianet, 8
    Mart.`): a periodical's name, as no number is written in words alone."""
    labels = [run[0] for run in found]
    if "container-title" in labels or _SERIAL.isdisjoint(labels):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in _SERIAL or a < _QUOTED or tokens[a - 1].text not in CLOSING_MARKS:
            continue
        words = tokens[a:b]
        if any(c.isdigit() for t in words for c in t.text) or not words[0].text[:1].isupper():
            return found
        if any(set(t.text.upper()) <= ROMAN for t in words if t.text.isalpha()):
            return found  # `” IV, 12`: a Roman number
        return [*found[:j], ("container-title", a, b), *found[j + 1 :]]
    return found
