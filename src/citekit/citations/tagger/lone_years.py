"""A year standing alone at the title's end is the work's date when the note has no other. A
note dates its work; a title names a year inside its words (`since 1991`, `in 1923`,
`(1923-1950)`), never as a year of its own after them. So in a note with no date (and no mark
saying so: `(n.d.)`, `(к.ж.)`), a year in brackets of its own after the title (Harvard's `Title
(2018) Site. Available at:`) is the date and the words after it the host, unless GOST's
bracketed kind of the resource follows it (`Title (1980) [Электронный ресурс]`: the title area
runs to it); and a bare year after the title's closing bracket, quote, dash or capitalised
word, closing the title's sentence before its numbers (`Yapay Zekâ Uygulamaları (1923-1950)
1943. C. 12.`, `… революций в 1991–2021 гг. – 1930.`), is the date. A year inside the title's
own quotes is the title's (`“Slide Atlas of Endoscopy 1990.”`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, is_year
from citekit.citations.tagger.tokens import LONG_DASHES, Token
from citekit.citations.tagger.undated import marked_undated

__all__ = ["year_after_title"]

# what may follow a bare year that closes the title's sentence: its numbers, an address
_AFTER: Final = frozenset({"volume", "issue", "page", "number-of-pages", "URL"})
_BEFORE: Final = frozenset(')”»"’') | LONG_DASHES  # marks a year of its own may stand after
_QUOTES: Final = {"«": "»", "„": "“", "“": "”", '"': '"', "‘": "’"}
_HOST_WORDS: Final = 4  # words of a host after a bracketed year, at most
_SHORTEST: Final = 4  # tokens of a title run with a year of its own: a word, the year and marks


def _bracketed(tokens: list[Token], a: int, b: int) -> int | None:
    """The index of `(` of the title's last bracket that holds a year alone and is followed by
    no more than a host's few capitalised words, else None."""
    for k in range(b - 3, a, -1):
        if tokens[k].text != "(":
            continue
        if tokens[k + 2].text != ")" or not is_year(tokens[k + 1].text):
            return None
        rest = [t.text for t in tokens[k + 3 : b]]
        if len(rest) > _HOST_WORDS or (rest and not rest[0][:1].isupper()):
            return None
        return k if all(w[:1].isalnum() or w == "." for w in rest) else None
    return None


def _quoted_at(tokens: list[Token], a: int, k: int) -> bool:
    """Whether a quote opened at or before the title's start is still open at token `k`: a
    year inside the title's quotes is the title's (`“Slide Atlas of Endoscopy 1990.”`)."""
    opened: list[str] = []
    for token in tokens[max(a - 1, 0) : k]:
        mark = token.text
        if opened and _QUOTES.get(opened[-1]) == mark:
            opened.pop()
        elif mark in _QUOTES:
            opened.append(mark)
    return bool(opened)


def year_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year alone after the title's words read as the date (see the module's
    doc)."""
    if any(label == "issued" for label, _, _ in found) or marked_undated(tokens):
        return found  # most notes: the note dates the work elsewhere, or says it has no date
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    if b - a < _SHORTEST:
        return found
    k = _bracketed(tokens, a, b)
    gmd = b < len(tokens) and tokens[b].text == "["  # GOST's `Title (1980) [Электронный ресурс]`
    if k is not None and not _quoted_at(tokens, a, k) and not (gmd and k + 3 == b):
        runs: list[Run] = [("title", a, k), (OTHER, k, k + 1), ("issued", k + 1, k + 2)]
        runs.append((OTHER, k + 2, k + 3))
        if k + 3 < b:
            runs.append(("container-title", k + 3, b))
        return [*found[:j], *runs, *found[j + 1 :]]
    year, before = tokens[b - 1].text, tokens[b - 2].text
    if b - 4 >= a and tokens[b - 3].text in "'’":
        before = tokens[b - 4].text  # `Türkmenistan'da 1943`: a suffix after the apostrophe
    if not is_year(year) or not (before in _BEFORE or before[:1].isupper()):
        return found
    if before in LONG_DASHES and tokens[b - 3].text[-1:].isdigit():
        return found  # `D.C., 1990–2000`: a range of years the title treats
    if (b < len(tokens) and tokens[b].text not in ".,") or _quoted_at(tokens, a, b - 1):
        return found
    nxt = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
    if nxt is not None and nxt[0] not in _AFTER:
        return found
    # GOST's `. – 1930`: the dash sets the year apart
    end = b - 2 if before in LONG_DASHES else b - 1
    date: list[Run] = [("title", a, end), (OTHER, end, b - 1), ("issued", b - 1, b)]
    return [*found[:j], *[r for r in date if r[1] < r[2]], *found[j + 1 :]]
