"""The host's word with its colon glued (`in:`, `In:`, `En:`, `W:`: `[words] in`), as German
and Chicago-like styles write it before a chapter's book or an article's journal
(`„Zentralasien“, in: Osteuropa 57 (2007)`, `…, in: Neue Fischer Weltgeschichte, Bd. 10`): it
sets the host off and is never a word of the host's name, nor of the title before it, whatever
run the model gave it to."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["host_word_colon", "place_opening_host"]

_HOST: Final = "container-title"
_PLACES: Final = frozenset({"cities", "places"})


@functools.cache
def _words() -> frozenset[str]:
    """The `[words] in` words written with their colon glued (`In:`, `En:`, `W:`), without it."""
    return frozenset(w[:-1] for w in shipped_words("in_") if w[-1:] == ":" and w[:-1].isalpha())


def host_word_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run's opening `in:` given to no field (the run that is only those
    words to none at all, when the host's name follows)."""
    out: list[Run] | None = None
    found = _title_closing_word(tokens, found)
    for j, (label, a, b) in enumerate(found):
        if label != _HOST or a == 0 or tokens[a].text not in _words():
            continue
        if (
            a + 1 >= len(tokens)
            or tokens[a + 1].text != ":"
            or tokens[a].end != tokens[a + 1].start
        ):
            continue
        if out is None:
            out = list(found)
        k = out.index((label, a, b))
        if b > a + 2:
            out[k : k + 1] = [(OTHER, a, a + 2), (_HOST, a + 2, b)]
        elif any(run[0] == _HOST for run in found[j + 1 :]):
            out[k] = (OTHER, a, b)  # `in` alone; the host's name is the run after it
    return found if out is None else out


def _title_closing_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that took in the comma and the host's `in` after it (`… zum
    „Elbasy“, in: Zentralasien-Analysen`) ended before the comma."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b - a < 3 or b >= len(tokens) or tokens[b - 1].text not in _words():
            continue
        colon, word = tokens[b], tokens[b - 1]
        if colon.text == ":" and word.end == colon.start and tokens[b - 2].text == ",":
            return [*found[:j], (label, a, b - 2), (OTHER, b - 2, b), *found[j + 1 :]]
    return found


def place_opening_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a journal's short name before its subtitle's colon, read as a place, given
    back to the journal (`‘…’, Kebikeç: İnsan Bilimleri İçin Kaynak Araştırmaları Dergisi, 35,
    pp. 7–24`): a place before a colon names a house after it; with no house in the note, the
    host after the colon is a journal's, and the word before it its name's head, unless the
    lexicon knows it as a place (`Ankara: Yeni Türkiye Yayınları`: a house the model missed)."""
    if any(label == "publisher" for label, _, _ in found):
        return found
    for j in range(len(found) - 2):
        (label, a, b), (mark, c, d), (host, e, f) = found[j : j + 3]
        if label != "publisher-place" or host != _HOST or mark != OTHER:
            continue
        if any(marks[k] & _PLACES for k in range(a, b)):
            continue
        if d - c == 1 and tokens[c].text == ":" and e == d:
            return [*found[:j], (_HOST, a, f), *found[j + 3 :]]
    return found
