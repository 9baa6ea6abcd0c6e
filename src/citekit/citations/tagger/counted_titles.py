"""A set's count read as the title (`Kitāb al-ʿIbar …. Edited by Khalīl Shaḥāda. 8 vols.
Beirut: Dār al-Fikr, 1988.`): the model, seeing a title's sentence before an editor's, may
call it a host's and the count after the editor the title. A count of volumes (a number and
`[words] volumes_counted`) is no title: when it is the only title and a host, opened by no
"in" word, stands before it, that host is the work's title."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["count_read_as_title"]

_TITLE: Final = "title"
_HOST: Final = "container-title"


@functools.cache
def _counted() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in shipped_words("volumes_counted"))


@functools.cache
def _in_words() -> frozenset[str]:
    """The words opening a host (`In`, `//`, `В`), casefolded, without a colon."""
    return frozenset({"//", *(w.casefold() for w in shipped_words("in_bare"))})


def _count(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a..b is a count of volumes (`8 vols`, `8 vols .`)."""
    size = b - a
    return (
        size in (2, 3)
        and tokens[a].text.isdecimal()
        and tokens[a + 1].text.casefold() in _counted()
        and (size == 2 or tokens[a + 2].text == ".")
    )


def count_read_as_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a count read as no field and the host before it as the title."""
    titles = [run for run in found if run[0] == _TITLE]
    if len(titles) != 1 or not _count(tokens, titles[0][1], titles[0][2]):
        return found
    _, a, b = titles[0]
    out = painted(found, (OTHER, a, b))
    hosts = [(c, d) for label, c, d in out if label == _HOST and d <= a]
    if len(hosts) != 1:
        return out
    c, d = hosts[0]
    opened = {t.text.casefold().rstrip(":") for t in tokens[max(0, c - 2) : c]}
    if opened & _in_words():
        return out
    return painted(out, (_TITLE, c, d))
