"""Exact prechecks the decoding passes ask before a pattern's scan or a word-by-word look-up:
each says only whether the scan could find anything at all (a `False` means it finds nothing),
at C speed (`str.find`, set operations), so a pass skips its work on most notes unchanged."""

from __future__ import annotations

from collections.abc import Set
from typing import Final

__all__ = ["folds_as_casefold", "marks_union", "slashed_digits"]

# the marks `marks_union` was last asked about, and their union (one slot of a `Final` list:
# a compiled pass reads it from a C static, not from the module's dict)
_LAST: Final[list[tuple[list[set[str]] | None, frozenset[str]]]] = [(None, frozenset())]


def slashed_digits(text: str) -> bool:
    """Whether a slash stands between two digits (`2019/123`: what a pattern's `\\d/\\d`
    needs; `\\d` is a decimal digit, `str.isdecimal`)."""
    last = len(text) - 1
    i = text.find("/", 1)
    while 0 < i < last:
        if text[i - 1].isdecimal() and text[i + 1].isdecimal():
            return True
        i = text.find("/", i + 1)
    return False


def folds_as_casefold(folded: Set[str]) -> bool:
    """Whether each of a note's casefolded texts (`tokens.casefolded_set`) is also its text as
    the lexicon folds it (`lexicons.fold`: Turkish `İ` as `i`): `İ` casefolds to `i` and a
    combining dot above, so a text with no combining dot above after casefolding had no `İ`."""
    return "\u0307" not in "".join(folded)  # one scan at C speed, not one look a word


def marks_union(marks: list[set[str]]) -> frozenset[str]:
    """Every lexicon mark of a note's tokens (the union of `marks`): made once for the list
    the passes over a note share (never changed once made), so that a pass tells whether a
    mark stands anywhere in the note in one look-up, not a look at each token's set."""
    last = _LAST[0]  # read once: another thread may replace it meanwhile
    if last[0] is marks:
        return last[1]
    found: frozenset[str] = frozenset().union(*marks)
    _LAST[0] = (marks, found)
    return found
