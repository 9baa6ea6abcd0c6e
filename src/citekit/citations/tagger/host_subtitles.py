"""A host's subtitle the model split at its commas (`In SIPRI Yearbook 2022: Armaments,
Disarmament and International Security, 341–412. Oxford: Oxford University Press, 2022.`): the
word after the host's colon read as its publisher, the rest as a second host. When the note's
imprint names the publisher later, the host, its colon, that word, the comma and the second
host's words are one host's name. So are a host, its colon and a second title the model read
after them (`// Центральная Азия: 20 лет независимости / отв. ред. …`) when the work's own title
came before the host and the second title, opening on no small letter, runs to the host's
area's end (a slash, a period or a dash): no work has two titles. One opening on a small letter
is GOST's description of the host's kind (`host_descriptions.py`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, painted
from citekit.citations.tagger.harvard_quotes import bracketed_roles
from citekit.citations.tagger.tokens import Token

__all__ = ["host_colon_title", "host_subtitle", "host_subtitle_before_editors"]

_HOST: Final = "container-title"
_SPAN: Final = 5  # host, `:`, publisher, `,`, host
_SUBTITLE_MISREAD: Final = frozenset({OTHER, "editor"})


def _marks(tokens: list[Token], run: Run, mark: str) -> bool:
    return run[0] == OTHER and [t.text for t in tokens[run[1] : run[2]]] == [mark]


def host_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a host read whole (see the module's doc)."""
    for j in range(len(found) - _SPAN + 1):
        first, colon, word, comma, rest = found[j : j + _SPAN]
        if first[0] != _HOST or word[0] != "publisher" or rest[0] != _HOST:
            continue
        if not (_marks(tokens, colon, ":") and _marks(tokens, comma, ",")):
            continue
        if not any(run[0] == "publisher" for run in found[j + _SPAN :]):
            continue
        return [*found[:j], (_HOST, first[1], rest[2]), *found[j + _SPAN :]]
    return found


_AREA_ENDS: Final = frozenset({"/", ".", "–", "—", ";"})


def host_colon_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's subtitle read as a second title joined to the host (module doc)."""
    for j in range(1, len(found) - 3):
        first, colon, second, after = found[j : j + 4]
        if first[0] != _HOST or second[0] != "title" or not _marks(tokens, colon, ":"):
            continue
        if after[0] != OTHER or tokens[after[1]].text not in _AREA_ENDS:
            continue
        if tokens[second[1]].text[:1].islower():
            continue  # GOST's description of the host's kind (`: электронная версия`)
        if not any(run[0] == "title" for run in found[:j]):
            continue  # the host's own name may be the title's: `Title: Subtitle` misread
        return [*found[:j], (_HOST, first[1], second[2]), *found[j + 3 :]]
    return found


def host_subtitle_before_editors(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's subtitle after its colon given to the host when the model read it
    as no field's or its last word as an editor, where the editors' label follows it
    (`in Eurasian Integration: The View from Within, ed. Piotr Dutkiewicz …`)."""
    labels = labels_at(found, len(tokens))
    for _, a, b in (run for run in found if run[0] == _HOST):
        if b + 2 >= len(tokens) or tokens[b].text != ":" or labels[b] != OTHER:
            continue
        if not tokens[b + 1].text[:1].isupper():
            return found
        e = b + 1
        while e < len(tokens) and tokens[e].text.isalpha() and labels[e] in _SUBTITLE_MISREAD:
            e += 1
        if e + 1 >= len(tokens) or tokens[e].text != "," or e == b + 1:
            return found
        if tokens[e + 1].text.casefold() not in bracketed_roles() or labels[e - 1] == _HOST:
            return found
        return painted(found, (_HOST, a, e))
    return found
