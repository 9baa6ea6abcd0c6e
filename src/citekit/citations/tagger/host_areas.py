"""GOST's host area (`// Kazakhstan in the Making: Legitimacy, Symbols, and Social Changes / ed.
by M. Laruelle. – Lanham : Lexington Books, 2016`): after `//` the host's title runs to the
responsibility's spaced slash, the next area's dash or its sentence's period. When the model
broke a host of commas and `and` into names and houses (`Legitimacy` a publisher, `Symbols`
an author), the area with no number in it is the host's whole."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, is_year, painted
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import LONG_DASHES, Token

__all__ = ["host_area"]

_BROKEN: Final = frozenset({"author", "editor", "translator", "publisher", "publisher-place"})
_NO_HOST: Final = frozenset({"ibid", "opcit", "archive"})
_OPENING_QUOTES: Final = "«“„\"'"


def _area_end(tokens: list[Token], a: int) -> int:
    """Where the host's title that opens at `a` ends: a spaced single slash, a spaced colon,
    a dash or a sentence's period."""
    for k in range(a + 1, len(tokens)):
        text = tokens[k].text
        spaced = tokens[k - 1].end < tokens[k].start
        colon = text == ":" and spaced  # `: электронная версия`: the host's other information
        # `// Сборник трудов. М.: Наука`: a sentence's period after a word (no initial's)
        worded = text == "." and len(tokens[k - 1].text) > 1 and k + 1 < len(tokens)
        if worded and tokens[k + 1].start > tokens[k].end:
            return k
        if text in LONG_DASHES or colon or (text == "/" and spaced and k + 1 < len(tokens)):
            end = k
            while end > a and tokens[end - 1].text in ".,":
                end -= 1  # the area's closing period
            return end
    return len(tokens)


def host_area(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host broken into other fields read whole (see the module's doc)."""
    s = slashes_at(tokens)
    if s < 1:
        return found
    a = s + 2
    first = next((run for run in found if run[1] >= a and run[0] != "other"), None)
    if first is None or first[1] > a:
        return _unread_area(tokens, marks, found, a)
    if first[0] != "container-title" or first[1] != a:
        return found
    end = _area_end(tokens, a)
    if any(t.text.isdecimal() for t in tokens[a:end]):
        return found  # `// Вестник МГУ. Сер. 8`: a series' number, read by its own passes
    inside = {label for label, b, e in found if b >= a and e <= end}
    if inside.isdisjoint(_BROKEN) or first[2] >= end:
        return found
    return painted(found, ("container-title", a, end))


def _unread_area(tokens: list[Token], marks: list[set[str]], found: list[Run], a: int) -> list[Run]:
    """`found` with the area after `//` that the model left to no field read as the host,
    when the note names no host elsewhere: its words open with a capital or a quote and hold
    no number, and the area closes at a responsibility's slash, a dash or a sentence's period
    (`// Routledge Handbook of Russian Foreign Policy / ed. by A.P. Tsygankov. London`), and
    a responsibility's slash or the imprint (`Place:`, a year) follows it."""
    if a >= len(tokens) or any(label == "container-title" for label, _, _ in found):
        return found
    end = _area_end(tokens, a)
    if end <= a or end >= len(tokens) or any(t.text.isdecimal() for t in tokens[a:end]):
        return found
    if any(not marks[k].isdisjoint(_NO_HOST) for k in range(a, end)):
        return found  # `// Там же.`: the host an ibid names; `// ЦГА РК.`: an archive
    if any(label != "other" for label, b, e in found if b < end and e > a):
        return found  # part of the area is read: its own passes judge it
    if not _imprint_follows(tokens, end):
        return found  # `// РГВИА. Ф. 508`, `// «Әділет» АҚЖ. URL:`: an archive or a platform
    head = tokens[a].text
    if not (head[:1].isupper() or head[:1] in _OPENING_QUOTES):
        return found
    return painted(found, ("container-title", a, end))


def _imprint_follows(tokens: list[Token], end: int) -> bool:
    """Whether a host area closing at `end` is followed by its responsibility's spaced slash,
    or, past its separators, by a year or a place and its colon (`. – London : Routledge`)."""
    if tokens[end].text == "/":
        return True
    k = end
    while k < len(tokens) and (tokens[k].text in LONG_DASHES or tokens[k].text in ".,"):
        k += 1
    if k >= len(tokens):
        return False
    if is_year(tokens[k].text):
        return True
    word = tokens[k].text
    if not word[:1].isupper() or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].text == ":":
        return not word.isupper()  # `London :`, no label's `URL:`
    # an abbreviated place: `М.:`, `СПб.:`
    return tokens[k + 1].text == "." and k + 2 < len(tokens) and tokens[k + 2].text == ":"
