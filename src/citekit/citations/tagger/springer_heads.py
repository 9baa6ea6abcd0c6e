"""Springer's basic reference (`Karthe D, Abdullaev I, Li L, Nittrouer JA (2017) Water in
Central Asia: an integrated assessment. Environ Earth Sci 76:690.`): names written family first
with their initials run together, commas between, the year in brackets; then the title's
sentence, and for an article the journal's abbreviated name, its volume, the issue in brackets
and the pages after a colon. The shape is exact, so where the model read a long list's last
name into the title, or the title's sentence into the journal, the runs are laid as it writes
them."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, painted
from citekit.citations.tagger.name_words import name_particles
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import SHORT_DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = ["springer_reference"]

_YEAR: Final = 4
_INITIALS: Final = 3  # letters of run-together initials at most (`JA`, `ABC`)
_FAMILY_WORDS: Final = 3  # words of a family at most (`de Gooijer`, `Bauer-Gottwein`)
_JOINS: Final = frozenset({"-", "’", "'"})
_ENDS: Final = frozenset({".", "?", "!"})
_JOURNAL_WORDS: Final = 8  # words of an abbreviated journal's name at most


@functools.cache
def _acts() -> frozenset[str]:
    """The words naming an act (`[words] legislation`: `Law`, `Decree`, `Code`)."""
    return frozenset(shipped_words("legislation"))


def _initials(text: str) -> bool:
    return text.isalpha() and text.isupper() and len(text) <= _INITIALS


def _name_end(tokens: list[Token], k: int) -> int | None:
    """The end of one `Family II` name opening at `k` (its initials included), or None."""
    words = 0
    while k < len(tokens) and words < _FAMILY_WORDS:
        text = tokens[k].text
        if not text.isalpha() or not (text[:1].isupper() or text in name_particles()):
            return None
        if words and _initials(text):
            return k + 1  # the initials close the name
        words += 1
        k += 1
        if k + 1 < len(tokens) and tokens[k].text in _JOINS and _glued(tokens, k):
            k += 1  # `Bauer-Gottwein`: the hyphen inside the family
    return None


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether the mark at `k` joins the words on either side with no space."""
    return tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _head(tokens: list[Token]) -> tuple[list[tuple[int, int]], int] | None:
    """The names and the index of the year's opening bracket of a Springer head, or None."""
    names: list[tuple[int, int]] = []
    k = 0
    while True:
        end = _name_end(tokens, k)
        if end is None:
            return None
        names.append((k, end))
        if end >= len(tokens):
            return None
        if tokens[end].text == "(":
            return names, end
        if tokens[end].text != ",":
            return None
        k = end + 1


def _year_close(tokens: list[Token], bracket: int) -> int | None:
    """The index of the bracket closing `(2019)` or `(2019a)` opened at `bracket`, or None."""
    k = bracket + 1
    if k >= len(tokens) or not (tokens[k].text.isdecimal() and len(tokens[k].text) == _YEAR):
        return None
    k += 1
    if k < len(tokens) and tokens[k].text.isalpha() and len(tokens[k].text) == 1:
        k += 1  # `2019a`
    return k if k < len(tokens) and tokens[k].text == ")" else None


def _journal(tokens: list[Token], s: int) -> list[Run] | None:
    """The journal's runs from `s`: `Name 40(5–6):856–876` or `Name 76:690`, else None."""
    k = s
    while k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text[:1].isupper():
        k += 1
    if k == s or k - s > _JOURNAL_WORDS or k >= len(tokens) or not tokens[k].text.isdecimal():
        return None
    runs: list[Run] = [("container-title", s, k), ("volume", k, k + 1)]
    k += 1
    if k + 2 < len(tokens) and tokens[k].text == "(":
        close = next(
            (i for i in range(k + 1, min(k + 5, len(tokens))) if tokens[i].text == ")"), None
        )
        if close is None or close == k + 1:
            return None
        runs.append(("issue", k + 1, close))
        k = close + 1
    if k + 1 >= len(tokens) or tokens[k].text != ":" or not tokens[k + 1].text.isalnum():
        return None
    end = k + 2
    if (
        end + 1 < len(tokens)
        and tokens[end].text in SHORT_DASHES
        and tokens[end + 1].text.isalnum()
    ):
        end += 2
    if end < len(tokens) and tokens[end].text not in ".,;":
        return None
    runs.append(("page", k + 1, end))
    return runs


def springer_reference(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Springer reference's head, and an article's title and journal, read as
    the style writes them (see the module's doc)."""
    if "(" not in text_set(tokens) or len(tokens) < 6:
        return found
    head = _head(tokens)
    if head is None:
        return found
    names, bracket = head
    if any(t.text in _acts() for a, b in names for t in tokens[a:b]):
        return found  # `Decree RK (2010) On water.`: an act, its state's initials no person's
    close = _year_close(tokens, bracket)
    if close is None or close + 1 >= len(tokens):
        return found
    out = found
    for a, b in names:
        out = painted(out, ("author", a, b))
    out = painted(out, (OTHER, bracket, bracket + 1))
    out = painted(out, ("issued", bracket + 1, bracket + 2))
    out = painted(out, (OTHER, bracket + 2, close + 1))
    start = close + 1
    labels = labels_at(out, len(tokens))
    end = next(
        (
            p
            for p in range(start + 1, len(tokens) - 1)
            if tokens[p].text in _ENDS
            and tokens[p + 1].text[:1].isupper()
            and (tokens[p].text != "." or len(tokens[p - 1].text) > 1)
        ),
        None,
    )
    journal = None if end is None else _journal(tokens, end + 1)
    if end is not None and journal is not None:
        title_end = end + 1 if tokens[end].text != "." else end
        out = painted(out, ("title", start, title_end))
        if tokens[end].text == ".":
            out = painted(out, (OTHER, end, end + 1))
        for run in journal:
            out = painted(out, run)
    elif labels[start] in PERSONS:
        return found  # the title's opening word read as a person's: no such reference
    if labels_at(out, len(tokens)) == labels_at(found, len(tokens)):
        return found  # read so already (most such notes)
    return out
