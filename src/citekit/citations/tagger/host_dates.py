"""A date inside a host's name: the days a conference sat (`// Наука и образование :
материалы Междунар. конф., 31 мая 2018 г. – Тамбов, 2018. – С. 45–48.`). After `//` a day's
date followed by the imprint's place and its own year is the meeting's, no issued date: the
proceedings were published in the imprint's year."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["meeting_date"]


def meeting_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's dated run (a day and month with its year) before the imprint's
    place and year read as no field's."""
    host = next(
        (k for k in range(len(tokens) - 1) if tokens[k].text == tokens[k + 1].text == "/"),
        None,
    )  # `//`: two slashes
    if host is None:
        return found
    labels = [run[0] for run in found]
    if labels.count("issued") < 2:
        return found
    j = next(j for j, run in enumerate(found) if run[0] == "issued")
    _, a, b = found[j]
    if a < host or b - a < 3 or not any(t.text.isalpha() for t in tokens[a:b]):
        return found  # a day, its month's word and a year
    rest = labels[j + 1 :]
    if "publisher-place" not in rest or "issued" not in rest:
        return found
    if rest.index("publisher-place") > rest.index("issued"):
        return found
    _, c, d = found[j + 1 + rest.index("issued")]
    if d - c != 1 or not tokens[c].text.isdecimal():
        return found  # the imprint's year alone
    return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
