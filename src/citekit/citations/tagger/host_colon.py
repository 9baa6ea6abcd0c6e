"""The host's word with its colon glued (`in:`, `In:`, `En:`, `W:`: `[words] in`), as German
and Chicago-like styles write it before a chapter's book or an article's journal
(`„Zentralasien“, in: Osteuropa 57 (2007)`, `…, in: Neue Fischer Weltgeschichte, Bd. 10`): it
sets the host off and is never a word of the host's name, whatever run the model gave it to."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["host_word_colon"]

_HOST: Final = "container-title"


@functools.cache
def _words() -> frozenset[str]:
    """The `[words] in` words written with their colon glued (`In:`, `En:`, `W:`), without it."""
    return frozenset(w[:-1] for w in shipped_words("in_") if w[-1:] == ":" and w[:-1].isalpha())


def host_word_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run's opening `in:` given to no field (the run that is only those
    words to none at all, when the host's name follows)."""
    out: list[Run] | None = None
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
