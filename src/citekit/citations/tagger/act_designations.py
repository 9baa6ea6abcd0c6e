"""An act cited by its quoted name, then its designation: the issuer in the genitive, the date,
the number and the act's kind last (`«Білім туралы» Қазақстан Республикасының 2007 жылғы 27
шілдедегі № 319 Заңы`, `«Bilim hakynda» Türkmenistanyň 2013-nji ýylyň … № 514-IV Kanuny`).
The words between the name's closing quote and the kind designate the act; they name no host
(a paper that printed it follows `//`). The model read the issuer as the note's host where the
words were new to it (a Kazakh note typed with Russian letters: `Казакстан Республикасынын`);
such a run is no field's, and a date inside it is the act's (`1991 жылгы 5 маусымдагы`). The
kind after the quoted name is no part of it either (`… № 409 «Сыбайлас … туралы» Кодексі`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["designation_not_host", "kind_after_quoted_name"]

_KIND: Final = "Blegislation"
_CLOSING: Final = frozenset(QUOTES.values())
_NEAR: Final = 12  # tokens from the run's end to the act's kind, at most (`… № 358 каулысы`)


def designation_not_host(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a host's run right after a quoted name and before the act's kind (no `/`
    between) read as the act's designation: no field, its year's words the act's date."""
    if _KIND not in marks_union(marks):
        return found  # most notes: no document's kind
    dated = any(label == "issued" for label, _a, _b in found)
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or a == 0 or tokens[a - 1].text not in _CLOSING:
            continue
        if _kind_after(tokens, marks, b):
            return [*found[:j], *_designation(tokens, a, b, dated), *found[j + 1 :]]
    return found


def kind_after_quoted_name(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a quoted name's title run that goes on over its closing quote to the act's
    kind's word (`«… туралы» Кодексі`, `«… туралы» … 2011 жылғы 7 қарашадағы № 346 жарлығы`)
    ended at the quote: the kind and the designation before it are no field's, but its date."""
    if _KIND not in marks_union(marks):
        return found  # most notes: no document's kind
    dated = any(label == "issued" for label, _a, _b in found)
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or b - a < 3 or _KIND not in marks[b - 1]:
            continue
        closing = QUOTES.get(tokens[a - 1].text)
        c = next((k for k in range(a, b - 1) if tokens[k].text == closing), None)
        if c is None or c == a or any(t.text == "/" for t in tokens[c:b]):
            continue
        return [*found[:j], (label, a, c), *_designation(tokens, c, b, dated), *found[j + 1 :]]
    return found


def _designation(tokens: list[Token], a: int, b: int, dated: bool) -> list[Run]:
    """The runs of an act's designation `a`–`b`: no field's, but its date's words from its
    year up to the number's sign or the kind (`2011 жылғы 7 қарашадағы`) when the note has no
    date yet."""
    year = next((k for k in range(a, b) if _year(tokens[k].text)), None)
    if year is None or dated:
        return [(OTHER, a, b)]
    end = next((k for k in range(year + 1, b) if not _date_word(tokens[k].text)), b)
    runs = [(OTHER, a, year)] if year > a else []
    return [*runs, ("issued", year, end), *([(OTHER, end, b)] if end < b else [])]


def _date_word(text: str) -> bool:
    """A date's word: a number of a day or a word (a year's or a month's), not `№` or a mark."""
    return (text.isdecimal() and len(text) <= 2) or text.isalpha()


def _kind_after(tokens: list[Token], marks: list[set[str]], b: int) -> bool:
    """Whether an act's kind stands near after `b`, before any slash or sentence's period."""
    for k in range(b, min(len(tokens), b + _NEAR)):
        if _KIND in marks[k]:
            return True
        text = tokens[k].text
        if text == "/" or (text == "." and not tokens[k - 1].text.isdigit()):
            return False
    return False


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdecimal() and text[:2] in ("18", "19", "20")
