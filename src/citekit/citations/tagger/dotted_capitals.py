"""A name that opens on dotted capitals glued together (`I.C.J. Reports 1996`, `U.S. News &
World Report`) is one name: the model, reading `I.` as a person's initial, often leaves the
first capital and its period to no field and opens the host on the next one (`C.J. Reports`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["dotted_head"]

_NAMED: Final = frozenset({"container-title", "publisher", "title", "collection-title"})


def _glued(tokens: list[Token], k: int) -> bool:
    return tokens[k - 1].end == tokens[k].start


def dotted_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a named run that opens right after a glued capital and its period, itself
    a capital glued to its period, opened on that capital (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label not in _NAMED or a < 2 or j == 0 or found[j - 1][0] != OTHER:
            continue
        letter, period = tokens[a - 2], tokens[a - 1]
        if not (len(letter.text) == 1 and letter.text.isupper() and period.text == "."):
            continue
        if not (_glued(tokens, a - 1) and _glued(tokens, a)):
            continue  # `Smith, J. Reports …`: a spaced initial is a person's
        if not (a + 1 < b and tokens[a].text.isupper() and len(tokens[a].text) == 1):
            continue
        if tokens[a + 1].text != "." or not _glued(tokens, a + 1):
            continue  # the run opens on a dotted capital too (`C.J.`)
        if a >= 3 and _glued(tokens, a - 2):
            continue  # `A.I.C.J.`: a longer chain the model cut elsewhere: left as it is
        return painted(found, (label, a - 2, b))
    return found
