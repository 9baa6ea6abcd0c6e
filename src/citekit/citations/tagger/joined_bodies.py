"""A body's name joins its fields with an "and" word (`Çevre ve Şehircilik Bakanlığı`, `Hazine
ve Maliye Bakanlığı`, `T.C. Cumhurbaşkanlığı Strateji ve Bütçe Başkanlığı`): an organisation
closes with its head word, so words opening the note that close with none, joined by `ve` to a
name that closes with one, are that one body's first words, never a person of their own (a
person's opens with a given name; a body of its own closes with its head word)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, language, shipped_words

__all__ = ["body_joined", "body_over_words"]

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


def body_over_words(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a body's name that the model broke into two authors at the words between
    them read whole (`OSCE Office` + `for Democratic Institutions and` + `Human Rights`): the
    words open with a preposition of small letters (no `World Bank team and …`), the second
    run is no body of its own nor a person's (no `… and World Bank`, `… and Aliya …`), no mark
    between, and the whole is a body's name."""
    for j in range(len(found) - 2):
        (first, a, b), (gap, c, d), (second, _, e) = found[j : j + 3]
        if first != "author" or gap != OTHER or second != "author":
            continue
        words = tokens[c:d]
        if not words or not all(t.text.isalpha() for t in words):
            continue
        if words[0].text not in _prepositions():
            continue  # `World Bank team and Aliya Nurlanova`: two authors
        second = " ".join(t.text for t in tokens[d:e])
        initialled = any(len(t.text) == 1 and t.text.isupper() for t in tokens[d:e])
        if is_organisation(second) or tokens[d].text.casefold() in given_names() or initialled:
            continue  # `… staff and World Bank`: a body of its own; a person (`Akalın Ş. H.`)
        whole = " ".join(t.text for t in tokens[a:e])
        if is_organisation(" ".join(t.text for t in tokens[a:b])) and is_organisation(whole):
            return [*found[:j], ("author", a, e), *found[j + 3 :]]
    return found


@functools.cache
def _prepositions() -> frozenset[str]:
    """The small words title case leaves in lower case in each language (`[casing]
    title_lowercase`: `for`, `of`, `on`) that join no two names (no "and" word)."""
    words = {w for code in available_languages() for w in language(code).title_lowercase}
    joining = {w.casefold() for key in ("and_", "or_") for w in shipped_words(key)}
    return frozenset(w for w in words if w.isalpha() and w.casefold() not in joining)
