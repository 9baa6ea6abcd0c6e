"""A book's subtitle stands before its editor or translator. Chicago and İSNAD name a chapter's
host after "in" (`"Chapter," in Book, ed. X`) and a quoted chapter's host after its quotes; an
unquoted title whose next sentence runs to a role's statement (`Title. A Historical Survey,
ed. Morgan Austin`, `Title. A Historical Survey. Edited by Kaitlyn Newton.`, `Title.
Subtitle / под ред. …`) names one book, and that sentence is its subtitle, never a host,
unless a word of a periodical's, a proceedings' or an encyclopedia's name says it is one."""

from __future__ import annotations

import itertools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run
from citekit.citations.tagger.imprint_subtitles import host_kind_words
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import ROLES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["subtitle_before_role"]

_HOST: Final = "container-title"
_OPENS: Final = frozenset({"B" + role for role in ROLES})  # a role's phrase opening at a token
_BEFORE_ROLE: Final = frozenset({",", ".", "/", ";"})
_QUOTES: Final = frozenset('«»“”„"‘’‚')


def subtitle_before_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an unquoted title's next sentence, read as a host, before a role's
    statement given to the title (see the module's doc)."""
    if marks_union(marks).isdisjoint(ROLES) or ("/" in text_set(tokens) and _slashes(tokens)):
        return found  # no role word (most notes), or GOST's `//` names a host
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    h = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
    if h is None or found[h][0] != _HOST or sum(run[0] == _HOST for run in found) != 1:
        return found
    _, s, e = found[h]
    if s != b + 1 or tokens[b].text != "." or e + 1 >= len(tokens):
        return found
    if tokens[a].text in _QUOTES or (a and tokens[a - 1].text in _QUOTES):
        return found  # a quoted chapter's host may follow it with no "in" (İSNAD)
    if not tokens[s].text[:1].isupper() or any(t.text in _QUOTES for t in tokens[s:e]):
        return found
    if any(t.text in host_kind_words() or t.text == "." for t in tokens[s:e]):
        return found  # `Title. Encyclopaedia of Islam, ed. …`: a host by its word
    if tokens[e].text not in _BEFORE_ROLE or not marks[e + 1] & _OPENS:
        return found
    return [*found[:j], ("title", a, e), *found[h + 1 :]]


def _slashes(tokens: list[Token]) -> bool:
    """Whether GOST's `//` stands in the note."""
    return any(t.text == "/" == n.text for t, n in itertools.pairwise(tokens))
