"""A database's number for the work. eLibrary's `EDN: ABCDEF`, PubMed's `PMID: 33774295`,
`PMCID: PMC7912345`, a journal's `ISSN 1234-5678`: the label and its code are no field of the
record (no publisher, issue or host), whatever the model called them. The labels are the
language files' `[words] identifier_labels`, which the exact rules read too (`structure.py`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["database_numbers"]

_JOINS: Final = frozenset({"-", "/"})


@functools.cache
def _labels() -> frozenset[str]:
    """The identifier labels of every shipped language (`[words] identifier_labels`)."""
    return frozenset(shipped_words("identifier_labels"))


def database_numbers(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a database's label and the code after it read as no field's."""
    out = list(labels)
    known = _labels()
    if known.isdisjoint(text_set(tokens)):
        return out  # no such label (the common case)
    for k, token in enumerate(tokens):
        if token.text not in known:
            continue
        i = k + 1
        while i < len(tokens) and tokens[i].text == ":":
            i += 1
        end = i
        # the code: letters and digits, joined by hyphens or slashes glued to them
        while end < len(tokens) and (
            tokens[end].text.isalnum()
            or (tokens[end].text in _JOINS and end > i and tokens[end].start == tokens[end - 1].end)
        ):
            if end > i and tokens[end].start > tokens[end - 1].end:
                break  # a space ends the code
            end += 1
        # a colon after the label, or a digit in the code (`The OCLC Roman family of fonts`:
        # a title's words)
        coded = i > k + 1 or any(c.isdigit() for t in tokens[i:end] for c in t.text)
        if end > i and coded:
            out[k:end] = [OTHER] * (end - k)
    return out
