"""A host's title that holds the word "in" (Chicago's `"Turkey and the Caspian Energy
Corridor," in Turkey's Foreign Policy in the 21st Century: A Changing Role in World Politics,
ed. …`): a note opens its host once, with the "in" after the part's title, so a second title
run after that "in", then an "in" of small letters and a host's run, are one host's title.
So with an "and" inside a host's title the model read as an editor's name in a note that
names no editor (`// Proceedings of the 5th International Conference on Education and Social
Sciences (INTCESS 2018)`). A conference's acronym and year in brackets after its
proceedings' title (`(INTCESS 2018)`) are the host's, when a later year dates the work."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["host_acronym_year", "host_over_and", "host_over_in"]

_IN: Final = "in"  # the lexicon's mark of a host's opening word (`in`, `In:`, `içinde`)


def host_over_in(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's title that the model broke at an inner "in" read whole."""
    for j in range(len(found) - 4):
        (part, _, _), opener, (second, a, _), inner, (host, _, e) = found[j : j + 5]
        if part != "title" or second != "title" or host != "container-title":
            continue
        if opener[0] != OTHER or _IN not in marks[opener[2] - 1]:
            continue  # the host is opened by "in" after the part's title
        if inner[0] != OTHER or inner[2] - inner[1] != 1:
            continue
        word = tokens[inner[1]].text
        if not word.islower() or _IN not in marks[inner[1]]:
            continue
        return [*found[: j + 2], ("container-title", a, e), *found[j + 5 :]]
    return found


_ROLE: Final = "editor"  # the lexicon's mark of an editor's word (`ed.`, `под ред.`, `haz.`)
_AND: Final = "and"  # the lexicon's mark of a list's "and" (`and`, `ve`, `и`)


def host_over_and(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an editor's run after a host's title and an "and" read as the host's,
    when the note holds no editor's word: no one is named its editor."""
    if _ROLE in marks_union(marks):
        return found
    for j in range(len(found) - 2):
        (host, a, _), (joint, c, d), (role, _, e) = found[j : j + 3]
        if host != "container-title" or joint != OTHER or role != "editor" or d - c != 1:
            continue
        if _AND not in marks[c] and tokens[c].text != "&":
            continue
        return [*found[:j], ("container-title", a, e), *found[j + 3 :]]
    return found


_BRACKETED: Final = 4  # tokens of `(INTCESS 2018)`
_ACRONYM: Final = 3  # capitals of a conference's acronym at least


def host_acronym_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed acronym and year right after a host's title given to the host
    (`Proceedings of … Sciences (INTCESS 2018). – Istanbul, 2018.`) when a later year dates
    the work."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b + _BRACKETED > len(tokens):
            continue
        opening, acronym, year, closing = tokens[b : b + _BRACKETED]
        if opening.text != "(" or closing.text != ")" or not is_year(year.text):
            continue
        if not (
            acronym.text.isupper() and acronym.text.isalpha() and len(acronym.text) >= _ACRONYM
        ):
            continue
        later = [r for r in found[j + 1 :] if r[1] >= b + _BRACKETED]
        if not any(r[0] == "issued" for r in later):
            continue
        return [*found[:j], ("container-title", a, b + _BRACKETED), *later]
    return found
