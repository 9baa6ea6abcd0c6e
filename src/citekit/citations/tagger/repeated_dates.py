"""Author-date styles write the year after the author and the full date again after the host
(Chicago's `Dave, Bhavna. 2019. “Title.” Blog (blog), March 22, 2019. https://…`): a day's date
of the same year that no access label opens is the work's date in full, not the day it was
read, which the model takes it for."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["full_date_again"]

_ACCESSED, _ISSUED = "accessed", "issued"


def full_date_again(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an unlabelled access date that gives the year read after the author in
    full read as the work's date (see the module's doc)."""
    labels = [label for label, _, _ in found]
    if labels.count(_ACCESSED) != 1 or labels.count(_ISSUED) != 1:
        return found  # most notes
    j, k = labels.index(_ISSUED), labels.index(_ACCESSED)
    (_, a, b), (_, c, d) = found[j], found[k]
    if j > k or b - a != 1 or not tokens[a].text.isdecimal():
        return found  # the year alone, before the date
    if not any(t.text == tokens[a].text for t in tokens[c:d]) or d - c < 3:
        return found  # another year, or no day's date
    if d < len(tokens) and tokens[d].text.isalpha():
        return found  # `9 Nisan 2017 tarihinde … adresinden alındı`: a label after it
    label_end = max((e for label, _, e in found[j + 1 : k] if label != OTHER), default=b)
    if any(_ACCESSED in marks[i] for i in range(label_end, c)):
        return found  # `accessed March 22, 2020`
    out = list(found)
    out[j], out[k] = (OTHER, a, b), (_ISSUED, c, d)
    return out
