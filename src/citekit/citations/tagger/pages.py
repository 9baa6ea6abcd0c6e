"""A periodical's page written as an extent: `Тәуелсіздік жылнамасы // Егемен Қазақстан. –
2021. – 16 желтоқсан. – 5 б.` An article in a paper or journal (a part after GOST's `//`
whose host has no publisher and no place) has pages, never a whole's extent: the number with
its page word after the host is the page. A host book's imprint (`// Сборник. — М. : Наука,
2010. — 320 с.`) keeps its extent."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["periodical_page"]

_IMPRINT = frozenset({"publisher", "publisher-place", "page", "ISBN"})


def periodical_page(tokens: Sequence[Token], found: Sequence[Run]) -> list[Run]:
    """`found` with the one extent after the host of a part (after its `//`) read as the
    page, when nothing of a book's imprint is in the note."""
    if "number-of-pages" not in (label for label, _, _ in found):
        return list(found)  # most notes (at C speed)
    slash = next(
        (k for k in range(len(tokens) - 1) if tokens[k].text == tokens[k + 1].text == "/"), None
    )
    if slash is None:
        return list(found)
    labels = [label for label, _, _ in found]
    if labels.count("number-of-pages") != 1 or not _IMPRINT.isdisjoint(labels):
        return list(found)
    host = next((a for label, a, _ in found if label == "container-title" and a > slash), None)
    j = labels.index("number-of-pages")
    if host is None or found[j][1] < host:
        return list(found)
    return [*found[:j], ("page", found[j][1], found[j][2]), *found[j + 1 :]]
