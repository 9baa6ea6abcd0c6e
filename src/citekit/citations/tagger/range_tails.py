"""A page range's end that the next run took. A pinpoint range may be followed by the
author's own words (`(Ithaca, NY: Cornell University Press, 2015), 117–19, who argues …`);
a dash and a number right after a page run are the range's end, and the words after them,
in a note whose title is read before, are the note's comment, no second title. So are the
words after a labelled page that opens a second title run (`// Қазақ тарихы. 2010. № 4.
12–18 бб. Автор мұнда …`, `… 2010. S. 12. Yazar burada …`): the page's number, the comment
after its sentence's period."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = [
    "bare_issue",
    "labelled_number_left",
    "labelled_page_opening_title",
    "page_opening_a_second_title",
    "range_end_after_page",
    "range_out_of_date",
]

_DATES: Final = frozenset({"issued", "accessed"})


def _number_end(tokens: list[Token], k: int, end: int) -> int | None:
    """Where a page's number or range (`12`, `12–18`, `12 – 18`) that opens at `k` ends."""
    if k >= end or not tokens[k].text[:1].isdecimal():
        return None
    if k + 2 < end and tokens[k + 1].text in DASHES and tokens[k + 2].text.isdecimal():
        return k + 3
    return k + 1


def _label_end(tokens: list[Token], k: int, end: int) -> int | None:
    """Where a page's label with its period that opens at `k` ends (`бб.`, `S.`)."""
    if k + 1 < end and tokens[k].text in bare_labels(("page",)) and tokens[k + 1].text == ".":
        return k + 2
    return None


def _labelled_page(tokens: list[Token], a: int, b: int) -> tuple[int, int, int] | None:
    """The page's number span and where its sentence ends, when run a..b opens on a labelled
    page: the number then its label (`12–18 бб.`) or the label then the number (`S. 12.`)."""
    number = _number_end(tokens, a, b)
    if number is not None and (label := _label_end(tokens, number, b)) is not None:
        return a, number, label
    label = _label_end(tokens, a, b)
    number = None if label is None else _number_end(tokens, label, b)
    if label is not None and number is not None and number < b and tokens[number].text in ".,":
        return label, number, number + 1
    return None


