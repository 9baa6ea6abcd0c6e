"""The page an ibid or op. cit. points at, read from the text after its word (`Ibid., 45`,
`Там же. С. 5`, `a.g.e., s. 12`, Bluebook's `Id. at 45`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation, patterns
from citekit.citations.archives import leaf_locator
from citekit.citations.bare_pages import page_after_colon, page_after_volume, page_alone
from citekit.citations.legal_words import legal_words
from citekit.languages import shipped_words

__all__ = ["locator"]

# a leaf's side glued to its number (`vr. 14b`, `fol. 45r`), then no letter (Kazakh `12б` is a
# page's word, `бет`)
_SIDE: Final = re.compile(r"([abrv])(?![^\W\d_])")


@functools.cache
def _page_at() -> str:
    """The optional word before a pinpoint page and its space (`[words] page_at`: Bluebook's
    `Id. at 45`), as a pattern's part."""
    words = literal_alternation(sorted(shipped_words("page_at"), reverse=True))
    return rf"(?:(?:{words})\s+)?" if words else ""


@functools.cache
def _page_then_prose() -> re.Pattern[str]:
    """A page, then prose: a lower-case word after a comma or a semicolon, or a sentence of
    words after a period (`Ibid., 20, quoting …`, `Ibid., 15–16; emphasis added.`, `Ibid., 45.
    The author goes on …`)."""
    return re.compile(
        rf"[\s.,:*_]*{_page_at()}(\d+(?:\s*[-–]\s*\d+)?)"
        r"(?:[,;]\s+([^\W\d_])|\.\s+[^\W\d_]{2,}\s+([^\W\d_]))"
    )


@functools.cache
def _bare_page() -> re.Pattern[str]:
    """A page alone after an ibid word: "Ibid., 45", "*Ibid.*, 45", Bluebook's "Id. at 45"
    (`[words] page_at`), with a remark in brackets after it ("Ibid., 37 (emphasis added)."),
    with the one-word abbreviation of the pages following it (`[words] pages_following`:
    "Ibid., 5ff.", "Ibid., 101 f.") or a note on it glued (`[words] note_after`: "Ibid.,
    45n12")."""
    words = (w[:-1] for w in shipped_words("pages_following") if w.endswith("."))
    following = literal_alternation(sorted({w for w in words if w.isalpha()}, reverse=True))
    notes = literal_alternation(sorted(shipped_words("note_after"), reverse=True)) or "(?!)"
    return re.compile(
        rf"^[\s.,:*_]*{_page_at()}(\d+(?:\s*[-–]\s*\d+)?"
        rf"(?:\s?(?:{following})(?![^\W\d_])|(?:{notes})\d+)?)"
        r"[\s.]*(?:\([^()\d]*\)[\s.]*)?$"
    )


def locator(rest: str) -> str | None:
    """The page an ibid or op. cit. points at, from the text after its word."""
    p = patterns()
    pages = list(p.page_before.finditer(rest))
    if len(pages) > 1 and _issue_label(rest[pages[0].start() : pages[0].start(1)]):
        pages = pages[1:]  # `a.g.m., C. 5, S. 12, s. 45`: Sayı 12, then the page
    page = pages[0] if pages else p.page_after.search(rest)
    if page is not None:
        side = _SIDE.match(rest, page.end(1))  # `vr. 14b`: the leaf's side glued to it
        return page.group(1) + side.group(1) if side else page.group(1)
    alone = page_alone(rest)  # `Бет 46.`: a page word in another case than its list's
    if alone is not None:
        return alone
    colon = page_after_colon(rest)  # `Ibid., 41:166.`: the volume, its colon, the page
    if colon is not None:
        return colon
    rest = page_after_volume(rest) or rest  # `Ibid., vol. 2, 113.`: the page after the volume
    bare = _bare_page().match(rest)
    if bare is None:  # `Ibid., 20, quoting …`, `Ibid., 45. The author goes on …`: page, prose
        bare = _page_then_prose().match(rest)
        bare = bare if bare is not None and (bare.group(2) or bare.group(3)).islower() else None
    return bare.group(1) if bare else leaf_locator(rest) or _suffixed_leaf(rest)


@functools.cache
def _leaf_after() -> re.Pattern[str]:
    """A leaf's number with its word hyphened after it, as Kazakh writes it (`Сонда. 15-п.`,
    `8–9-пп.`: the language files' `[legal] leaf_after`; Russian's `5 п.` is a clause's), alone
    after the ibid word."""
    words = literal_alternation(sorted(set(legal_words("leaf_after")), key=len, reverse=True))
    return re.compile(rf"^[\s.,:;–—-]*(\d+(?:\s*[-–]\s*\d+)?)-(?:{words})(?!\w)[\s.]*$")


def _suffixed_leaf(rest: str) -> str | None:
    """The leaf of `Сонда. 15-п.` (see `_leaf_after`), or None."""
    found = _leaf_after().match(rest) if legal_words("leaf_after") else None
    return found.group(1) if found else None


@functools.cache
def _issue_labels() -> frozenset[str]:
    """The labels the language files list both as an issue's and a page's (`S.`: Sayı or
    sayfa), in their case, without a period."""
    issue = {w.rstrip(".") for w in shipped_words("issue")}
    return frozenset(issue & {w.rstrip(".") for w in shipped_words("page")})


def _issue_label(label: str) -> bool:
    """Whether `label` (a page label as written, `S. `) is as often an issue's: before another
    page label it is the issue (`C. 5, S. 12, s. 45`)."""
    return label.strip().rstrip(".") in _issue_labels()
