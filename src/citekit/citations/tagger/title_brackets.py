"""A title's run cut at the wrong mark. Two forms:

- An apostrophe inside a word (`Ravzatü’l-Hüseyn`, `Ahbâri’l-Hâfikayn`: the Arabic article of a
  romanised Ottoman title; a house's `Dâru'l-Ma'rife`) may look like a closing quote to the
  model, which ends the title there. A title's run that stops right before an apostrophe glued
  to letters on both sides goes on over the glued word, and over the bracket it leaves open
  (`( … Ahbâri’l-Hâfikayn )`); so does a host's, a house's or a place's before the article's
  `'l-` (not before Turkish's case ending, `Kongresi'nde`).
- A bracketed translation after the title (`Osmanlı Nüfusu … [Ottoman Population, 1830–1914:
  …]`) whose opening the model took into the title's run and whose rest it left out: the
  title ends before the bracket it does not close."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["title_before_open_bracket", "title_over_apostrophe"]


@functools.cache
def _acts() -> frozenset[str]:
    return frozenset(w for w in shipped_words("legislation") if w[:1].isupper() and " " not in w)


_APOSTROPHES: Final = frozenset({"’", "'", "ʼ"})
# the runs a word's apostrophe cannot end: a title's, a host's, a house's (`Dâru'l-Ma'rife`)
_WORDED: Final = frozenset({"title", "container-title", "publisher", "publisher-place"})
_PAIRS: Final = {"(": ")", "[": "]"}
_ARTICLE: Final = 2  # letters of the Arabic article after an apostrophe at most (`'l-`, `'ş-`)


def _glued(tokens: list[Token], k: int) -> bool:
    return 0 < k < len(tokens) and tokens[k - 1].end == tokens[k].start


def _word_end(tokens: list[Token], k: int) -> int:
    """Where the word glued on at token `k` ends (`’ l - Hâfikayn`)."""
    while k < len(tokens) and _glued(tokens, k) and tokens[k].text not in ",.;:)]":
        k += 1
    return k


def _open(tokens: list[Token], a: int, b: int, mark: str) -> bool:
    """Whether run a..b leaves a `mark` bracket open."""
    depth = 0
    for t in tokens[a:b]:
        depth += (t.text == mark) - (t.text == _PAIRS[mark])
    return depth > 0


def _article(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the Arabic article's letter glued to its hyphen (`'l-`, `'r-`)."""
    return (
        len(tokens[k].text) <= _ARTICLE
        and _glued(tokens, k + 1)
        and tokens[k + 1].text == "-"
        and _glued(tokens, k + 2)
    )


def title_over_apostrophe(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's, a host's or a house's run taken on over a word's apostrophe
    (see the module's doc)."""
    out = list(found)
    j = 0
    while j < len(out) - 1:
        label, a, b = out[j]
        after, _, d = out[j + 1]
        j += 1
        if label not in _WORDED or after != OTHER or tokens[b].text not in _APOSTROPHES:
            continue
        if not (_glued(tokens, b) and _glued(tokens, b + 1) and tokens[b + 1].text.isalpha()):
            continue
        if not tokens[b - 1].text[-1:].isalpha():
            continue
        if label != "title" and not _article(tokens, b + 1):
            continue  # `Kongresi'nde`: Turkish's case ending after a name, no name's
        end = min(_word_end(tokens, b + 1), d)
        if end < d and tokens[end].text == ")" and _open(tokens, a, end, "("):
            end += 1
        out[j - 1 : j + 1] = [(label, a, end), *([(OTHER, end, d)] if end < d else [])]
    return out


def title_before_open_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's run ended before a square bracket it leaves open (see the
    module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or not _open(tokens, a, b, "["):
            continue
        cut = max(k for k in range(a, b) if tokens[k].text == "[")
        if cut == a:
            continue
        rest = found[j + 1] if j + 1 < len(found) else None
        if rest is None or rest[0] != OTHER:
            continue
        close = next((k for k in range(rest[1], rest[2]) if tokens[k].text == "]"), None)
        if close is None or not any(t.text.isalpha() for t in tokens[rest[1] : close]):
            continue  # `[reprinted from Scribner's (1896)]`: the marks after it close it
        return [*found[:j], ("title", a, cut), (OTHER, cut, rest[2]), *found[j + 2 :]]
    return found


def head_before_title_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a note's opening words before a bracket the title's run closes read as the
    title's (`European Union (Withdrawal) Act 2018`): the model, taking `European Union` for
    a body, left the bracket's opening out; a title's run closes no bracket it did not open.
    Only an act's name so closes (`[words] legislation`): a person's bracket describes them."""
    if len(found) < 3:
        return found
    (label, a, _b), (mark, c, d), (title, e, f) = found[:3]
    if label not in ("author", "container-title") or a != 0 or title != "title":
        return found
    if mark != OTHER or d - c != 1 or tokens[c].text != "(" or e != d:
        return found
    if tokens[f - 1].text not in _acts():
        return found  # `Ahmet Demir (emekli büyükelçi) ile görüşme`: a person's, described
    closes = next((k for k in range(e, f) if tokens[k].text == ")"), None)
    if closes is None or closes + 1 >= f or _open(tokens, e, closes, "("):
        return found  # the title goes on after the bracket: `(Withdrawal) Act`
    return [("title", a, f), *found[3:]]
