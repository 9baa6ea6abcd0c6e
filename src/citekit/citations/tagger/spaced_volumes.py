"""A volume written number first in GOST's areas after the imprint, its hyphen left out: Kazakh
and Kyrgyz write a volume's ordinal `3-том`, `2-т.`, and hand-written notes often drop the
hyphen (`… 2013. – 4 т. – 512 б.`, `… 2010. – 3 том. – 768 б.`). A number, a space and a
volume's word (`[words] volume_after`, or the lexicon's volume abbreviation) standing alone
in an area after the year is the volume; the word is no field's, no title. A count of a set's
volumes is written with its preposition (`в 4 т.`) or in the title's area, never so."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.counted_volumes import cited_after_count
from citekit.citations.tagger.issues import after_words
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["spaced_volume"]

# what the model may have called the number and its word: no volume's word counts pages
_OPEN: Final = frozenset({OTHER, "title", "number-of-pages"})
_NAMES: Final = frozenset({"container-title", "publisher", "collection-title"})
_DIGITS: Final = 3  # a volume's digits at most
_ABBREVIATION: Final = 2  # letters of a volume's abbreviation at most (`т.`)


def _volume_word(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """The end of a volume's word at `k` (`том`, `т.`), its period with it, or None."""
    word = tokens[k].text
    if after_words().get(word) == "volume":
        end = k + 1
    elif word.isalpha() and len(word) <= _ABBREVIATION and "Bvolume" in marks[k]:
        if k + 1 >= len(tokens) or tokens[k + 1].text != ".":
            return None
        end = k + 1
    else:
        return None
    return end + 1 if end < len(tokens) and tokens[end].text == "." else end


def _taken(run: Run, k: int, end: int) -> bool:
    """Whether `run` holds a field of its own over the volume's tokens k..end: a name read
    over the number and its word alone (`– 2 том. –` as a host) is none."""
    label, a, b = run
    if label in _OPEN or not (a < end and b > k):
        return False
    return not (label in _NAMES and a >= k and b <= end)


def spaced_volume(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with `– 4 т. –` after the imprint's year read as the volume."""
    labels = [run[0] for run in found]
    if "volume" in labels or "issued" not in labels or DASHES.isdisjoint(text_set(tokens)):
        return found  # a volume read, no year, or no dash (most notes)
    year = max(b for label, _, b in found if label == "issued")
    n = len(tokens)
    for k in range(max(year, 2), n - 1):
        number = tokens[k].text
        if not (number.isdecimal() and len(number) <= _DIGITS and number[0] != "0"):
            continue
        if tokens[k - 1].text not in DASHES or tokens[k - 2].text != ".":
            continue
        if tokens[k + 1].start == tokens[k].end:
            continue  # `2-т.`: the hyphened form is `worded_numbers`'
        end = _volume_word(tokens, marks, k + 1)
        if end is None or not (end == n or tokens[end].text in DASHES):
            continue
        if any(_taken(run, k, end) for run in found):
            continue  # a field the model read there already (`– 12 с.`)
        if (cited := cited_after_count(tokens, marks, end)) is not None:
            # `– 2 tom. – 1 t., 78 s.`: the set's count, then the volume cited
            return painted(painted(found, (OTHER, k - 1, cited + 2)), ("volume", cited, cited + 1))
        return painted(painted(found, (OTHER, k - 1, end)), ("volume", k, k + 1))
    return found
