"""A publisher's name is one run: a host's or a name's run that meets a publisher's with no
mark between them (`C. 1, Türkiye Bilimler` + `Akademisi Yayınları, Ankara 2008`, `Türkiye
İş` + `Bankası Kültür Yay.`), the publisher's closing with its publisher's word, is the
publisher's first words: a host, and a person's name, is set off from what follows it by a
mark."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["abbreviated_house", "publisher_whole"]

_GLUED: Final = ("container-title", "author")
_NAME_WORDS: Final = 4  # capitalised words of a publisher's name before its abbreviation


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


@functools.cache
def _abbreviated() -> frozenset[str]:
    """The language files' `[words] publisher_abbreviated`, folded, without their period."""
    return frozenset(w.casefold().rstrip(".") for w in shipped_words("publisher_abbreviated"))


def abbreviated_house(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a publisher's name that holds an abbreviated word and its period (`Yale
    Univ. Press`, `Ankara Üniv. Yay.`) as one publisher: the model ended another run at the
    period and opened the publisher after it. The name's capitalised words before the
    abbreviation, back to a mark, go with it."""
    words = _abbreviated()
    if words.isdisjoint(casefolded_set(tokens)):
        return found  # no such word (most notes): one look-up
    starts = {a: (j, b) for j, (label, a, b) in enumerate(found) if label == "publisher"}
    for k in range(len(tokens) - 2):
        if tokens[k].text.casefold() not in words or tokens[k + 1].text != ".":
            continue
        if k + 2 not in starts or tokens[k + 1].start != tokens[k].end:
            continue
        start = k
        while (
            start > 0
            and k - start < _NAME_WORDS
            and tokens[start - 1].text.isalpha()
            and tokens[start - 1].text[:1].isupper()
        ):
            start -= 1
        if start == 0:
            return found  # the note opens with it: a body's name, its author's
        return painted(found, ("publisher", start, starts[k + 2][1]))
    return found
