"""The hand-written book note `Ad Soyad, Eser, haz. X, Yayınevi, Yer, Yıl` (Turkish, Turkmen,
Kazakh notes write their books so): the model may read it as a chapter's `"Title", Host, ed. X`
and call the author's name the title and the work the host. A chapter's title is quoted or its
host opened by an "in" word; with neither, a name-shaped first run before the work, in a note
with an imprint or a role, is the work's author."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.tagger.align import OTHER, Run, run_label
from citekit.citations.tagger.lists import person_shaped
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["author_before_work"]

_QUOTES = frozenset("\"“”«»„‘’'")
_IMPRINT = frozenset({"publisher", "publisher-place", *PERSONS})


def _fields(found: Sequence[Run]) -> list[int]:
    return [j for j, run in enumerate(found) if run[0] != OTHER]


def author_before_work(
    tokens: Sequence[Token], marks: Sequence[set[str]], found: Sequence[Run]
) -> list[Run]:
    """`found` with `Name, Work, …` read as author and title when the model read them as a
    title and its host: the note has no author, no quote mark and no "in" word, the two runs
    open the note (a prefix word aside) with a comma between, the first is written as a
    person's name, and an imprint's or a role's run comes after them."""
    labels = list(map(run_label, found))
    if "author" in labels or "title" not in labels or "container-title" not in labels:
        return list(found)
    if any(t.text in _QUOTES for t in tokens) or any("in" in m for m in marks):
        return list(found)
    fields = _fields(found)
    if len(fields) < 3:
        return list(found)
    first, second = fields[0], fields[1]
    (label, a, b), (host, c, d) = found[first], found[second]
    if label != "title" or host != "container-title":
        return list(found)
    if [t.text for t in tokens[b:c]] != [","]:
        return list(found)
    if not _IMPRINT & {found[j][0] for j in fields[2:]}:
        return list(found)
    if any("see" not in marks[k] and tokens[k].text.isalnum() for k in range(a)):
        return list(found)  # words before the name that are no prefix
    if not person_shaped(tokens, a, b) or any(t.text.isdigit() for t in tokens[a:d]):
        return list(found)
    out = list(found)
    out[first] = ("author", a, b)
    out[second] = ("title", c, d)
    return out
