"""A subtitle after the title's colon that begins in small letters is the title's: a host's
name opens with a capital (a journal, a book, a site, a body), while GOST and the languages that
write a subtitle as a phrase begin it in small letters (`Очерки истории: к 100-летию газеты
«Правда». М.`, `Право и суд (XIX в.): по материалам архивов. СПб.`, `Türk Halk Tiyatrosu:
bir inceleme. Ankara`). The words the model gave to a host right after the colon go on with
the title; a bare "in" (`[words] in_bare`, `in_book`) opening them names a host."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["small_subtitle"]

_HOSTS: Final = frozenset({"container-title", "collection-title"})
_BETWEEN: Final = frozenset({")", ":"})  # what stands between the title's run and its subtitle


@functools.cache
def _host_words() -> frozenset[str]:
    """The words that open a host in small letters (`in`, `в`, `в кн.`'s first word)."""
    words = shipped_words("in_bare") | shipped_words("in_book")
    return frozenset(w.split()[0].rstrip(".:").casefold() for w in words if w)


def small_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run that opens in small letters right after the title's colon given
    to the title (see the module's doc)."""
    j = next((j for j, run in enumerate(found) if run[0] == "title"), None)
    if j is None:
        return found
    _, a, b = found[j]
    nxt = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
    if nxt is None or nxt[0] not in _HOSTS:
        return found
    _, s, e = nxt
    between = [t.text for t in tokens[b:s]]
    if not between or between[-1] != ":" or any(w not in _BETWEEN for w in between):
        return found
    word = tokens[s].text
    if not (word.isalpha() and word.islower()) or word in _host_words():
        return found
    return painted(found, ("title", a, e))
