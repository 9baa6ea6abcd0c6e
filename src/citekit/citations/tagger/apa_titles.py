"""APA's title sentence read as an imprint. After APA's bracketed date comes the work's title
(`(2021, June 10). Reforming Kazakhstan: Progress, challenges and opportunities. https://…`);
a place, its colon and a publisher the model read there, when words in small letters go on
after the publisher to the sentence's end, are the title's words: a publisher's name closes on
its own capitals before the year or the address."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["title_after_apa_date"]


def title_after_apa_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the imprint-shaped sentence right after APA's bracketed date read as the
    title (see the module's doc)."""
    for j in range(1, len(found) - 3):
        (gap, a, b), (place, c, d), (colon, _, f), (house, _, _) = found[j : j + 4]
        if gap != OTHER or place != "publisher-place" or colon != OTHER or house != "publisher":
            continue
        if [t.text for t in tokens[a:b]] != [")", "."]:
            continue
        if [t.text for t in tokens[d:f]] != [":"] or j + 4 >= len(found):
            continue
        rest, e, k = found[j + 4]
        tail = [t.text for t in tokens[e:k]]
        if rest != OTHER or tail[:1] != [","] or tail[-1:] != ["."]:
            continue
        words = [w for w in tail if w.isalpha()]
        if not words or not all(w.islower() for w in words):
            continue
        return [*found[: j + 1], ("title", c, k - 1), (OTHER, k - 1, k), *found[j + 5 :]]
    return found
