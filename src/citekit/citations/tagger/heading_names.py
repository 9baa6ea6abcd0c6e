"""Names of an author-date heading the model cut short: the first author's given names left
outside the name before the year (`Walker, Crystal (4 July 2009).`, `Brown, Tom. Policy.`),
and a list of names written `Surname I. I.` up to the year (`Иванов И. М., Петров П. Л.,
2015`)."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import MAX_GIVEN, capitalised, is_initial, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["first_given", "listed_initials"]

_INITIALS: Final = 2  # initials that close a name: a given name and a patronymic, or two given


def first_given(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given names of the note's first author, inverted, that the model left
    outside the name before the year (`Walker, Crystal (4 July 2009).`, `Smith, John. 2015.`):
    one to three capitalised words after the family's comma, then only `(` or `.` before the
    year's run; or, before any other field, given names of the language files and a period
    (`Brown, Tom. Policy.`)."""
    out = list(found)
    k = next((j for j, run in enumerate(out) if run[0] != OTHER), len(out))
    if k + 2 >= len(out):
        return out
    label, a, b = out[k]
    between, c, d = out[k + 1]
    year, _, _ = out[k + 2]
    if label != "author" or between != OTHER:
        return out
    if b - a != 1 or not capitalised(tokens[a].text) or tokens[c].text != ",":
        return out
    if d == c + 1 and year == "title":  # `Jones, Ann. "Nomads …"`: the title run took them
        return _given_in_title(tokens, out, k)
    i = c + 1
    while i < d and i - c <= MAX_GIVEN and capitalised(tokens[i].text):
        i += 1
    if not 1 <= i - c - 1 <= MAX_GIVEN:
        return out
    if year != "issued":  # `Brown, Tom. Policy.`: given names the language files know
        known = all(lower(t.text) in given_names() for t in tokens[c + 1 : i])
        if not known or i >= d or tokens[i].text != ".":
            return out
    elif not all(t.text in "(." for t in tokens[i:d]):
        return out
    out[k : k + 2] = [(label, a, i), (OTHER, i, d)]
    return out


def _given_in_title(tokens: list[Token], out: list[Run], k: int) -> list[Run]:
    """`out` with the given names of the language files and their period that open the title
    run after the first author's `Family,` given to the author (`Jones, Ann. "Nomads …"`)."""
    _label, e, f = out[k + 2]
    i = e
    while i < f and i - e < MAX_GIVEN and lower(tokens[i].text) in given_names():
        i += 1
    if i == e or i + 1 >= f or tokens[i].text != ".":
        return out
    a = out[k][1]
    out[k : k + 3] = [("author", a, i), (OTHER, i, i + 1), ("title", i + 1, f)]
    return out


def _surname_initials(tokens: list[Token], k: int) -> int | None:
    """Where a name written `Surname I. I.` (one or two initials) ends when one starts at `k`."""
    word = tokens[k].text if k < len(tokens) else ""
    if not (capitalised(word) and len(word) > 1 and word.isalpha()):
        return None
    i, count = k + 1, 0
    while count < _INITIALS and i + 1 < len(tokens):
        if not (is_initial(tokens[i].text) and tokens[i + 1].text == "."):
            break
        i, count = i + 2, count + 1
    return i if count else None


def listed_initials(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author-date list of names written `Surname I. I.` whole (`Иванов И. М.,
    Петров П. Л., 2015`): after an author's run of that shape, each `, Surname I. I.` up to the
    year is another author, whatever the model called its words (a title `Петров П`, the
    place `Л.`)."""
    labels = {run[0] for run in found}
    if "author" not in labels or "issued" not in labels:
        return list(found)  # the list is an author-date heading: a year follows it
    out = list(found)
    for label, a, b in found:
        if label != "author" or _surname_initials(tokens, a) != b:
            continue
        names, p = [], b
        while p < len(tokens) and tokens[p].text == ",":
            end = _surname_initials(tokens, p + 1)
            if end is None:
                break
            names.append((p + 1, end))
            p = end
        rest = [t for t in tokens[p:] if t.text.isalnum()]
        if names and rest and rest[0].text.isdecimal() and len(rest[0].text) == 4:
            for start, end in names:
                out = painted(out, ("author", start, end))
        break
    return out
