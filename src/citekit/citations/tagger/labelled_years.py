"""A number of four digits after an issue's label word (`Известия. 1996. № 1782.`, `Sayı
2019`): the model may read it as a second date, since it looks like a year. A label names the
number's field, and the note's date is its other year, so the number is the issue. A label that
is a page's word too (Turkish `s.`, sayfa or sayı) is left to the page rules. And a day and its
month alone after the year, read as a second title (`// Ертіс толқыны. – 2018. – 3 наурыз (№
24).`), are the paper's date."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.report_numbers import number_labels
from citekit.citations.tagger.tokens import Token

__all__ = ["day_after_year", "issue_not_year"]


def issue_not_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a one-number date run right after an issue's label word (its colon or
    period glued after it: Turkish `No: 1560`) read as the issue, when another run dates the
    note and none holds an issue."""
    labels = [label for label, _, _ in found]
    if labels.count("issued") < 2 or "issue" in labels:  # most notes (at C speed)
        return found
    for label, a, b in found:
        if label != "issued" or b - a != 1 or a == 0 or not tokens[a].text.isdecimal():
            continue
        k = (
            a
            - 1
            - (a > 1 and tokens[a - 1].text in ":." and tokens[a - 1].start == tokens[a - 2].end)
        )
        label_marks = marks[k]  # the label's, its colon or period glued after it (`No: 1560`)
        label = tokens[k].text  # `No`, `nr`, `№`; not an initial (`Aliyeva, N. 2022.`)
        numbered = label.casefold() in number_labels() and (len(label) > 1 or not label.isalpha())
        if ("issue" in label_marks or numbered) and "page" not in label_marks:  # `s.`: a page's
            return painted(found, ("issue", a, b))
    return found


_DAY_MONTH: Final = 2  # `3`, `наурыз`
_LAST_DAY: Final = 31


def day_after_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a second title run that is only a day and a month word, after the run
    that holds the note's year, read as the date's."""
    labels = [label for label, _, _ in found]
    if labels.count("title") < 2 or "issued" not in labels:  # most notes (at C speed)
        return found
    year = labels.index("issued")
    for j, (label, a, b) in enumerate(found):
        if label != "title" or j <= year or b - a != _DAY_MONTH:
            continue
        day, month = (a, a + 1) if tokens[a].text.isdecimal() else (a + 1, a)
        if not tokens[day].text.isdecimal() or not 1 <= int(tokens[day].text) <= _LAST_DAY:
            continue
        if "month" in marks[month]:
            return painted(found, ("issued", a, b))
    return found
