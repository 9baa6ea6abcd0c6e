"""A proceedings' name inside a title's run. A References list romanises GOST's `//` to a
period (`Title. Materialy mezhdunar. konferentsii "…". Karaganda, 2015, pp. 34–39.`, as APA's
`Title. In Proceedings of …` drops its `In`): in a note that cites pages, the title's later
sentence that opens with a conference's word is the host's name, not the title's words."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_cue

__all__ = ["proceedings_in_title"]

_HOSTS: Final = frozenset({"container-title", "collection-title"})
_MIN_TITLE: Final = 2  # tokens the title keeps before the host's sentence at least


def _host_start(tokens: list[Token], a: int, b: int) -> int | None:
    """The first token of a sentence inside the run `a:b` that opens with a conference's word."""
    for k in range(a + _MIN_TITLE, b - 1):
        if tokens[k].text != "." or tokens[k].start != tokens[k - 1].end:
            continue
        word = tokens[k + 1]
        spaced = word.start > tokens[k].end
        if spaced and word.text[:1].isupper() and has_cue("conference", word.text):
            return k + 1
    return None


def proceedings_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a proceedings' name read out of the title's run into the host's."""
    labels = {label for label, _, _ in found}
    if "title" not in labels or "page" not in labels or not labels.isdisjoint(_HOSTS):
        return found  # no title, no pages, or a host already (the common case)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        start = _host_start(tokens, a, b)
        if start is None:
            return found
        return [
            *found[:j],
            ("title", a, start - 1),
            (OTHER, start - 1, start),
            ("container-title", start, b),
            *found[j + 1 :],
        ]
    return found
