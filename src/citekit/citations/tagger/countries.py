"""A place of publication and the country after it: `Astana, Kazakhstan: Elorda` is one
place; `Moscow, Mir, 1993` (the transliterated reference lists of Russian and Kazakh journals)
is a place and its publisher, since what follows the comma is no country. Country names are
CLDR's, in every shipped language (`citekit.languages.country_names`)."""

from __future__ import annotations

from typing import Final

from citekit._text import unmixed
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.tokens import LONG_DASHES, Token, text_set, written_text
from citekit.languages import country_names

__all__ = [
    "city_before_country",
    "city_before_state",
    "host_before_state",
    "place_and_country",
    "place_before_state",
    "place_then_publisher",
]

_MAX_WORDS: Final = 6  # "Amerika Birleşik Devletleri", "Bosnia & Herzegovina" as tokens
_JOINS: Final = frozenset({",", "-", "–"})  # between a city and its country
_AFTER: Final = frozenset({":", ",", ".", ";", ")"})  # what may follow a country in an imprint
_KEEP: Final = frozenset({OTHER, "title", "container-title", "publisher", "publisher-place"})
_OPENS_IMPRINT: Final = LONG_DASHES | {"(", ".", ",", ";"}
_STATE_AFTER: Final = frozenset({":", ","})  # what follows a bracketed state in an imprint
_STATE_LETTERS: Final = 2  # a state's postal code: `IN`, `CT`
_MAX_CODE: Final = 3  # a state's or a country's code: `MA`, `UK`, `USA`
_MAX_CITY_WORDS: Final = 3  # "Reading", "Ann Arbor", "Salt Lake City"


def _written(tokens: list[Token], a: int, b: int) -> str:
    """Tokens a..b as written, a space for each gap, each word in its own alphabet
    (`Kazakhstаn`, a Cyrillic а), casefolded."""
    return unmixed(written_text(tokens, a, b)).casefold()


def country_end(tokens: list[Token], a: int) -> int | None:
    """Where a country's name that starts at token `a` ends, the longest one CLDR knows."""
    names = country_names()
    for b in range(min(len(tokens), a + _MAX_WORDS), a, -1):
        if _written(tokens, a, b) in names:
            return b
    return None


def place_and_country(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place run that a comma or dash and a country's name follow (then a
    colon, comma, period or the end) going on over the country: `Astana, Kazakhstan: Elorda`,
    `Ankara-Türkiye.`, whatever the model called the country. So a state's code or a
    country in brackets before the imprint's colon or comma (`Cambridge (MA): MIT Press`,
    `New Haven (CT):`): the code is the place's."""
    if "publisher-place" not in [run[0] for run in found]:
        return list(found)
    out = list(found)
    for label, a, b in found:
        if label == "publisher-place" and (end := _bracketed_state(tokens, b)) is not None:
            if all(run[0] in _KEEP for run in out if run[1] < end and run[2] > b):
                out = painted(out, ("publisher-place", a, end))
            continue
        if label != "publisher-place" or b + 1 >= len(tokens) or tokens[b].text not in _JOINS:
            continue
        end = country_end(tokens, b + 1) or _state_code(tokens, b + 1)
        if end is None or (end < len(tokens) and tokens[end].text not in _AFTER):
            continue
        if all(run[0] in _KEEP for run in out if run[1] < end and run[2] > b):
            out = painted(out, ("publisher-place", a, end))
    return out


def _state_code(tokens: list[Token], k: int) -> int | None:
    """The end of a state's two-letter code at `k` that the imprint's colon follows (`, IN:`)."""
    code = tokens[k].text
    if k + 1 >= len(tokens) or tokens[k + 1].text != ":" or tokens[k - 1].text != ",":
        return None
    state = code.isascii() and code.isalpha() and code.isupper() and len(code) == _STATE_LETTERS
    return k + 1 if state else None


def _bracketed_state(tokens: list[Token], b: int) -> int | None:
    """Where a state's code or a country in brackets that starts at token `b` ends (`(MA)`,
    `(CT)`, `(UK)`, `(Mass.)`), when the imprint's colon or comma follows it; else None."""
    if b + 3 >= len(tokens) or tokens[b].text != "(":
        return None
    if tokens[b + 2].text == ")":
        code = tokens[b + 1].text
        if tokens[b + 3].text not in _STATE_AFTER:
            return None
        if code.isascii() and code.isalpha() and code.isupper() and len(code) <= _MAX_CODE:
            return b + 3
    close = next(
        (k for k in range(b + 2, min(len(tokens), b + _MAX_WORDS + 2)) if tokens[k].text == ")"),
        None,
    )
    if close is None or close + 1 >= len(tokens) or tokens[close + 1].text not in _STATE_AFTER:
        return None
    return close + 1 if country_end(tokens, b + 1) == close else None


