"""The cited page among a note's numbers. A year-shaped number after a page's word, last in a
note that states its year elsewhere, is the page (`İstanbul Ansiklopedisi, C. 4, İstanbul 1960,
s. 1987.`): a note has one date of issue. And İSNAD's first note of an article gives the
article's page range, then the page cited within it (`Bilig 88 (2019), 15-44, 28.`): a single
page after a range, its comma (and its page's word) between, and inside that range is the
cited page (`İÜHFM, C. LXXVI, S. 2, 2018, s. 455–490, s. 468.`); the range is the article's
span, not the locator."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["cited_page"]

_RANGE: Final = 3  # tokens of `15-44`
_TWO: Final = 2
_LABEL_GAP: Final = 3  # tokens from a range's end to the page after it: `, s .`


def _page_word_before(tokens: list[Token], marks: list[set[str]], a: int) -> bool:
    """Whether the token before `a` (its period skipped) is a page's word (`s.`, `p.`)."""
    k = a - 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    return k >= 0 and "Bpage" in marks[k]


def _year_is_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) != _TWO or any(run[0] == "page" for run in found):
        return found
    j = dates[1]
    _, a, b = found[j]
    if b - a != 1 or not is_year(tokens[a].text) or not _page_word_before(tokens, marks, a):
        return found
    if any(tok.text not in ".,;" for tok in tokens[b:]):
        return found  # the number closes the note
    return [*found[:j], ("page", a, b), *found[j + 1 :]]


def _page_in_range(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    pages = [j for j, run in enumerate(found) if run[0] == "page"]
    if len(pages) != _TWO:
        return found
    j, k = pages
    _, a, b = found[j]
    _, c, d = found[k]
    # the page's own word between as often (`s. 455–490, s. 468`, `pp. 12–40, p. 17`)
    labelled = c > b + 1 and _page_word_before(tokens, marks, c) and c - b <= _LABEL_GAP
    # … in an article whose host is read: the range alone tells an article otherwise
    labelled = labelled and any(run[0] == "container-title" for run in found)
    if b - a != _RANGE or d - c != 1 or (c != b + 1 and not labelled) or tokens[b].text != ",":
        return found
    first, dash, last, page = tokens[a].text, tokens[a + 1].text, tokens[b - 1].text, tokens[c]
    if dash not in DASHES or not (first.isdecimal() and last.isdecimal() and page.text.isdecimal()):
        return found
    if not int(first) <= int(page.text) <= int(last):
        return found  # `146-150, 212`: two places cited
    return [*found[:j], (OTHER, a, c), *found[k:]]


def _page_after_range(tokens: list[Token], found: list[Run]) -> list[Run]:
    """The single page that closes a note after its article's range and a comma, in no field's
    run or in the range's own run the model called an access date (`Bilig 92 (Kış 2020),
    201-226, 210. https://doi.org/…`, `№ 4 (2005), 22-27, 24.`): inside the range, the cited
    page, in an article whose host is read, the range written after a comma (İSNAD's)."""
    if not any(run[0] == "container-title" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in ("page", "accessed"):
            continue
        end = a + _RANGE
        if end + 1 >= len(tokens) or tokens[end].text != "," or b not in (end, end + _TWO):
            continue
        if a == 0 or tokens[a - 1].text != ",":
            continue  # Chicago's `(2009): 201-226, 210`: the colon's pages, as they stand
        first, dash, last, page = (tokens[i].text for i in (a, a + 1, a + _TWO, end + 1))
        if dash not in DASHES or not all(x.isdecimal() for x in (first, last, page)):
            continue
        if end + _TWO < len(tokens) and tokens[end + _TWO].text not in ".;":
            continue  # the number goes on: `24 (2005)`, `24–25`
        if label == "page" and (j + 1 == len(found) or found[j + 1][0] != OTHER):
            continue
        if not int(first) <= int(page) <= int(last):
            continue  # `146-150, 212`: two places cited
        labels = labels_at(found, len(tokens))
        labels[a : end + 1] = [OTHER] * (end + 1 - a)
        labels[end + 1] = "page"
        return runs(labels)
    return found


def cited_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the cited page read as above (at C speed for notes with neither form: a
    second date or a second page)."""
    labels = [run[0] for run in found]
    if labels.count("page") == 1 or "accessed" in labels:
        found = _page_after_range(tokens, found)
        labels = [run[0] for run in found]
    if labels.count("issued") == _TWO:
        found = _year_is_page(tokens, marks, found)
    if labels.count("page") == _TWO:
        found = _page_in_range(tokens, marks, found)
    return found
