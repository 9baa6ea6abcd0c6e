"""A title closed by a stray doubled period (`… Covid-19 vaccine.. N Engl J Med. 2020;383(27)`):
the model, meeting two periods where a title's sentence ends, may run the title on into the
journal's name. The doubled period ends the title; when the note's numbers are a periodical's
(a volume or an issue after it) and no host is read, the sentence after it is the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["title_to_doubled_period"]

_NUMBERS: Final = frozenset({"volume", "issue"})


def title_to_doubled_period(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut at a doubled period inside it (see the module's doc)."""
    if any(label == "container-title" for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for k in range(a + 1, b - 2):
            first, second = tokens[k], tokens[k + 1]
            if first.text == second.text == "." and second.start == first.end:
                if not tokens[k + 2].text[:1].isupper():
                    break
                if not any(run[0] in _NUMBERS for run in found[j + 1 :]):
                    return found
                out = painted(found, (OTHER, k, k + 2))
                return painted(out, ("container-title", k + 2, b))
        return found
    return found
