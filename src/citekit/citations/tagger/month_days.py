"""A month and its day after the year's sentence. GOST's dash areas may give a paper's date
in English order after its year (`// Financial Times. – 2018. – April 10. – P. 2.`): a month's
word and a day's number right after the year's area are the date's, not a volume.

APA dates a meeting's paper by its days in the year's bracket (`(2019, September 5–7).`,
`(2021, March 30–April 2)`): the months' words, days and dashes up to the closing bracket are
the date's, not a host and an issue.

Author-date styles (ASA, Chicago author-date, APA for news) give the year after the author
and the month and day after the periodical's name: `Ivanova, Ol'ga. 2019. "Title." Kommersant,
October 9.`, `… Twitter, June 14.`, `… Eurasia Migration Blog, April 22. Retrieved …`. A month
and a day with no year after a host's comma are the work's date, read with the year before:
no host's name closes on a month and a number."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.name_joiners import name_word
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = [
    "bracketed_day_range",
    "host_sentence_before_day",
    "month_day_after_host",
    "month_day_after_year",
]

_DAYS: Final = 31
_HOSTS: Final = frozenset({"container-title", "title", "publisher", OTHER})
_AFTER: Final = frozenset({".", ";"})
_QUOTES: Final = frozenset({'"', "”", "’", "'"})  # a quoted title's closing quote
_RANGE: Final = 6  # tokens of the days' part at most (`March 30 – April 2`)


def month_day_after_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a month's word and its day after the year's area read as the date (see the
    module's doc)."""
    for j in range(len(found) - 2):
        (year, _, b), (gap, c, d), (label, e, f) = found[j : j + 3]
        if year != "issued" or gap != OTHER or label == "issued" or b != c:
            continue
        texts = [t.text for t in tokens[c:d]]
        if (
            len(texts) < 3
            or texts[0] != "."
            or texts[1] not in DASHES
            or "month" not in marks[d - 1]
        ):
            continue
        day = tokens[e].text if e == d and f - e == 1 else ""
        if not (day.isdecimal() and 0 < int(day) <= _DAYS):
            continue
        return [*found[: j + 1], (OTHER, c, d - 1), ("issued", d - 1, f), *found[j + 3 :]]
    return found


def _day(text: str) -> bool:
    return text.isdecimal() and 0 < int(text) <= _DAYS


def bracketed_day_range(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the days of a span after the year in its bracket read as the date (see the
    module's doc); a day alone is left to the model."""
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text != "(" or not is_year(tokens[i + 1].text) or tokens[i + 2].text != ",":
            continue
        close = next(
            (k for k in range(i + 3, min(n, i + 4 + _RANGE)) if tokens[k].text == ")"), None
        )
        if close is None:
            return found
        part = range(i + 3, close)
        dashes = sum(tokens[k].text in DASHES for k in part)
        written = all(
            tokens[k].text in DASHES or _day(tokens[k].text) or "month" in marks[k] for k in part
        )
        if dashes == 1 and written and any("month" in marks[k] for k in part):
            return painted(found, ("issued", i + 1, close))
        return found
    return found


def month_day_after_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a month and a day after a host's comma read as the date with the year
    read before them (see the module's doc)."""
    dated = [(a, b) for label, a, b in found if label == "issued"]
    if len(dated) != 1 or dated[0][1] - dated[0][0] != 1 or not is_year(tokens[dated[0][0]].text):
        return found
    n = len(tokens)
    for k in range(dated[0][1] + 2, n - 1):
        if "Bmonth" not in marks[k] or not _opens_day(tokens, k):
            continue
        day = tokens[k + 1].text
        if not (_day(day) and len(day) <= 2):
            continue
        if k + 2 < n and tokens[k + 2].text not in _AFTER and not _page_after(tokens, marks, k + 2):
            continue  # `June 14, 2022`: a whole date, read as one
        if any(
            label not in _HOSTS
            and not (label in ("page", "issue") and a >= k)  # `October 9` as a page, an issue
            for label, a, b in found
            if a < k + 2 and b > k - 1
        ):
            continue
        return painted(painted(found, (OTHER, k - 1, k)), ("issued", k, k + 2))
    return found


def _opens_day(tokens: list[Token], k: int) -> bool:
    """Whether the month at `k` follows a host's comma or a sentence closed after a quoted or
    bracketed title: the title's period and its closing quote glued to it (`"Title." July 9.`),
    or a bracket's period (`[Translation]. July 3.`); never an opening quote (`"May 9."`)."""
    before = tokens[k - 1].text
    if before == ",":
        return True
    if k < 2:
        return False
    if before == "." and tokens[k - 2].text == "]":
        return True
    closing = tokens[k - 1].start == tokens[k - 2].end and tokens[k].start > tokens[k - 1].end
    return before in _QUOTES and tokens[k - 2].text == "." and closing


def _page_after(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether a comma at `k` is followed by a page's label (`New Yorker, March 8, pp. 34–41`),
    no year."""
    return tokens[k].text == "," and k + 1 < len(tokens) and "page" in marks[k + 1]


_HOST_WORDS: Final = 6  # words of a periodical's name closing the title's run at most


def host_sentence_before_day(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the periodical's name the model ran into the title before a day and a
    month with no year (SAGE Harvard's `Harrow N (2020) Title. Foreign Policy, 3 April.`):
    the title's last sentence, capitalised words after its period, is the host, when the
    day's date follows its comma and the year was read before."""
    for j in range(len(found) - 2):
        (label, a, b), (gap, c, d), (date, e, f) = found[j : j + 3]
        if label != "title" or gap != OTHER or date != "issued" or d - c != 1:
            continue
        if tokens[c].text != "," or not (f - e == 2 and _day(tokens[e].text)):
            return found
        if "month" not in marks[e + 1] or (f < len(tokens) and is_year(tokens[f].text)):
            return found
        if not any(run[0] == "issued" for run in found[:j]):
            return found
        k = max((i for i in range(a + 1, b) if tokens[i].text == "."), default=-1)
        if k < 0 or len(tokens[k - 1].text) == 1 or not 0 < b - k - 1 <= _HOST_WORDS:
            return found  # no sentence, or an initial's period
        words = tokens[k + 1 : b]
        if not all(name_word(w.text) or w.text == "." for w in words):  # (`U.S. News`)
            return found
        return painted(painted(found, (OTHER, k, k + 1)), ("container-title", k + 1, b))
    return found
