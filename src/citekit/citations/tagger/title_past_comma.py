"""An author-date article title the model cut at its comma or colon (`(2012) Regional options
for addressing the water, energy and food nexus in Central Asia. Int J Water Resour Dev 28(3)`,
`(2012) Will climate change exacerbate water stress in Central Asia? Clim Change 112`): the
host run then opens inside the title and holds its sentence's end. Where the host's run opens
right after the title's comma or colon (or its lower-case `in`) on a lower-case word or a
number (a sentence-case title goes on), or its sentence ends on a question, and a volume,
issue or page follows, the title runs to that sentence's end and the host opens after it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["title_past_comma"]

_HOST: Final = "container-title"
_BETWEEN: Final = frozenset({",", ":", ";"})
_ENDS: Final = frozenset({".", "?", "!"})
_NUMBERS: Final = frozenset({"volume", "issue", "page"})


def _sentence_end(tokens: list[Token], a: int, b: int) -> int | None:
    """The index of the first sentence's end inside the host run `a`..`b`, or None."""
    for p in range(a + 1, b - 1):
        text = tokens[p].text
        if text not in _ENDS or not tokens[p + 1].text[:1].isupper():
            continue
        if text == "." and len(tokens[p - 1].text) < 2:
            return None  # an initial's or an abbreviation's period: no sentence's end
        return p
    return None


def title_past_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's rest taken back from the host run it opened (see the module)."""
    labels = [label for label, _, _ in found]
    if _HOST not in labels or "title" not in labels or _NUMBERS.isdisjoint(labels):
        return found
    if "issued" not in labels[: labels.index("title")]:
        return found  # an author-date head only
    j = labels.index(_HOST)
    t = j - 1
    while t >= 0 and labels[t] == OTHER:
        t -= 1
    if t < 0 or labels[t] != "title":
        return found
    _, t0, t1 = found[t]
    _, a, b = found[j]
    between = [tok.text for tok in tokens[t1:a]]
    if between != ["in"] and (not between or not _BETWEEN.issuperset(between)):
        return found  # `, ` or `: ` between, or the title's own `in` the model read as a host's
    p = _sentence_end(tokens, a, b)
    if p is None:
        return found
    first = tokens[a].text[:1]
    if not (first.islower() or first.isdecimal() or tokens[p].text != "."):
        return found
    if tokens[p].text == ".":
        return painted(painted(found, ("title", t0, p)), (OTHER, p, p + 1))
    return painted(found, ("title", t0, p + 1))
