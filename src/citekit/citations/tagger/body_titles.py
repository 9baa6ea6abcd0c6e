"""A body that signs a book, named before its title: `Ankara Üniversitesi Dil ve Tarih-Coğrafya
Fakültesi, Türkoloji Araştırmaları, Ankara: …`, `Л. Н. Гумилев атындағы Еуразия ұлттық
университеті. Ғылыми еңбектер жинағы. – Астана, 2019.` When the model reads the body's name
as the title and the work after it as a host, in a note with an imprint and no author, the
body (a name with an organisation's head word of the language files) is the author and the
host is the title: a book with a place and a publisher has no host before them."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["body_before_title"]

_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_MARKS: Final = frozenset({".", ","})  # what parts the body's name from the title
_QUOTES: Final = frozenset("“”«»„\"'‘’")


def body_before_title(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a body's name read as the title, before a host's run and a mark, read as
    the author, and the host's run as the title."""
    runs = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(runs) < 3 or found[runs[0]][0] != "title" or found[runs[1]][0] != "container-title":
        return found  # (at C speed: the first two runs' labels)
    j, h = runs[0], runs[1]
    _, a, b = found[j]
    _, c, d = found[h]
    if c != b + 1 or tokens[b].text not in _MARKS or any(t.text.isalnum() for t in tokens[:a]):
        return found
    labels = {found[r][0] for r in runs}
    if "author" in labels or labels.isdisjoint(_IMPRINT):
        return found
    if {tokens[a].text, tokens[b - 1].text, tokens[c].text} & _QUOTES:
        return found  # a quoted title is the work's
    body = text[tokens[a].start : tokens[b - 1].end]
    host = text[tokens[c].start : tokens[d - 1].end]
    if not is_organisation(body) or is_organisation(host):
        return found  # `Ministry of … . Department of … .`: the body's part, not a work
    return [*found[:j], ("author", a, b), *found[j + 1 : h], ("title", c, d), *found[h + 1 :]]
