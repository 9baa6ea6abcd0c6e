"""A journal's article read the wrong way round: the model may read an article's title as the
host and the journal after it as the title (`(2016). Teacher beliefs about … universities.
System, 58, 12–24.`: a one-word journal looks like a title, a long sentence like a host). No
style writes a journal's name in a sentence before the article's title with the journal's
numbers after the title: when a host's run that a sentence's period opens and closes is
followed by a title's run and, after a comma, its volume, issue or pages, and no title came
before, the two runs swap their labels."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_before_title"]

_HOST: Final = "container-title"
_NUMBERS: Final = frozenset({"volume", "issue", "page"})


def _only(tokens: list[Token], run: Run, mark: str) -> bool:
    return run[0] == OTHER and [t.text for t in tokens[run[1] : run[2]]] == [mark]


def host_before_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a host and title swapped (module doc)."""
    for j in range(1, len(found) - 4):
        host, stop, title, comma, number = found[j : j + 5]
        if host[0] != _HOST or title[0] != "title" or number[0] not in _NUMBERS:
            continue
        if not (_only(tokens, stop, ".") and _only(tokens, comma, ",")):
            continue
        if tokens[host[1] - 1].text != "." or any(run[0] == "title" for run in found[:j]):
            continue
        swapped = [("title", host[1], host[2]), stop, (_HOST, title[1], title[2])]
        return [*found[:j], *swapped, *found[j + 3 :]]
    return found
