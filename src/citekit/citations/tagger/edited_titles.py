"""Two hosts of an author-year list written with commas (`SURNAME, Given (Year), Title, …`):
the book after its editor's bracketed role is the chapter's host (`“Chapter”, C. M. Hann
(Ed.), Postsocialism: Ideals, …, Routledge, London, pp. 238-257.`), and a house read as the
host before the place that closes the reference is the house when a house's word closes it
(`…, C. 9, Yeni Türkiye Yayınları, Ankara, s. 45-67.`): a journal, a paper, a book or a
meeting may be followed by its city too (`Türk Dili, Ankara`). A house whose comma before the
year was left out is the house (`(Moscow: Prava cheloveka 2001)`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.tagger.worded_dates import season_word
from citekit.dates import read_date
from citekit.languages import shipped_words

__all__ = ["host_after_editor", "house_before_bare_year", "house_then_place"]

_ROLES: Final = frozenset({"ed", "eds", "Ed", "Eds", "Ed.", "Eds."})
_TAIL: Final = 8  # tokens after the place at most: `, s . 45 - 67 .`
_TITLES: Final = 2  # the chapter's title and the book's
_HOUSE_TOKENS: Final = 2  # the colon and a word of the house at least


def host_after_editor(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run, right after an editor's run and its bracketed role,
    read as the host where none is read."""
    if any(r[0] == "container-title" for r in found):
        return found
    titles = [j for j, r in enumerate(found) if r[0] == "title"]
    if len(titles) != _TITLES or titles[1] < _TITLES:
        return found
    j = titles[1]
    role, editor = found[j - 1], found[j - 2]
    if editor[0] != "editor" or role[0] != OTHER:
        return found
    words = [t.text for t in tokens[role[1] : role[2]] if t.text not in "(),."]
    if len(words) != 1 or words[0] not in _ROLES:
        return found
    out = list(found)
    out[j] = ("container-title", found[j][1], found[j][2])
    return out


@functools.cache
def _publisher_words() -> frozenset[str]:
    """A house's words (`[words] publisher`: `Yayınları`, `Press`), folded."""
    return frozenset(w.casefold() for w in shipped_words("publisher"))


def house_then_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run followed by the place that closes the reference (its page's
    label and page aside) read as the house, where no house is read and a house's word closes
    it (see the module's doc)."""
    if any(r[0] == "publisher" for r in found):
        return found
    for j in range(len(found) - 2):
        label, a, b = found[j]
        comma, place = found[j + 1], found[j + 2]
        if label != "container-title" or place[0] != "publisher-place":
            continue
        if comma[0] != OTHER or written_text(tokens, comma[1], comma[2]) != ",":
            continue
        rest = found[j + 3 :]
        if any(r[0] not in (OTHER, "page") for r in rest) or len(tokens) - place[2] > _TAIL:
            continue  # a date, a volume or an address after the place: a periodical's
        if tokens[b - 1].text.casefold() not in _publisher_words():
            continue  # a journal, a paper, a book or a meeting is followed by a city as often
        out = list(found)
        out[j] = ("publisher", a, b)
        return out
    return found


def house_before_bare_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words of no field between an imprint's place and its colon and the year
    read as the house, its comma left out (`(Moscow: Prava cheloveka 2001), 88.`)."""
    for j in range(len(found) - 2):
        place, between, year = found[j : j + 3]
        if place[0] != "publisher-place" or between[0] != OTHER or year[0] != "issued":
            continue
        a, b = between[1], between[2]
        if tokens[a].text != ":" or b - a < _HOUSE_TOKENS or not tokens[a + 1].text[:1].isupper():
            continue
        if not all(t.text.replace("-", "").isalpha() for t in tokens[a + 1 : b]):
            continue
        if season_word(tokens, b - 1) or _month_before(tokens, b):
            continue  # `(Oxford: Spring 2001)`, `(Oxford: March 2001)`: an issue's date, no house
        if any(r[0] == "publisher" for r in found):
            return found
        return [*found[: j + 1], (OTHER, a, a + 1), ("publisher", a + 1, b), *found[j + 2 :]]
    return found


def _month_before(tokens: list[Token], k: int) -> bool:
    """Whether the word before the year at token `k` is a month's (`March 2001`)."""
    when = read_date(written_text(tokens, k - 1, k + 1)).date
    return when is not None and when.month is not None
