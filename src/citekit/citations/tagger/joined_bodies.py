"""A body's name joins its fields with an "and" word (`Çevre ve Şehircilik Bakanlığı`, `Hazine
ve Maliye Bakanlığı`, `T.C. Cumhurbaşkanlığı Strateji ve Bütçe Başkanlığı`): an organisation
closes with its head word, so words opening the note that close with none, joined by `ve` to a
name that closes with one, are that one body's first words, never a person of their own (a
person's opens with a given name; a body of its own closes with its head word)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["body_joined"]

_HEAD_WORDS: Final = 4  # words of a body's name before its "and", at most
_PARTS: Final = frozenset({"author", OTHER})


def _opening_words(tokens: list[Token], end: int) -> int | None:
    """How many tokens open the note as a few capitalised words (`T.C.`'s initials with their
    periods) that end at `end`, or None when anything else stands before them."""
    words = 0
    for k in range(end):
        text = tokens[k].text
        if text == "." and k and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper():
            continue
        if not (text.isalpha() and text[:1].isupper()):
            return None
        words += 1
    return words if 0 < words <= _HEAD_WORDS else None


def body_joined(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a note-opening body's name split at its `ve` read as one author."""
    if not found or "author" not in (label for label, _, _ in found[:3]):
        return found  # most notes (at C speed)
    for label, a, b in found[:3]:
        if label != "author" or a < 2 or "and" not in marks[a - 1]:
            continue
        if not tokens[a - 1].text.isalpha() or not is_organisation(tokens[b - 1].text):
            return found
        if _opening_words(tokens, a - 1) is None or is_organisation(tokens[a - 2].text):
            return found  # `Türk Tarih Kurumu ve …`: two bodies
        if tokens[0].text.casefold() in given_names():
            return found  # `Ahmet Kaya ve …`: a person
        if any(run[0] not in _PARTS for run in found if run[1] < a - 1):
            return found
        return painted(found, ("author", 0, b))
    return found
