"""Turkish notes name a chapter's book after its editors and their bracketed role, with no
"in" word before them (`Oktay Özel, “Title”, Fikret Adanır – Suraiya Faroqhi (ed.),
Türkiye’de Osmanlı Çalışmaları içinde, Kitap Yayınevi, …`): the model reads the editors'
names as a host. A host's run of names only, its editor's role in brackets and a comma after
it, then the book's run, are the editors and the host."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.edited_hosts import bracketed_role
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["editors_read_as_host"]

_MARKS: Final = frozenset({",", "–", "—", "-", "&"})  # what joins names besides "and" words
_HOSTS: Final = frozenset({"container-title", "title"})


@functools.cache
def _and_words() -> frozenset[str]:
    return frozenset(w for w in shipped_words("and_") if w.isalpha())


def _names_only(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are capitalised words and the marks or words that join names, two
    words at least."""
    joins = _MARKS | _and_words()
    words = [t.text for t in tokens[a:b] if t.text not in joins]
    return len(words) >= 2 and all(w.isalpha() and w[:1].isupper() for w in words)


def editors_read_as_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with names read as a host before their bracketed editor's role read as the
    editors, and the run after the role's comma as the host (see the module's doc)."""
    if not any("Beditor" in m for m in marks):
        return found  # most notes: no editor's word
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "container-title" or not _names_only(tokens, a, b):
            continue
        end = bracketed_role(tokens, marks, b) if tokens[b].text == "(" else None
        if end is None or tokens[end - 1].text != ",":
            continue  # `(ed.),`: the role's bracket and its comma
        host = found[j + 2] if found[j + 1][2] == end else None
        if host is None or host[0] not in _HOSTS or host[1] != end:
            continue
        out = painted(found, ("editor", a, b))
        out = painted(out, ("container-title", host[1], host[2]))
        at = next(i for i, run in enumerate(out) if run[1] == host[1])
        return _house_after_host(marks, out, at)
    return found


def _house_after_host(marks: list[set[str]], found: list[Run], j: int) -> list[Run]:
    """`found` with a second host's run after the host `j` (past its `içinde`) that closes on
    a publisher's word read as the publisher (`…, Book içinde, Kitap Yayınevi, İstanbul`)."""
    k = j + 1
    while k < len(found) and found[k][0] == "container-title":
        k += 1  # the host's name in more than one run
    if k + 1 >= len(found) or found[k][0] != OTHER:
        return found
    label, a, b = found[k + 1]
    if label == "container-title" and "publisher" in marks[b - 1]:
        return painted(found, ("publisher", a, b))
    return found
