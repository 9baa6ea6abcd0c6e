"""The older AAA form writes a work's year with no mark around it, right after the author's
name (`Beyer, Judith 2006 Revitalisation …`, `Abramzon, S. M. 1971 Kirgizy …`), and opens a
same-author line with the year (`2002b “Eurasia,” …`). The model reads the given name and the
year into the title. The year is the date, the words before it the author's and the title
opens after it when: the note dates the work nowhere else (or only by that year again, a
journal's volume: `Etnograficheskoe obozrenie 2011(5)`); a capitalised word or a quote follows
the year, and the title is a sentence with more after it; the words before the year are given
names a language file lists, or at most two after a one-word family that is no acronym, with
no place or kind of work among them, and no comma stands right before the year (`Halaçoğlu,
1915 Ermeni Tehciri`, `OECD, Employment Outlook 2019 …`, `Nazarbayev, Kazakhstan 2050 …` keep
the year in the title); a year opening the note has its same-year letter (`1916 Uprising in
Central Asia` names a work)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, painted
from citekit.citations.tagger.and_coauthor import and_words
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import type_cues

__all__ = ["bare_year_head"]

_GIVEN: Final = 8  # tokens of given names (and a last co-author's) before the year at most
_SAME_YEAR_LETTERS: Final = frozenset("abcdefghijklmnopqrtuvwxyz")  # not a decade's `s`
_TITLE_ENDS: Final = frozenset({".", "["})  # the title's period, or its translation's bracket
_INITIAL_MARKS: Final = frozenset({"."})  # between the author's run and the year: its period
_UNKNOWN_GIVEN: Final = 2  # words of a given name no language file lists, at most
_NAME_MARKS: Final = frozenset({".", ",", "-", "'", "’"})


def _dated(tokens: list[Token], found: list[Run]) -> set[str]:
    """The years the runs of the note's date hold."""
    return {
        tokens[k].text
        for label, a, b in found
        if label == "issued"
        for k in range(a, b)
        if is_year(tokens[k].text)
    }


def _name_words(tokens: list[Token], a: int, y: int) -> bool:
    """Whether tokens `a`..`y` are a name's words: capitalised words, initials and their marks,
    a joining `and` before the last co-author (`Karin Fock, and David Sedik`)."""
    joiners = and_words()
    words = [t.text for t in tokens[a:y] if t.text not in _NAME_MARKS]
    return (
        bool(words)
        and all((w.isalpha() and w[:1].isupper()) or w.casefold() in joiners for w in words)
        and words[-1].casefold() not in joiners
    )


def _year_end(tokens: list[Token], y: int, b: int) -> int:
    """The end of the year at `y`: after a letter glued to it (`2002a`), the same-year mark."""
    end = y + 1
    after = tokens[end] if end < b else None
    glued = after is not None and after.start == tokens[y].end
    if after is not None and glued and after.text in _SAME_YEAR_LETTERS:
        end += 1
    return end


def _given(tokens: list[Token], marks: Sequence[set[str]], a: int, y: int, before: Run) -> bool:
    """Whether the words before the year are given names: each a known one or an initial, or
    two words at most after a family's name of one word (`Alimbekova, Gulnara 2014`, `Olcott,
    Martha Brill 1995`; not `World Bank,
    World Report 2021`, `Smith, John, Brexit 2016`)."""
    words = [
        t.text for t in tokens[a:y] if t.text.isalpha() and t.text.casefold() not in and_words()
    ]
    if all(len(w) == 1 or lower(w) in given_names() for w in words):
        return True
    if (
        len(words) > _UNKNOWN_GIVEN
        or before[2] - before[1] != 1
        or tokens[before[1]].text.isupper()
    ):
        return False  # `OECD, Employment Outlook 2019`: a body's acronym
    if any(marks[k] & PLACE_MARKS for k in range(a, y)):
        return False  # `Nazarbayev, Kazakhstan 2050 Strategy.`: a place opens the title
    return not type_cues(" ".join(words))  # `USAID, Annual Report 2018`: a kind's words


def _volume_year(tokens: list[Token], found: list[Run]) -> bool:
    """Whether each date run is a year before an issue's bracket (`obozrenie 2011(5)`): a
    journal's year as its volume, no date of the note's own."""
    return all(
        b < len(tokens) and tokens[b].text == "(" for label, _, b in found if label == "issued"
    )


def bare_year_head(tokens: list[Token], marks: Sequence[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a bare year after the author's name, or opening the note, read as the date
    (see the module's doc)."""
    j = next((k for k, run in enumerate(found) if run[0] == "title"), None)
    dated = _dated(tokens, found)
    if j is None or len(dated) > 1:
        return found
    a = found[j][1]
    y = next(
        (k for k in range(a, min(a + _GIVEN + 1, len(tokens))) if is_year(tokens[k].text)), None
    )
    if y is None or (dated and (tokens[y].text not in dated or not _volume_year(tokens, found))):
        return found  # dated elsewhere (a journal's year as its volume may repeat the date)
    labels = labels_at(found, len(tokens))
    end = _year_end(tokens, y, len(tokens))
    if end >= len(tokens) or labels[end] != "title" or tokens[end].start == tokens[end - 1].end:
        return found  # the year glued to the next word, or no title after it
    if not (tokens[end].text[:1].isupper() or tokens[end].text in OPENING_MARKS):
        return found
    if any(label not in _READ_OVER for label in labels[a:y]):
        return found  # (`Aigul 2011`: the year read as a volume)
    b = end
    while b < len(tokens) and labels[b] == "title":
        b += 1
    if b + 1 >= len(tokens) or tokens[b].text not in _TITLE_ENDS:
        return found  # AAA's title closes on its sentence's period, a host or imprint after it
    before = next((run for run in reversed(found[:j]) if run[0] != OTHER), None)
    if y == a:
        if a == 0 and end == y + 1:
            return found  # a year opening the note names a work or opens prose (`1916 Uprising`)
        if a > 0 and (before is None or before[0] != "author"):
            return found  # opening the note (lettered: `2002b`), or right after the author only
        if before is not None and any(t.text not in _INITIAL_MARKS for t in tokens[before[2] : a]):
            return found  # `Halaçoğlu, 1915 Ermeni Tehciri`: a comma, then a title's year
        out = found
    else:
        if before is None or before[0] != "author" or tokens[a - 1].text != ",":
            return found
        if not _name_words(tokens, a, y) or not _given(tokens, marks, a, y, before):
            return found
        out = painted(found, ("author", before[1], y))
    out = painted(out, ("issued", y, end))  # `2002a`: the same year's letter, the date's
    return painted(out, ("title", end, b))


_READ_OVER: Final = frozenset({"title", "volume", OTHER})  # what the model read the head as
