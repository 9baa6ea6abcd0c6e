"""A host's editors listed with semicolons after its `In` (English Wikipedia's rendered cite
templates: `"Chapter". In Di Cosmo, Nicola; Frank, Allen J.; Golden, Peter B. (eds.). Host.`):
each name after a `;` goes on the list, no source of its own. The host word is the language
files' (`[words] in`, `in_bare`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import shipped_words

__all__ = ["editors_go_on"]

_TAIL: Final = 240  # characters of the source before `;` read, at most: linear in long notes
# a person written `Family, Given` (`Di Cosmo, Nicola`, `Frank, Allen J.`, `Golden, Peter B.`)
_INVERTED: Final = re.compile(
    r"\s*[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2},(?: [^\W\d_][\w'’-]*\.?){1,3}"
)


@functools.cache
def _in_list() -> re.Pattern[str]:
    """`In` and the names after it to the end: the host's list so far."""
    words = {w.rstrip(":") for w in shipped_words("in_") | shipped_words("in_bare")}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return re.compile(rf"(?:^|[.\"”»]\s+)(?:{alternation})\s+(?P<names>[^()\"“”«»]+)$")


def editors_go_on(before: str, piece: str) -> bool:
    """Whether `piece`, after a `;`, goes on a host's list of editors that `before` opens
    after its `In` (every name so far and the piece's first written `Family, Given`)."""
    found = _in_list().search(before[-_TAIL:])
    if found is None:
        return False
    if not all(_INVERTED.fullmatch(name) for name in found["names"].split(";")):
        return False
    return _INVERTED.match(piece) is not None
