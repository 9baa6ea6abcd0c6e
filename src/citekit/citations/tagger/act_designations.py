"""An act cited by its quoted name, then its designation: the issuer in the genitive, the date,
the number and the act's kind last (`«Білім туралы» Қазақстан Республикасының 2007 жылғы 27
шілдедегі № 319 Заңы`, `«Bilim hakynda» Türkmenistanyň 2013-nji ýylyň … № 514-IV Kanuny`).
The words between the name's closing quote and the kind designate the act; they name no host
(a paper that printed it follows `//`). The model read the issuer as the note's host where the
words were new to it (a Kazakh note typed with Russian letters: `Казакстан Республикасынын`);
such a run is no field's, and a date inside it is the act's (`1991 жылгы 5 маусымдагы`). The
kind after the quoted name is no part of it either (`… № 409 «Сыбайлас … туралы» Кодексі`).
The designation may come first, its kind last before the quoted name (`Türkmenistanyň
Prezidentiniň Karary “Döwlet dili hakynda” (07.07.2008 ý.)`): it is the act's genre, and the
name its title, however the model ran the two together."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, modern_year
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = [
    "designation_before_quoted_name",
    "designation_not_host",
    "designation_then_quoted_title",
    "kind_after_quoted_name",
    "kind_read_as_host",
]

_KIND: Final = "Blegislation"
_CLOSING: Final = frozenset(QUOTES.values())
_HEAD: Final = 5  # the designation's words before the kind and the quoted name, at most
_NEAR: Final = 12  # tokens from the run's end to the act's kind, at most (`… № 358 каулысы`)


def designation_not_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
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


def designation_before_quoted_name(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the note's first run, a designation that closes with the act's kind and
    the quoted name after it (`Turkmenistanyn Prezidentinin Karary “Dowlet dili hakynda”`),
    read as the act's genre and its title."""
    if _KIND not in marks_union(marks):
        return found  # most notes: no document's kind
    for j, (label, a, b) in enumerate(found):
        if label == OTHER:
            continue
        if a > 0 and tokens[a - 1].text in QUOTES:
            return found  # a quoted headline about an act (`«Токаев подписал указ «…»»`)
        if label == "author" and _titled(tokens, b - 1, marks) and _quoted_next(tokens, found, j):
            return [*found[:j], ("genre", a, b), *found[j + 1 :]]  # the name's own run next
        if label not in ("title", "container-title"):
            return found
        for k in range(a, min(b - 2, a + _HEAD)):
            closing = QUOTES.get(tokens[k + 1].text)
            if not _titled(tokens, k, marks) or closing is None:
                continue
            ends = range(k + 2, min(b + 1, len(tokens)))
            c = next((m for m in ends if tokens[m].text == closing), None)
            if c is None or c == k + 2:
                return found
            rest = [(OTHER, c, b)] if c < b else []
            runs = [("genre", a, k + 1), (OTHER, k + 1, k + 2), ("title", k + 2, c), *rest]
            return [*found[:j], *runs, *found[j + 1 :]]
        return found
    return found


def kind_read_as_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an act's kind's word right after its quoted name, read as a host while the
    host after `//` is one too (`«… hakynda» Kanuny, … // Türkmenistanyň Mejlisiniň
    Maglumatlary`), given to no field: the act's host is the one after `//`."""
    if _KIND not in marks_union(marks):
        return found
    hosts = [j for j, run in enumerate(found) if run[0] == "container-title"]
    if len(hosts) < 2:
        return found
    _, a, b = found[hosts[0]]
    _, c, _ = found[hosts[-1]]
    slashed = c > 1 and tokens[c - 1].text == tokens[c - 2].text == "/"
    closing = a > 0 and tokens[a - 1].text in _CLOSING
    if not (slashed and closing and b - a <= 2 and all(_KIND in marks[k] for k in range(a, b))):
        return found
    return [*found[: hosts[0]], (OTHER, a, b), *found[hosts[0] + 1 :]]


def designation_then_quoted_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with an act's designation read as a title before its quoted name, its number
    and date between (`Federal Law No. 236-FZ of July 1, 2021, “On the Activities …,” SZ RF`),
    read as the act's genre, and the quoted name as its title: the model took the
    designation's words for the title, and the name for a second one."""
    if _KIND not in marks_union(marks) or not found or found[0][0] != "title":
        return found
    _, a, b = found[0]
    if not any(_titled(tokens, k, marks) for k in range(a, b)):
        return found
    for j, (label, c, d) in enumerate(found[1:], 1):
        if label not in ("title", "issued", OTHER):
            return found
        opened = c > 0 and tokens[c - 1].text in QUOTES
        closing = QUOTES.get(tokens[c - 1].text) if opened else None
        if label != "title" or closing is None:
            continue
        if not any(t.text == closing for t in tokens[d : d + 2]):
            return found
        head = [("genre", a, b)] + [
            (OTHER if run[0] == "title" else run[0], run[1], run[2]) for run in found[1:j]
        ]
        return [*head, *found[j:]]
    return found


def _titled(tokens: list[Token], k: int, marks: list[set[str]]) -> bool:
    """Whether an act's kind opens at `k` with a capital, as a designation writes it (`Karary`,
    `Указ`); a headline's verb takes it in small letters (`Мирзиёев подписал указ «…»`)."""
    return _KIND in marks[k] and tokens[k].text[:1].isupper()


def _quoted_next(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether an opening quote follows run `j` and the next run, a title, opens after it."""
    b = found[j][2]
    if b >= len(tokens) or tokens[b].text not in QUOTES or j + 1 >= len(found):
        return False
    after = [run for run in found[j + 1 : j + 3] if not (run[0] == OTHER and run[1:] == (b, b + 1))]
    return bool(after) and after[0][0] == "title" and after[0][1] == b + 1


def _designation(tokens: list[Token], a: int, b: int, dated: bool) -> list[Run]:
    """The runs of an act's designation `a`–`b`: no field's, but its date's words from its
    year up to the number's sign or the kind (`2011 жылғы 7 қарашадағы`) when the note has no
    date yet."""
    year = next((k for k in range(a, b) if modern_year(tokens[k].text)), None)
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
