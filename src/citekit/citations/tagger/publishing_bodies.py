"""A body that publishes its own work is named first, as its author, and again in the imprint
(`OSCE/ODIHR, Republic of Kazakhstan, Early Presidential Election … (Warsaw: OSCE/ODIHR,
2023)`, `World Bank, Title (Washington, DC: World Bank, 2022)`): the words before the title
run's first comma that the publisher's run repeats are the author, whatever the model took
them for."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["publisher_named_first"]


def publisher_named_first(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the publisher's name opening the title run read as the author."""
    labels = {label for label, _, _ in found}
    if "publisher" not in labels or "author" in labels or "title" not in labels:
        return list(found)
    j = next(j for j, run in enumerate(found) if run[0] != OTHER)
    label, a, b = found[j]
    if label != "title":
        return list(found)
    comma = next((k for k in range(a + 1, b - 1) if tokens[k].text == ","), None)
    if comma is None:
        return list(found)
    head = [t.text for t in tokens[a:comma]]
    named = any(
        [t.text for t in tokens[s:e]] == head for name, s, e in found if name == "publisher"
    )
    if not named:
        return list(found)
    return [
        *found[:j],
        ("author", a, comma),
        (OTHER, comma, comma + 1),
        ("title", comma + 1, b),
        *found[j + 1 :],
    ]
