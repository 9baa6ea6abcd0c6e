"""The ACS and MDPI journal form: `Title. Journal Year, Volume(Issue), Pages.` (`Energy Policy
2019, 45(3), 112–125.`, `Sustainability 2021, 13, 4567.`, `J. Environ. Manag. 2018, 210, 45–58.`).
A year, a comma, the volume with its issue in brackets or none, a comma and the pages (or the
article's number) close the citation; the words right before the year, back to the title's
sentence end, name the journal. A journal's name abbreviated word by word (`Int. J. Mol. Sci.`)
keeps its periods: a period is crossed while the words on both sides of it are abbreviations (a
capital, at most seven letters, no closing vowel past three: `Environ`, `Manag`, `J`, `Sci`;
not `Asia`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, modern_year, runs
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["abbreviated_word", "numbers_after_year", "year_volume_pages"]

_NUMBER_DIGITS: Final = 6  # an article's number (`4567`, `119500`) at most
_ABBREVIATION: Final = 7  # letters of an abbreviated word of a journal's name at most
_NAME_MAX: Final = 14  # tokens of a journal's name at most
_SHORT: Final = 3  # letters of an abbreviation that may close on a vowel (`Sci`, `Geo`)
_VOWELS: Final = frozenset("aeiouyAEIOUY")
_JOINS: Final = frozenset({"of", "and", "for", "in", "on", "the", "&", "-"})
_AFTER: Final = frozenset({OTHER, "DOI", "URL", "accessed"})
_CLOSES: Final = frozenset({".", ";"})


def _number(tokens: list[Token], k: int) -> bool:
    return (
        0 <= k < len(tokens)
        and tokens[k].text.isdecimal()
        and len(tokens[k].text) <= _NUMBER_DIGITS
    )


def numbers_after_year(tokens: list[Token], y: int) -> tuple[int, int | None, int, int] | None:
    """After the year at `y`: the volume's token, the issue's (or None), the pages' first and
    last + 1 tokens, when `, Volume(Issue), Pages` follows and closes the citation."""
    k = y + 1
    if k >= len(tokens) or tokens[k].text != "," or not _number(tokens, k + 1):
        return None
    volume, k, issue = k + 1, k + 2, None
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
        if not tokens[k + 1].text.isalnum():
            return None
        issue, k = k + 1, k + 3
    if k >= len(tokens) or tokens[k].text != "," or not _number(tokens, k + 1):
        return None
    first, end = k + 1, k + 2
    if end + 1 < len(tokens) and tokens[end].text in DASHES and _number(tokens, end + 1):
        end += 2
    if end < len(tokens) and tokens[end].text not in _CLOSES:
        return None
    return volume, issue, first, end


def abbreviated_word(text: str) -> bool:
    """A word of a journal's name abbreviated: `J`, `Sci`, `Manag` (not `Asia`, `Policy`)."""
    return (
        text.isalpha()
        and text[0].isupper()
        and len(text) <= _ABBREVIATION
        and (len(text) <= _SHORT or text[-1] not in _VOWELS)
    )


def _journal_start(tokens: list[Token], y: int) -> int | None:
    """The first token of the journal's name that ends right before the year at `y`."""
    k = y - 1
    abbreviated = k >= 1 and tokens[k].text == "." and abbreviated_word(tokens[k - 1].text)
    if abbreviated:
        k -= 1
    start = None
    while k >= 0 and y - k <= _NAME_MAX:
        text = tokens[k].text
        if text == ".":
            # crossed between abbreviated words only (`J. Environ. Manag.`)
            if not (abbreviated and k >= 1 and abbreviated_word(tokens[k - 1].text)):
                break
            if start is None or not abbreviated_word(tokens[start].text):
                break
        elif text[:1].isupper() and (text.isalpha() or text.replace("-", "").isalpha()):
            start = k
        elif text not in _JOINS or start is None:
            break
        k -= 1
    if start is None or start == 0 or tokens[start - 1].text not in ".?!":
        return None  # the journal's name follows a title's sentence
    return start


def year_volume_pages(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the ACS and MDPI journal form's fields (see the module's doc)."""
    for y in range(len(tokens) - 4, 1, -1):
        if not modern_year(tokens[y].text):
            continue
        parts = numbers_after_year(tokens, y)
        if parts is None:
            continue
        volume, issue, first, end = parts
        labels = labels_at(found, len(tokens))
        if any(label not in _AFTER for label in labels[end:]):
            return found
        start = _journal_start(tokens, y)
        if start is None or "title" not in labels[:start]:
            return found
        labels[start:y] = ["container-title"] * (y - start)
        opening = labels.index("title")
        # one sentence with no comma or quote (`"The Aral Sea", Encyclopedia of Water. Water
        # 2015` names a host of its own)
        one_sentence = all(t.text not in '.?!,"“”«»' for t in tokens[opening : start - 1])
        if one_sentence and "container-title" in labels[opening : start - 1]:
            # the title's last words read as a host (`… Problems in Central Asia—A Review.
            # Water 2016, 8, 219.`): the title's sentence runs to the journal's name
            labels[opening : start - 1] = ["title"] * (start - 1 - opening)
        labels[y] = "issued"
        labels[volume] = "volume"
        if issue is not None:
            labels[issue] = "issue"
        labels[first:end] = ["page"] * (end - first)
        for k in range(y + 1, end):
            if k not in (volume, issue) and not first <= k < end:
                labels[k] = OTHER
        return runs(labels)
    return found
