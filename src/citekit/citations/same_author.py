"""A source that opens with a "same author" word (`Aynı yazar, Türk Tarihi, İstanbul 1990.`,
`Он же. Хунну. М., 1960.`, `Same author, The Steppe Empire, London 1990.`): the word holds the
author's place, so the words after it are read as a citation whose author is written there
(a stand-in name in the word's place, dropped after the reading). Read without an author,
the work's title would be taken for one (`Türk Tarihi, İstanbul 1990`: "Tarihi" the author)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from attrs import evolve

from citekit.model import Citation

__all__ = ["read_after_same_author"]

# a name the tagger reads as an author in any position: initial, surname (not language data:
# it is never reported, only read in the word's place and dropped)
_STAND_IN, _STAND_IN_FAMILY = "A. Smith", "Smith"
_MARKS: Final = " ,.:;"


def read_after_same_author(
    cited: str, end: int, parse: Callable[[str], Citation]
) -> Citation | None:
    """The citation `cited` holds after its "same author" word (`cited[:end]`, its mark
    included), read by `parse` with a stand-in name in the word's place and no author; or
    None when the reading does not take the stand-in for the one author."""
    word = cited[:end].rstrip(_MARKS)
    rest = cited[len(word) :]
    if not rest.strip(_MARKS):
        return None  # "Idem." alone: nothing to read
    found = parse(_STAND_IN + rest)
    if len(found.authors) != 1 or found.authors[0].family != _STAND_IN_FAMILY:
        return None
    return evolve(found, authors=(), raw=cited)
