"""An unsigned work cited by its title before an İSNAD-style imprint (`Nutuk, TTK Yay., Ankara
1989, s. 5.`, `Kutadgu Bilig, TDK Yayınları, Ankara 1988.`, `Safahat, İnkılap Kitabevi,
İstanbul 1987`): the part that a publisher's word closes (`Yay.`, `Yayınları`, `Kitabevi`,
`Press`), right before the place and the year (or the year alone), is the publisher, never
the title; the note's opening part before it, no person's name, is then the title the model
read as an author. A work always has a title: an author with none before the imprint is one."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run, label_at, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["unsigned_imprint"]

_OPENING: Final = frozenset({"author", "title"})  # what the model read the opening part as
_SENTENCE_ENDS: Final = frozenset('.:;()“”«»"')  # what no publisher's name holds inside
_MAX_PLACE: Final = 3  # words of a place's name (`New York`, `Rio de Janeiro`)


def _publisher_end(tokens: list[Token], marks: list[set[str]], c: int, end: int) -> bool:
    """Whether the part from `c` to `end` closes with a publisher's word (its period after)."""
    last = end - 2 if tokens[end - 1].text == "." and end - 2 > c else end - 1
    return "publisher" in marks[last] and tokens[last].text[:1].isupper()


def _place_year(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where the year after the place that opens at `k` stands (`Ankara 1989`, `Ankara,
    1989`, `1989`), or None."""
    i = k
    while i < len(tokens) and i - k < _MAX_PLACE and "cities" in marks[i]:
        i += 1
    if i < len(tokens) and tokens[i].text == "," and i > k:
        i += 1
    if i < len(tokens) and tokens[i].text.isdigit() and len(tokens[i].text) == 4:
        return i
    return None


def unsigned_imprint(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an unsigned work's title and publisher read (see the module's doc)."""
    if not tokens or label_at(found, 0) not in _OPENING:
        return found
    first = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if first is None or first < 1:
        return found
    end = next((k for k in range(first + 1, len(tokens)) if tokens[k].text == ","), None)
    if end is None or end - first < 2 or not _publisher_end(tokens, marks, first, end):
        return found
    if any(t.text in _SENTENCE_ENDS for t in tokens[first + 1 : end - 1]):
        return found  # `Kaya, Ali. Türkiye. Oxford University Press, New York`: a title's end
    year = _place_year(tokens, marks, end + 1)
    if year is None:
        return found
    opening = [t.text for t in tokens[:first]]
    if not all(w[:1].isupper() or not w.isalpha() for w in opening):
        return found
    if lower(opening[0]) in given_names():
        return found  # `Orhan Pamuk, İletişim Yay., …`: a person's name, a short form's
    if any(label == "title" and a > year for label, a, _b in found):
        return found  # a title after the imprint: the opening part is no title
    if {label for label, a, _b in found if a < first} >= _OPENING:
        return found  # `Бабаев А.Г. Пустыня Каракумы. М., Наука, 1977`: a heading, a title
    out = painted(found, ("title", 0, first))
    out = painted(painted(out, (OTHER, first, first + 1)), ("publisher", first + 1, end))
    place_end = year - 1 if tokens[year - 1].text == "," else year
    if place_end > end + 1:
        out = painted(out, ("publisher-place", end + 1, place_end))
    return painted(out, ("issued", year, year + 1))
