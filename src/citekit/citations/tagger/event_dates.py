"""A report or a volume named for a dated event writes the event's day in its title, before a
colon and the rest of the title, and its own year in the imprint after it (`Kazakhstan, Early
Presidential Election, 20 November 2022: Final Report. Warsaw, 2023.`, `Казахстан.
Президентские выборы 9 июня 2019 г.: Заключительный отчет. Варшава, 2019.`): the day is the
title's, the imprint's year the work's. The title runs back from the day over the words no
other field took to the sentence that opens it, and takes in a country's name the model read
as the author, alone or before its comma (`Kazakhstan, Parliamentary Elections, 19 March 2023:
… (Warsaw: OSCE, 2023)`: an election's country names no person)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names

__all__ = ["event_date_title"]

_TITLE: Final = "title"
_BACK: Final = frozenset({_TITLE, "container-title", OTHER})  # what the title runs back over
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def event_date_title(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a day's date before a colon and the title's rest read as the title's, when
    the imprint after it gives the work's year (see the module's doc)."""
    issued = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(issued) < 2:  # (at C speed: two dates)
        return found
    j = issued[0]
    _, a, b = found[j]
    if b + 1 >= len(tokens) or tokens[b].text != ":" or b - a < 3:
        return found  # a day, a month and a year, then the colon
    if j + 2 >= len(found) or found[j + 2][0] != _TITLE or found[j + 1][2] != b + 1:
        return found
    d = found[j + 2][2]
    later = [found[k] for k in issued[1:] if found[k][1] >= d]
    if not later or not any(run[0] in _IMPRINT and d <= run[1] < later[0][1] for run in found):
        return found  # no imprint with its own year after the title
    labels = [label for label, p, q in found for _ in range(p, q)]
    k = a
    while k > 0 and labels[k - 1] in _BACK and not _closes_name(tokens, labels, k - 1):
        k -= 1
    if k > 0 and labels[k - 1] == "author":
        start = next(i for i in range(k - 1, -1, -1) if i == 0 or labels[i - 1] != "author")
        named = text[tokens[start].start : tokens[k - 1].end].split(",")[0].strip()
        if start == 0 and named.casefold() in country_names():
            k = start
    while k < a and not tokens[k].text[:1].isalnum():
        k += 1
    labels[k:d] = [_TITLE] * (d - k)
    return runs(labels)


def _closes_name(tokens: list[Token], labels: list[str], k: int) -> bool:
    """Whether token `k` is the period that closes an author's run before it."""
    return tokens[k].text == "." and k > 0 and labels[k - 1] == "author"