def _dated_publisher(tokens: list[Token], after: list[Run]) -> bool:
    """Whether the first of the runs `after` a comma is a publisher's name (called a publisher,
    a person or a host) that a comma and the year's run follow."""
    label, _, d = after[0]
    return (
        label in ("publisher", "author", "container-title")
        and len(after) > 1
        and after[1][0] == "issued"
        and d + 1 == after[1][1]
        and tokens[d].text == ","
    )


def place_then_publisher(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place run written `Place, Publisher` split at its comma when the note
    names no publisher: a place of the lexicon, then capitalised words that are no country,
    no place and no state's code (`Washington, DC`)."""
    labels = {run[0] for run in found}
    if "publisher" in labels or "publisher-place" not in labels:
        return list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "publisher-place":
            continue
        comma = next((k for k in range(a + 1, b - 1) if tokens[k].text == ","), None)
        if comma is None or not one_place(marks, a, comma):
            continue
        start = comma + 1
        word = tokens[start].text
        glued = start + 1 < b and tokens[start + 1].start == tokens[start].end  # `O‘qituvchi`
        if not word[:1].isupper() or (word.isupper() and len(word) < _MAX_CODE and not glued):
            continue  # `Washington, DC`; a body's three capitals publish (`Ankara, TDK`)
        if country_end(tokens, start) is not None or any(marks[k] for k in range(start, b)):
            continue
        runs = [("publisher-place", a, comma), (OTHER, comma, start), ("publisher", start, b)]
        return [*found[:j], *runs, *found[j + 1 :]]
    return list(found)


def place_before_state(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `City, State: Publisher` read as the place when the note names none: a
    state's or nation's name or abbreviation after a comma (`[words] countries`, CLDR's
    countries) names the capitalised words before it a place, a city the lexicon may not know
    (`Reading, Mass.: Addison-Wesley`, `Networks. Ann Arbor, MI: …`), whether the model left
    them unlabelled or in the title's run."""
    if "publisher-place" in [run[0] for run in found]:
        return list(found)
    for j, (label, a, _b) in enumerate(found[1:], start=1):
        if label != "publisher" or a < 4 or tokens[a - 1].text != ":":
            continue
        comma = next((k for k in range(a - 2, 0, -1) if tokens[k].text == ","), None)
        if comma is None or country_end(tokens, comma + 1) != a - 1:
            continue
        start = comma
        while (
            start > 0
            and comma - start < _MAX_CITY_WORDS
            and tokens[start - 1].text.isalpha()
            and tokens[start - 1].text[0].isupper()
        ):
            start -= 1
        if start == comma or (start > 0 and tokens[start - 1].text not in _OPENS_IMPRINT):
            continue
        # the state the model may have called a host (`New Brunswick, N.J.:`)
        state = [r for r in found[:j] if r[1] > comma and r[0] == "container-title"]
        if all(r[0] in (OTHER, "title") or r in state for r in found[:j] if r[2] > start):
            return painted(list(found), ("publisher-place", start, a - 1))
    return list(found)


def city_before_state(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `City, State: Publisher` read as the place when the model called the city
    a publisher and the state the place (`Madison, Wis.: University of Wisconsin Press`): a
    state's or nation's name after the city's comma, then the imprint's colon and the
    publisher's run, names the words before it the city."""
    labels = [run[0] for run in found]
    if labels.count("publisher") < 2 or "publisher-place" not in labels:
        return list(found)  # most notes: one publisher
    for j in range(len(found) - 3):
        (city, a, b), (comma, _, c), (place, d, _e) = found[j : j + 3]
        if city != "publisher" or comma != OTHER or place != "publisher-place" or c != d:
            continue
        if c - b != 1 or tokens[b].text != "," or b - a > _MAX_CITY_WORDS:
            continue
        end = country_end(tokens, d)
        if end is None or end >= len(tokens) or tokens[end].text != ":":
            continue
        after = [run for run in found[j + 3 :] if run[0] != OTHER]
        if not after or after[0][0] != "publisher" or after[0][1] != end + 1:
            continue
        if all(t.text.isalpha() and t.text[0].isupper() for t in tokens[a:b]):
            return painted(list(found), ("publisher-place", a, end))
    return list(found)


def host_before_state(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `City (State): Publisher` read as the place when the model called it a host
    and the note names no place (`Berkeley (Calif.): University of California Press`): a city's
    capitalised words, its state's name or code in brackets, the imprint's colon, then the
    publisher's run. With a comma for the colon (`Armonk (NY), M.E. Sharpe, 2005`), the run
    after it is the publisher when a comma and the year follow it, whatever the model called
    it (a publisher's initials read as a person's)."""
    texts = text_set(tokens)
    if "(" not in texts or not texts & {":", ","}:
        return list(found)  # no bracket or no imprint's mark (most notes)
    labels = [run[0] for run in found]
    if "publisher-place" in labels or "title" not in labels:
        return list(found)  # most notes
    for j, (label, a, b) in enumerate(found[:-2]):
        if label != "container-title" or "title" not in labels[:j]:
            continue
        bracket = next((k for k in range(a + 1, b) if tokens[k].text == "("), None)
        if bracket is None or bracket - a > _MAX_CITY_WORDS:
            continue
        if not all(t.text.isalpha() and t.text[0].isupper() for t in tokens[a:bracket]):
            continue
        end = _bracketed_state(tokens, bracket)
        if end != b or tokens[b].text not in ":,":
            continue
        after = [run for run in found[j + 1 :] if run[0] != OTHER]
        if not after or after[0][1] != b + 1:
            continue
        if tokens[b].text == ":" and after[0][0] == "publisher":
            return painted(list(found), ("publisher-place", a, b))
        if tokens[b].text == "," and _dated_publisher(tokens, after):
            placed = painted(list(found), ("publisher-place", a, b))
            return painted(placed, ("publisher", after[0][1], after[0][2]))
    return list(found)


_HOUSE_WORDS: Final = 4  # words of IEEE's house before its city at most (`WHO`, `Springer`)
_BEFORE_HOUSE: Final = frozenset({",", '"', "”", "»"})  # a comma, or the title's closing quote


def city_before_country(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with IEEE's `…," WHO, Geneva, Switzerland, 2023.`: a country read as the place
    after a city the model gave another field is the place's end, the city its start; and the
    capitalised words between the comma before the place and the title's closing quote (or a
    comma) the house, when the note names none."""
    for j, (label, a, b) in enumerate(found):
        if label != "publisher-place" or j < 2:
            continue
        city = found[j - 2]
        if (
            country_end(tokens, a) == b
            and found[j - 1] == (OTHER, a - 1, a)
            and tokens[a - 1].text == ","
            and city[0] in _KEEP
            and one_place(marks, city[1], city[2])
        ):
            return _house_before_place(
                tokens, painted(found, ("publisher-place", city[1], b)), city[1]
            )
        comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
        if comma is not None and country_end(tokens, comma + 1) == b:
            return _house_before_place(tokens, found, a)  # `Geneva, Switzerland` read whole
        return found
    return found


def _house_before_place(tokens: list[Token], found: list[Run], a: int) -> list[Run]:
    """`found` with the capitalised words left to no field between a quote's close or a comma
    and the comma before the place at `a` read as the publisher (`," WHO, Geneva`)."""
    c = a - 1
    if c < 2 or tokens[c].text != "," or any(run[0] == "publisher" for run in found):
        return found
    k = c
    while k > 0 and c - k < _HOUSE_WORDS and tokens[k - 1].text[:1].isupper():
        k -= 1
    if k == c or k == 0 or tokens[k - 1].text not in _BEFORE_HOUSE:
        return found
    if not all(run[0] == OTHER for run in found if run[1] < c and run[2] > k):
        return found
    return painted(found, ("publisher", k, c))


_ABBREVIATED_STATE: Final = 5  # letters of a state's shortened name at most (`Calif.`, `Mass.`)


def _state_after_comma(tokens: list[Token], k: int) -> int | None:
    """The end of a state's name, code or shortened name with its period at `k` (`CA`,
    `California`, `Calif.`) that the imprint's colon follows, or None."""
    end = country_end(tokens, k)
    if end is None:
        word = tokens[k].text
        code = word.isascii() and word.isupper() and len(word) == _STATE_LETTERS
        short = word.isalpha() and word.istitle() and len(word) <= _ABBREVIATED_STATE
        dotted = k + 1 < len(tokens) and tokens[k + 1].text == "."
        end = k + 1 if code else (k + 2 if short and dotted else None)
    if end is None or end >= len(tokens) or tokens[end].text != ":":
        return None
    return end


def city_read_as_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `City, State: Publisher` read as the place when the model called the city
    a host and the state the place (`…, Santa Monica, Calif.: RAND Corporation, 2023`): a
    city's capitalised words, a comma, a state's name, code or shortened name, the colon."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "container-title" or b - a > _MAX_CITY_WORDS or b + 1 >= len(tokens):
            continue
        if tokens[b].text != "," or not all(t.text.istitle() for t in tokens[a:b]):
            continue
        if not any(run[0] == "title" for run in found[:j]):
            continue
        end = _state_after_comma(tokens, b + 1)
        after = [run for run in found[j + 1 :] if run[0] == "publisher"]
        if end is not None and after and after[0][1] == end + 1:
            return painted(list(found), ("publisher-place", a, end))
    return list(found)
