"""Two hosts of an author-year list written with commas (`SURNAME, Given (Year), Title, …`):
the book after its editor's bracketed role is the chapter's host (`“Chapter”, C. M. Hann
(Ed.), Postsocialism: Ideals, …, Routledge, London, pp. 238-257.`), and a house read as the
host before the place that closes the reference is the house (`Kazakhstan: Unfulfilled
Promise, Carnegie Endowment for International Peace, Washington D.C.`, `…, C. 9, Yeni Türkiye
Yayınları, Ankara, s. 45-67.`): a journal is followed by its numbers, not by a city."""

from __future__ import annotations

from typing import Final

from citekit.citations.place_names import place_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import has_cue
from citekit.languages import shipped_words

__all__ = ["host_after_editor", "house_then_place"]

_ROLES: Final = frozenset({"ed", "eds", "Ed", "Eds", "Ed.", "Eds."})
_SERIALS: Final = ("journal", "newspaper", "conference")
_TAIL: Final = 8  # tokens after the place at most: `, s . 45 - 67 .`
_TITLES: Final = 2  # the chapter's title and the book's
_HOUSE_WORDS: Final = 2  # words of a house with no house's word at least (`Routledge`: a host)


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


def _publisher_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("publisher"))


def house_then_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run followed by the place that closes the reference (its page's
    label and page aside) read as the house, where no house is read: a house's word closes it,
    or it names no periodical and the place is a known city."""
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
        house = written_text(tokens, a, b)
        worded = tokens[b - 1].text.casefold() in _publisher_words()
        city = tokens[place[1]].text.casefold() in place_names()
        if not worded and (not city or any(has_cue(k, house) for k in _SERIALS)):
            continue
        if len(house.split()) < _HOUSE_WORDS and not worded:
            continue
        out = list(found)
        out[j] = ("publisher", a, b)
        return out
    return found
