"""A publisher's acronym before its place. İSNAD and Turkish editors write a book's imprint as
`Publisher, Place Year`, the publisher often by its initials (`TTK, Ankara 1991`, `AKM,
Ankara 1995`); a word of two to six capitals set off by commas between the work's title, its
persons, its volume, its edition or its host and the place's run is that publisher, never a
word of no field."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["acronym_publisher", "is_acronym"]

# what stands before it: the work's title, its persons, its volume (`Title, C. III, TTK, Ankara`),
# its edition (`Title, 3. bs., TTK, Ankara 1987`), its host (`“Buhara”, İslâm Ansiklopedisi, MEB,
# İstanbul 1949`)
_BEFORE: Final = frozenset(
    {
        "title",
        "author",
        "editor",
        "translator",
        "volume",
        "part-number",
        "edition",
        "container-title",
    }
)
_LETTERS: Final = (2, 6)
_NUMBERED: Final = frozenset({"volume", "part-number", "edition"})
_MISREAD: Final = frozenset({"author", "container-title"})


def is_acronym(word: str) -> bool:
    """Whether a word is a body's initials: two to six capitals (`TTK`, `TÜİK`, `МГУ`)."""
    return word.isalpha() and word.isupper() and _LETTERS[0] <= len(word) <= _LETTERS[1]


def acronym_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an acronym between commas right before the place's run read as the
    publisher (see the module's doc)."""
    places = [a for label, a, _ in found if label == "publisher-place"]
    if not places or any(run[0] == "publisher" for run in found):
        return found  # no place, or a publisher read (most notes): one pass over the runs
    k = places[0] - 2
    if 0 <= k + 2 < len(tokens) - 2 and tokens[k + 3].text == ",":
        k += 2  # `TTK, Ankara` read as one place: the acronym opens the place's run
    if k < 2 or tokens[k + 1].text != "," or tokens[k - 1].text != ",":
        return found
    if not is_acronym(tokens[k].text):
        return found
    before = [label for label, a, b in found if b <= k and label != OTHER]
    if not before or before[-1] not in _BEFORE:
        return found
    # after a volume, a part or an edition the imprint follows: an acronym read alone as a
    # person or a host there is the house (`Cilt: III, Kısım: 1, TTK, Ankara 1995`)
    misread = _MISREAD if before[-1] in _NUMBERED else frozenset()
    if any(
        label not in (OTHER, "publisher-place") and not (label in misread and (a, b) == (k, k + 1))
        for label, a, b in found
        if a <= k < b
    ):
        return found
    return painted(painted(found, ("publisher", k, k + 1)), (OTHER, k + 1, k + 2))
