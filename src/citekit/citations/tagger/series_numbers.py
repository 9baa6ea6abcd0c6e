"""A series' own number in the series' brackets (`— 248 с. — (Труды Института востоковедения ;
т. 9).`, `(Востоковедение ; вып. 5)`): the number of the book within its series, not the
book's volume. CSL has no field the tagger fills for it, so it is no field."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run, first_run
from citekit.citations.tagger.tokens import Token

__all__ = ["series_number"]


def series_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a volume run that follows the series' name inside its brackets, after
    the series' `;`, read as no field."""
    j = first_run(found, "collection-title")
    if j is None:
        return found
    _, a, b = found[j]
    opening = next((k for k in range(a - 1, -1, -1) if tokens[k].text == "("), None)
    if opening is None or any(t.text in "()" for t in tokens[opening + 1 : a]):
        return found
    out = list(found)
    for i in range(j + 1, len(found)):
        label, c, d = found[i]
        if label == OTHER:
            if any(t.text == ")" for t in tokens[c:d]):
                break
            continue
        if label != "volume" or not any(t.text == ";" for t in tokens[b:c]):
            break
        if d < len(tokens) and tokens[d].text not in (")", "."):
            break
        out[i] = (OTHER, c, d)
        break
    return out
