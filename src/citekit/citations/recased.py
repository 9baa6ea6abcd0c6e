"""A note typed all in lower case, read with the capitals every style writes.

The passes after the model read capitals (a name's head, an initial, where a title ends and
its host begins); a note with none is read as written with the capitals the features restore
(`tagger.features.cased_words`), and every value it gives is taken back as typed.
"""

from __future__ import annotations

import re
from typing import Final

from attrs import evolve

from citekit.citations.tagger.cased import cased_words, typed_lower
from citekit.citations.tagger.decode import Fields
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name

__all__ = ["as_typed", "capital_first", "recased", "typed_back"]

_LETTERS: Final = re.compile(r"[^\W\d_]+")  # a run of letters: the tokenizer's word


def capital_first(text: str) -> bool:
    """Whether the first run of letters in `text` is a word token holding a capital, so the note
    is not typed in lower case (exact, and without tokenizing the note): nothing before it can
    open an address or a DOI that would take it in, and it opens none itself."""
    found = _LETTERS.search(text)
    if found is None:
        return False
    word = found.group()
    if not word.isalpha() or word == word.lower():
        return False
    end = found.end()
    if "10." in text[: found.start()] or text.startswith("://", end):
        return False  # a DOI before it, or an address's scheme (`Https://`)
    return not (text.startswith(".", end) and word.lower() == "www")


def recased(text: str) -> str | None:
    """`text` with the capitals a style writes when it has no capital outside its addresses
    (same length, same offsets), else None."""
    if capital_first(text):  # most notes: a capital in their first word
        return None
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    if not typed_lower(words):
        return None
    cased = cased_words(words)
    out = list(text)
    changed = False
    for token, word in zip(tokens, cased, strict=True):
        if word != token.text and len(word) == len(token.text):
            out[token.start : token.end] = word
            changed = True
    return "".join(out) if changed else None


def as_typed(value: str, cased: str, typed: str, *, lowered: bool = True) -> str:
    """`value`, read from `cased`, as `typed` writes it; a value not found in `cased` as read
    (a name's parts rejoined, spaces made one) in small letters when `typed` was all small
    (`lowered`), else as it is (`typed` differing from `cased` only in its marks)."""
    at = cased.find(value)
    if at >= 0:
        return typed[at : at + len(value)]
    if not lowered:
        return value
    return value.lower() if not value.islower() else value


def _name_back(name: Name, cased: str, typed: str, lowered: bool) -> Name:
    parts = {
        k: as_typed(v, cased, typed, lowered=lowered)
        for k in ("family", "given", "literal", "written")
        if isinstance(v := getattr(name, k), str)
    }
    return evolve(name, **parts)


def typed_back(fields: Fields, cased: str, typed: str, *, lowered: bool = True) -> Fields:
    """The `fields` read from `cased` with each value's letters as `typed` writes them
    (`lowered`: `typed` is all small letters, see `as_typed`)."""
    out: Fields = {}
    for key, value in fields.items():
        if isinstance(value, str):
            out[key] = as_typed(value, cased, typed, lowered=lowered)
        elif isinstance(value, tuple):
            out[key] = tuple(
                _name_back(v, cased, typed, lowered) if isinstance(v, Name) else v for v in value
            )
        else:
            out[key] = value
    return out
