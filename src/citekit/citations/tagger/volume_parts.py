"""A volume and its part written with a slash in a book (`Osmanlı Tarihi, Ankara 1988, C.
III/1, s. 45`, `Сочинения. М., 1988. Т. 2/1. С. 45`): a book has no issue, so the number
glued after the volume's slash is the volume's part, and the volume is both (`III/1`). A
periodical's `12/3` (its volume and issue) keeps its issue: the rule reads notes with no host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import ROMAN, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["volume_part"]

_DIGITS: Final = 2  # a part's digits at most


def _part(text: str) -> bool:
    """Whether `text` is a part's number: a short Arabic number or a Roman one."""
    return (text.isdecimal() and len(text) <= _DIGITS) or (bool(text) and set(text) <= ROMAN)


def volume_part(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a book's `volume / issue` runs, glued, read as one volume."""
    if "/" not in text_set(tokens) or any(label == "container-title" for label, _, _ in found):
        return found  # no slash (most notes), or a host's numbers
    for j in range(len(found) - 2):
        (label, a, b), (_, s, e), (after, c, d) = found[j : j + 3]
        if label != "volume" or after != "issue" or (s, e) != (b, c) or d != c + 1:
            continue
        if tokens[s].text != "/" or s + 1 != e or not _part(tokens[c].text):
            continue
        if tokens[b - 1].end != tokens[s].start or tokens[s].end != tokens[c].start:
            continue  # `C. 3 / 1`: spaced, no one number
        return [*found[:j], ("volume", a, d), *found[j + 3 :]]
    return found
