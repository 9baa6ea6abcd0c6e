"""A month joined to its year by a word, in a language whose months the model was not taught
(`(diciembre de 2014)`, `(outubro de 2021)`): the model reads the year alone as the date and
leaves the month and its joining word to no field. The date reader knows them
(`citekit.dates`: a titles-only language's month is read before `de` and a year), so a year
run whose two words before it read with it as one month's date takes them in."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, painted
from citekit.citations.tagger.tokens import Token
from citekit.dates import read_date

__all__ = ["month_joined_to_year"]


def month_joined_to_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a month and its joining word before a year's run given to the date."""
    labels = None
    for label, a, b in found:
        if label != "issued" or b - a != 1 or a < 2 or not is_year(tokens[a].text):
            continue
        month, joiner = tokens[a - 2], tokens[a - 1]
        if not (month.text.isalpha() and month.text.islower() and joiner.text.isalpha()):
            continue
        labels = labels or labels_at(found, len(tokens))
        if labels[a - 2] != OTHER or labels[a - 1] != OTHER:
            continue
        when = read_date(f"{month.text} {joiner.text} {tokens[a].text}").date
        if when is None or when.month is None:
            continue
        return painted(found, ("issued", a - 2, b))
    return found
