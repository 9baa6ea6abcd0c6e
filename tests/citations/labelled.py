"""Decode a note whose labels a test gives by hand, so the mending is tested whatever the
shipped model does today."""

from __future__ import annotations

from citekit.citations.structure import find_exact
from citekit.citations.tagger.decode import Fields, decode
from citekit.citations.tagger.tokens import Token, tokenize


def labelled_tokens(text: str, spans: list[tuple[str, str]]) -> tuple[list[Token], list[str]]:
    """`text`'s tokens, and their labels: those inside each (substring, label) carry that label,
    the rest "other"."""
    tokens = tokenize(text)
    labels = ["other"] * len(tokens)
    for part, label in spans:
        start = text.index(part)
        for i, token in enumerate(tokens):
            if start <= token.start < start + len(part):
                labels[i] = label
    return tokens, labels


def decode_labelled(text: str, spans: list[tuple[str, str]]) -> Fields:
    """Decode `text` whose tokens inside each (substring, label) carry that label."""
    tokens, labels = labelled_tokens(text, spans)
    return decode(text, tokens, labels, find_exact(text))
