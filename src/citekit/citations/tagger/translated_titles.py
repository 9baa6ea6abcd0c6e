"""A title's translation in brackets names no host. The References lists of Russian and Kazakh
journals (RSCI, Scopus) write a romanised title, its English translation in square brackets,
then the journal: `Vvedeniye v chteniye Gegelya [Representation of research hypotheses].
PRONEFT’. Professional’no o nefti, 1966, vol. 90, no. 4`. The bracket that opens right after
the title's run and closes with a period is the title's; the words after it, up to the comma
before the year, are the journal, whatever runs the model laid over either. Before a comma and
a book's place (`Elemente im Neupersischen [Yeni Farsçada …], Wiesbaden: Franz Steiner`) the
bracket is the translation too, never a host. So is a bracket right after a quoted title's
closing mark (`“Title” [Translation], Journal 5 (2001)`, `«Заглавие» [Title]. Журнал`): a
host is named after the title's bracket, never inside it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_after_translation", "translation_after_quote"]

# what the model may read inside a translation's bracket: a host or a name (a place or a house
# there is a supplied imprint: `“Kochevniki” [Moscow: Nauka], 1990`)
_MISREAD: Final = frozenset({OTHER, "container-title", "editor", "author"})

_HOST_RUNS: Final = frozenset({"title", "container-title"})
_NAME_MAX: Final = 16  # tokens of a journal's name at most
_CLOSING: Final = frozenset("”»“\"'’")  # a quoted title's closing mark


def translation_after_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run that fills a square bracket right after a quoted title's
    closing mark given to no field: the bracket is the title's translation."""
    if "[" not in text_set(tokens):
        return found  # no square bracket (most notes)
    n = len(tokens)
    for j, (label, _a, b) in enumerate(found):
        if label != "title" or b + 1 >= n:
            continue
        if tokens[b - 1].text in _CLOSING and tokens[b].text == "[":
            b -= 1  # the run took its closing mark in
        if tokens[b].text not in _CLOSING or tokens[b + 1].text != "[":
            return found
        close = next((k for k in range(b + 2, n) if tokens[k].text in "[]"), None)
        if close is None or tokens[close].text != "]":
            return found
        inside = [r for r in found[j + 1 :] if r[1] < close and r[2] > b + 2]
        if any(r[0] not in _MISREAD for r in inside) or all(r[0] == OTHER for r in inside):
            return found  # `[Kazakhstan's language policy: Between Latin and …]`: a host and
            # an editor the model read inside it
        return painted(found, (OTHER, b + 2, close))
    return found


def host_after_translation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed translation after the title given to no field and the journal
    after it given to the host."""
    if "[" not in text_set(tokens):
        return found  # no square bracket (most notes)
    n = len(tokens)
    for j, (label, _a, b) in enumerate(found):
        if label != "title" or b >= n or tokens[b].text != "[":
            continue
        close = next((k for k in range(b + 1, n) if tokens[k].text == "]"), None)
        if close is None or close + 2 >= n:
            return found
        if tokens[close + 1].text == ",":  # `Title [Translation], Place: Publisher, 1967`
            place = next((r for r in found if r[1] == close + 2), None)
            if place is None or place[0] != "publisher-place":
                return found
            return painted(found, (OTHER, b, close + 2))
        if tokens[close + 1].text != ".":
            return found
        h = close + 2
        host = next((r for r in found[j + 1 :] if r[1] == h), None)
        if host is None or host[0] not in _HOST_RUNS or host[2] - h > _NAME_MAX:
            return found
        e = host[2]
        after = next((r for r in found if r[1] == e + 1), None)
        if e >= n or tokens[e].text != "," or after is None or after[0] != "issued":
            return found
        return painted(painted(found, (OTHER, b, h)), ("container-title", h, e))
    return found
