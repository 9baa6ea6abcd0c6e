"""A book's series and its number in brackets after its title or its host's (the linguists'
Unified Style: `Stress assignment in Tatar loanwords (Working Papers in Turkic Linguistics 7).
Uppsala: …`, `In Eziz & Olsen (eds.), Studies in Uyghur morphosyntax (Turcologica 112), pp.
55–80`; German `München: Beck (Reihe Osteuropa; 12)`): capitalised words and a number closing
the bracket are the series' name and the book's number in it, no words of the title or host
before. A volume's or a part's label (`(Vol. 2)`) and a year (`(Kazan 2005)`) name no series.
CSL's `collection-title` holds the name; the number, which no field the tagger fills holds,
is reported."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.name_joiners import joiner, name_word
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import Token

__all__ = ["bracketed_series", "number_label", "series_bracket", "series_sentence"]

_REACH: Final = 12  # tokens of the bracket at most
_NAMED: Final = frozenset({"title", "container-title", "publisher"})
_INSIDE: Final = frozenset({OTHER, "title", "container-title", "publisher", "volume", "issue"})
_LABELS: Final = ("volume", "part", "part_book", "issue", "page")


@functools.cache
def _labels() -> frozenset[str]:
    """The volume's, part's, issue's and page's labels, case-folded (`Tom`, `Vol`, `Cilt`)."""
    return frozenset(w.casefold() for w in bare_labels(_LABELS))


def number_label(word: str) -> bool:
    """Whether `word` is a volume's, a part's, an issue's or a page's label (`Tom`, `Vol`)."""
    return word.casefold() in _labels()


def series_bracket(tokens: list[Token], p: int) -> tuple[int, int] | None:
    """The end of the series' name and the closing bracket of the bracket at `p`, when it
    holds a series' name and its number, else None."""
    q = next((k for k in range(p + 1, min(len(tokens), p + _REACH)) if tokens[k].text == ")"), None)
    if q is None or q < p + 3:
        return None
    number = tokens[q - 1].text
    if not number.isdecimal() or is_year(number) or tokens[q - 1].start == tokens[q - 2].end:
        return None  # (`(ASBP-4)`, `(SARS-CoV2)`: a name's own number, glued to it)
    end = q - 2 if tokens[q - 2].text in ";," else q - 1
    words = [t.text for t in tokens[p + 1 : end]]
    if not words or not words[0][:1].isupper() or any(number_label(w) for w in words):
        return None  # (`(Vol. 2)`, `(Special Issue 3)`, `(Özel Sayı 2)`: an issue's)
    if not all(joiner(w) or (w.isalpha() and (w[:1].isupper() or len(w) > 3)) for w in words):
        return None
    return end, q


def bracketed_series(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a series' bracket after a title's or a host's name read as the series (see
    the module's doc)."""
    if "(" not in {t.text for t in tokens} or any(r[0] == "collection-title" for r in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in _NAMED:
            continue
        p = next((k for k in range(a + 1, min(b + 1, len(tokens))) if tokens[k].text == "("), None)
        if p is None:
            continue
        bounds = series_bracket(tokens, p)
        if bounds is None:
            continue
        end, q = bounds
        if any(run[0] not in _INSIDE for run in found[j + 1 :] if run[1] <= q):
            continue
        out = painted(found, (OTHER, p, p + 1))
        out = painted(out, ("collection-title", p + 1, end))
        return painted(out, (OTHER, end, q + 1))
    return found


_SERIES_WORDS: Final = 8  # words of a series' name in its sentence at most
_SERIES_MIN: Final = 2  # … and at least (one word and a number is a part: `Book 2`)
_SERIES_DIGITS: Final = 3  # digits of a book's number in its series at most


def series_sentence(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Chicago's series sentence between the title and the imprint (`Title. The
    Ottoman Empire and Its Heritage 71. Leiden: Brill, 2020.`, `Turkic. Cambridge Language
    Surveys 12. Cambridge: …`) read as the series: capitalised words and a number closing the
    title's run, a place after its period; a volume's, a part's or an issue's label names none,
    nor one word and its number (`Book 2`, `Room 101`), nor a year (`Constantinople 1453`)."""
    if any(r[0] == "collection-title" for r in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        rest = [run for run in found[j + 1 :] if run[0] != OTHER]
        if not rest or rest[0][0] != "publisher-place" or tokens[b].text != ".":
            return found
        number = tokens[b - 1].text
        if not number.isdecimal() or len(number) > _SERIES_DIGITS or b - 2 <= a:
            return found  # (`The Fall of Constantinople 1453`: a year, however early)
        k = max((i for i in range(a + 1, b - 1) if tokens[i].text == "."), default=-1)
        if k < 0 or not 0 < b - 1 - (k + 1) <= _SERIES_WORDS or len(tokens[k - 1].text) == 1:
            return found  # no sentence before the number, or an initial's period
        words = [t.text for t in tokens[k + 1 : b - 1]]
        if not words[0][:1].isupper() or any(number_label(w) for w in words):
            return found
        if len([w for w in words if not joiner(w)]) < _SERIES_MIN:
            return found  # `Book 2`, `Room 101`, `Windows 10`: a part's or a name's number
        if not all(name_word(w) for w in words):
            return found
        out = painted(found, (OTHER, k, k + 1))
        out = painted(out, ("collection-title", k + 1, b - 1))
        return painted(out, (OTHER, b - 1, b))
    return found
