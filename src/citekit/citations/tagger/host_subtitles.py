"""A host's subtitle the model split at its commas (`In SIPRI Yearbook 2022: Armaments,
Disarmament and International Security, 341–412. Oxford: Oxford University Press, 2022.`): the
word after the host's colon read as its publisher, the rest as a second host. When the note's
imprint names the publisher later, the host, its colon, that word, the comma and the second
host's words are one host's name."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_subtitle"]

_HOST: Final = "container-title"
_SPAN: Final = 5  # host, `:`, publisher, `,`, host


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
