"""An author-date bracket holds the date whole. APA and its kin write the date after the
authors in one bracket, its year first (`Zhanaltay, Z. (2020, March 5). Title.`, `(2019, 5
Mart)`, `(2020, 5 марта)`), and the title after the bracket's close: a title run that opens
inside the bracket after the year, and runs on past its close, starts after it; the words
before the close are the date's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["date_bracket_whole"]

_DATE_WORDS: Final = 4  # tokens between the year and the bracket's close at most (`, March 5`)


def date_bracket_whole(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens inside an author-date bracket started after the
    bracket, the words before the close given to the date (see the module)."""
    for j, (label, a, b) in enumerate(found):
        if label != "issued" or a < 1 or tokens[a - 1].text != "(":
            continue
        close = next(
            (k for k in range(b, min(b + _DATE_WORDS + 2, len(tokens))) if tokens[k].text == ")"),
            None,
        )
        if close is None or close == b:
            return list(found)
        inner = tokens[b:close]
        if not any(t.text.isdigit() for t in inner) or any(t.text in "().;:" for t in inner):
            return list(found)
        k = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
        if k is None or found[k][0] != "title" or not b <= found[k][1] < close < found[k][2]:
            return list(found)
        start = close + 1
        while start < found[k][2] and tokens[start].text in ".,":
            start += 1
        if start >= found[k][2]:
            return list(found)
        out = [run for i, run in enumerate(found) if i not in range(j, k + 1)]
        out += [("issued", a, close), (OTHER, close, start), ("title", start, found[k][2])]
        return sorted(out, key=lambda run: run[1])
    return list(found)
