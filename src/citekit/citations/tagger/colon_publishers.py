"""The name after a place and its colon in an imprint is its publisher (`Almaty: Kazakhstan
Institute for Strategic Studies, 2015`, `Stockholm: Institute for Security and Development
Policy, 2012`): every family writes `Place: Publisher, Year`, and no journal, editor nor author
stands between a place's colon and the year. A body's name there (its `Studies`, its `and`)
reads to the model like a journal's or like names; the imprint's order says it is the
publisher."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import Run, is_year, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.type_cues import has_cue

__all__ = ["publisher_after_colon"]

_PLACE: Final = "publisher-place"
_MAX_TOKENS: Final = 12  # tokens of the publisher's name at most
_MISREAD: Final = frozenset({"container-title", "editor", "author", "publisher", "other"})
_NUMBERS: Final = frozenset({"volume", "issue"})  # a periodical's numbers
_JOINERS: Final = frozenset({"&", "-", "–", "'", "’", "."})  # marks inside a body's name


def _name_end(tokens: list[Token], start: int) -> int | None:
    """The end of the name opened at `start`: its comma before the year, or None."""
    for k in range(start, min(len(tokens) - 1, start + _MAX_TOKENS + 1)):
        text = tokens[k].text
        if text == ",":
            return k if k > start and is_year(tokens[k + 1].text) else None
        if not (text.isalpha() or text in _JOINERS):
            return None
    return None


def _series_number(found: list[Run], j: int) -> bool:
    """Whether number run `j` is a book series' (GOST's `— (Татарстан в XIX веке ; вып. 4)`):
    the series' name, then a mark and the number's label, right before it."""
    return j >= 2 and found[j - 2][0] == "collection-title" and found[j - 1][0] == "other"


def _periodical(found: list[Run]) -> bool:
    """Whether `found` holds a periodical's numbers: an issue, or a volume before any year (a
    book's volume after its imprint's year, `Алма-Ата: Гл. ред. Каз. сов. энцикл., 1985. Т. 2`,
    is a set's), none of them a book series'."""
    dated = False
    for j, (label, _, _) in enumerate(found):
        dated = dated or label == "issued"
        if label in _NUMBERS and not _series_number(found, j) and (label == "issue" or not dated):
            return True
    return False


def publisher_after_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the name between a place's colon and the year read as the publisher, when
    the model read it as a host, an editor or an author; not in a note with a periodical's
    numbers (`М.: Вестник МГУ, 2019, № 4`: a journal named after its place stays the host)."""
    if ":" not in text_set(tokens) or _periodical(found):
        return list(found)  # no colon (most notes), or a periodical's numbers
    for label, _, b in found:
        if label != _PLACE or b + 1 >= len(tokens) or tokens[b].text != ":":
            continue
        end = _name_end(tokens, b + 1)
        if end is None:
            continue
        name = " ".join(t.text for t in tokens[b + 1 : end])
        if has_cue("journal", name) and not is_organisation(name):
            continue  # `London: Journal of Politics, 2015`: a periodical's name stays the host
        inside = {lab for lab, c, d in found if c < end and d > b + 1}
        if any(lab == "title" and d <= b for lab, _, d in found):
            inside -= {"title"}  # the work's title read before: a piece of the name misread
        if inside <= _MISREAD and inside != {"publisher"} and inside - {"other"}:
            return painted(found, ("publisher", b + 1, end))
    return list(found)
