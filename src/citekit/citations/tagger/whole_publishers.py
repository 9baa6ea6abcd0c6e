"""A publisher's name is one run: a host's or a name's run that meets a publisher's with no
mark between them (`C. 1, Türkiye Bilimler` + `Akademisi Yayınları, Ankara 2008`, `Türkiye
İş` + `Bankası Kültür Yay.`), the publisher's closing with its publisher's word, is the
publisher's first words: a host, and a person's name, is set off from what follows it by a
mark."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["publisher_whole"]

_GLUED: Final = ("container-title", "author")


def publisher_whole(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run, or a name's run after the work's title, glued to a
    publisher's run after it joined to the publisher."""
    labels = [label for label, _, _ in found]
    if "publisher" not in labels or ("container-title" not in labels and "author" not in labels):
        return found  # most notes (at C speed)
    for j in range(len(found) - 1):
        (label, a, b), (after, c, d) = found[j], found[j + 1]
        if label not in _GLUED or after != "publisher" or b != c:
            continue
        if label == "author" and "title" not in labels[:j]:
            continue  # a name before the title is the work's author's
        if "publisher" not in marks[d - 1] or "publisher" in marks[b - 1]:
            continue  # the publisher's word closes it, none closes the host's run
        if not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[a:b]):
            continue  # a few capitalised words, no quote, number or mark
        return [*found[:j], ("publisher", a, d), *found[j + 2 :]]
    return found
