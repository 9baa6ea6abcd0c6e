"""A paper's issue named by its name and day alone: GOST's `Правда. 1953. 6 марта.`,
`Известия. – 1937. – 12 июня. – С. 2.`, `Türkmenistan gazeti, 2020-nji ýylyň 5-nji marty`.
Everything after the one name (its page aside) is one date with its day: the name is the
paper's, no author's, and the day and month after the year are the date's, no title's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.dates import read_date

__all__ = ["paper_day"]

_NAMES: Final = frozenset({"author", "title", "container-title"})
_MAX_RUNS: Final = 9  # a name, its date (split by the model at most thrice) and a page
_SEPARATORS: Final = frozenset({".", ",", "–", "—", "-"})


def paper_day(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a note of one name, then one whole date with its day, then at most a cited
    page read as the paper's name (a title: the record makes it the host) and its date."""
    if len(found) > _MAX_RUNS or len(found) < 3 or found[0][0] not in _NAMES:
        return found
    _, a, b = found[0]
    if any(not t.text.isalpha() and t.text not in ".-'’" for t in tokens[a:b]):
        return found  # a paper's name is words (`Газета.Ru`), no number's
    s = b
    while s < len(tokens) and tokens[s].text in _SEPARATORS:
        s += 1
    if s == b or s == len(tokens) or not tokens[s].text.isdecimal():
        return found
    e = next((k for k in range(s, len(tokens)) if "Bpage" in marks[k]), len(tokens))
    if any(run[0] not in ("page", OTHER) for run in found if run[2] > e):
        return found
    end = e
    while end > s and tokens[end - 1].text in _SEPARATORS:
        end -= 1
    text = " ".join(t.text for t in tokens[s:end])
    reading = read_date(text)
    date = reading.date
    if date is None or date.day is None or reading.start != 0 or reading.end != len(text):
        return found
    out: list[Run] = [("title", a, b), (OTHER, b, s), ("issued", s, end)]
    if end < e:
        out.append((OTHER, end, e))
    out.extend(run for run in found if run[1] >= e)
    return out