def labelled_page_opening_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run that opens on a labelled page read as the page and the
    comment after it (see the module's doc)."""
    if any(run[0] == "page" for run in found):
        return found
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label != "title" or not any(r[0] == "title" for r in found[:j]):
            continue
        page = _labelled_page(tokens, a, b)
        if page is None or page[2] >= b or not tokens[page[2]].text[:1].isupper():
            continue  # a comment opens its own sentence
        start, end, _sentence = page
        runs = [(OTHER, a, start), ("page", start, end), (OTHER, end, b)]
        return [*found[:j], *(r for r in runs if r[1] < r[2]), *found[j + 1 :]]
    return found


def range_end_after_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the dash and number after a page run given to the page (see the module's
    doc)."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        nxt, c, d = found[j + 1]
        if label != "page" or nxt in ("page", OTHER) or c != b or d - c < 2:
            continue
        if tokens[b].text not in DASHES or not tokens[b + 1].text.isdecimal():
            continue
        if "–" in tokens[a].text or any(t.text in DASHES for t in tokens[a:b]):
            continue  # the page run is a range already
        rest: list[Run] = []
        if d > b + 2:
            titled = nxt == "title" and any(run[0] == "title" for run in found[:j])
            if not titled or tokens[b + 2].text not in ",;.":
                continue
            rest = [(OTHER, b + 2, d)]
        return [*found[:j], ("page", a, b + 2), *rest, *found[j + 2 :]]
    return found


def page_opening_a_second_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run that opens on a page range after the imprint's bracket
    read as the page and the comment after it (`(Leiden: E. J. Brill, 1978), 1172–81, still
    the best short survey.`): the note's title is read before."""
    if any(run[0] == "page" for run in found):
        return found
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label != "title" or not any(r[0] == "title" for r in found[:j]) or b - a < 4:
            continue
        if [t.text for t in tokens[a - 2 : a]] != [")", ","]:
            continue
        first, dash, last, comma = tokens[a : a + 4]
        if not (first.text.isdecimal() and dash.text in DASHES and last.text.isdecimal()):
            continue
        if comma.text != ",":
            continue
        return [*found[:j], ("page", a, a + 3), (OTHER, a + 3, b), *found[j + 1 :]]
    return found


def _year_after(tokens: list[Token], c: int, d: int) -> bool:
    """Whether tokens c..d are a comma and then a date holding a four-digit year."""
    return (
        d - c >= 2
        and tokens[c].text == ","
        and any(len(t.text) == 4 and t.text.isdecimal() for t in tokens[c + 1 : d])
    )


def range_out_of_date(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a labelled page range written with a hyphen that a date run took, read as
    the page, the year after its comma as the work's date (`pp. 12-25, 2020.`, `pp. 1-5,
    2020.`: no month and day `12-25` or `1-5`). The range is the page's when its label stands
    right before it or the page run holds its first number."""
    for j, (label, c, d) in enumerate(found):
        if label not in _DATES or d - c < 4:
            continue
        if tokens[c].text in DASHES and j and found[j - 1][0] == "page" and found[j - 1][2] == c:
            _, a, b = found[j - 1]
            if b - a != 1 or not tokens[a].text.isdecimal() or not tokens[c + 1].text.isdecimal():
                continue
            if not _year_after(tokens, c + 2, d):
                continue
            page: list[Run] = [("page", a, c + 2)]
            start, first = c + 2, j - 1
        else:
            if _number_end(tokens, c, d) != c + 3 or not _year_after(tokens, c + 3, d):
                continue
            if (
                c < 2
                or tokens[c - 1].text != "."
                or tokens[c - 2].text not in bare_labels(("page",))
            ):
                continue
            page, start, first = [("page", c, c + 3)], c + 3, j
        if label == "accessed" and not any("accessed" in m for m in marks):
            label = "issued"  # no access label in the note: the work's own year
        return [
            *found[:first],
            *page,
            (OTHER, start, start + 1),
            (label, start + 1, d),
            *found[j + 1 :],
        ]
    return found


def labelled_number_left(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page's label, its period and a number (or a range) that the model gave
    to no field, set off by commas, read as the page, in a note with no page (`…, no. 4,
    p. 2345, 2023.`: an article's number of four digits, no year)."""
    if any(run[0] == "page" for run in found):
        return found
    labels = bare_labels(("page",), abbreviated=True)
    for label, a, b in found:
        if label != OTHER:
            continue
        for k in range(max(a, 1), b - 2):
            if tokens[k].text not in labels or tokens[k - 1].text != ",":
                continue
            if not tokens[k].text[:1].islower():
                continue  # `S. 579`: a bill's chamber, Turkish `S.` an issue's (sayı)
            if tokens[k + 1].text != "." or (end := _number_end(tokens, k + 2, b)) is None:
                continue
            if end < len(tokens) and tokens[end].text not in ",.;":
                continue
            return painted(found, ("page", k + 2, end))
    return found


@functools.cache
def _bare_issue_words() -> frozenset[str]:
    return frozenset(shipped_words("issue_bare"))


_NUMBER_LABELS: Final = frozenset({OTHER, "issue", "issued", "volume", "page", "number-of-pages"})


def bare_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after French's unpunctuated issue label (`[words] issue_bare`:
    `…, Cahiers d'Asie centrale, no 14, 2005, p. 87-110.`) read as the issue, whatever the
    model read it as: the label set off by a comma before it, the number by a comma or the
    note's end after it."""
    words = _bare_issue_words()
    if words.isdisjoint(text_set(tokens)) or any(run[0] == "issue" for run in found):
        return found
    for k in range(1, len(tokens) - 1):
        if tokens[k].text not in words or tokens[k - 1].text != ",":
            continue
        end = _number_end(tokens, k + 1, len(tokens))
        if end is None or (end < len(tokens) and tokens[end].text not in ",.;"):
            continue
        labels = {label for label, a, b in found if a < end and b > k}
        if not labels <= _NUMBER_LABELS:
            continue
        return painted(painted(found, (OTHER, k, end + 1)), ("issue", k + 1, end))
    return found
