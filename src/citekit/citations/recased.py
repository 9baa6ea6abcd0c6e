"""A note typed all in lower case, read with the capitals every style writes.

The passes after the model read capitals (a name's head, an initial, where a title ends and
its host begins); a note with none is read as written with the capitals the features restore
(`tagger.features.cased_words`), and every value it gives is taken back as typed.
"""

from __future__ import annotations

from attrs import evolve

from citekit.citations.tagger.cased import cased_words, typed_lower
from citekit.citations.tagger.decode import Fields
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name

__all__ = ["as_typed", "recased", "typed_back"]


def recased(text: str) -> str | None:
    """`text` with the capitals a style writes when it has no capital outside its addresses
    (same length, same offsets), else None."""
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


def as_typed(value: str, cased: str, typed: str) -> str:
    """`value`, read from `cased`, as `typed` writes it."""
    at = cased.find(value)
    if at >= 0:
        return typed[at : at + len(value)]
    return value.lower() if not value.islower() else value


def _name_back(name: Name, cased: str, typed: str) -> Name:
    parts = {
        k: as_typed(v, cased, typed)
        for k in ("family", "given", "literal", "written")
        if isinstance(v := getattr(name, k), str)
    }
    return evolve(name, **parts)


def typed_back(fields: Fields, cased: str, typed: str) -> Fields:
    """The `fields` read from `cased` with each value's letters as `typed` writes them."""
    out: Fields = {}
    for key, value in fields.items():
        if isinstance(value, str):
            out[key] = as_typed(value, cased, typed)
        elif isinstance(value, tuple):
            out[key] = tuple(
                _name_back(v, cased, typed) if isinstance(v, Name) else v for v in value
            )
        else:
            out[key] = value
    return out
