"""An inverted name closed by a comma (`Ferrari, Giulia, La questione armena, Milano, Guerini,
2014`: the notes of Italian, Spanish, Portuguese and French historians): the family name, its
comma, the given names and a comma open the note before the title, whatever run the model
laid over them."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["given_before_comma"]

_FAMILY_PARTS: Final = 3  # tokens of a family name at most (`Ortega-Gasset`)
_GIVEN_WORDS: Final = 2  # given names at most (`Maria Luisa`)
_IMPRINT: Final = frozenset({"publisher-place", "publisher", "issued"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _one_word(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are one capitalised word, or its parts joined by hyphens."""
    parts = [t.text for t in tokens[a:b]]
    return (
        all(_capitalised(w) for w in parts[::2])
        and all(p == "-" for p in parts[1::2])
        and all(tokens[k].end == tokens[k + 1].start for k in range(a, b - 1))
    )


def given_before_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Family, Given,` that opens the note's first run, a title, read as its
    author when the note names no person: one word, its comma, one or two capitalised words
    of which one is a known given name (`[names] given`), a comma, the title's capitalised
    first word, and an imprint or a year after the title."""
    labels = [run[0] for run in found]
    if "author" in labels or "editor" in labels or not _IMPRINT.intersection(labels):
        return list(found)
    j = next((k for k, label in enumerate(labels) if label != OTHER), len(found))
    if j == len(found) or labels[j] != "title":
        return list(found)
    _, a, f = found[j]
    first = next(
        (k for k in range(a + 1, min(f, a + _FAMILY_PARTS + 1)) if tokens[k].text == ","), None
    )
    if first is None or not _one_word(tokens, a, first):
        return list(found)
    second = next(
        (k for k in range(first + 2, min(f, first + _GIVEN_WORDS + 2)) if tokens[k].text == ","),
        None,
    )
    if second is None or second + 1 >= f or not _capitalised(tokens[second + 1].text):
        return list(found)
    given = tokens[first + 1 : second]
    if not all(_capitalised(t.text) for t in given):
        return list(found)
    if not any(lower(t.text) in given_names() for t in given):
        return list(found)
    runs: list[Run] = [("author", a, second), (OTHER, second, second + 1), ("title", second + 1, f)]
    return [*found[:j], *runs, *found[j + 1 :]]
