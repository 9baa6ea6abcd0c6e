"""A database's number for the work. eLibrary's `EDN: ABCDEF`, PubMed's `PMID: 33774295`,
`PMCID: PMC7912345`, a journal's `ISSN 1234-5678`: the label and its code are no field of the
record (no publisher, issue or host), whatever the model called them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["database_numbers"]

_LABELS: Final = frozenset({"EDN", "PMID", "PMCID", "ISSN", "eISSN", "EISSN", "OCLC", "LCCN"})
_JOINS: Final = frozenset({"-", "/"})


def database_numbers(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a database's label and the code after it read as no field's."""
    out = list(labels)
    if _LABELS.isdisjoint(text_set(tokens)):
        return out  # no such label (the common case)
    for k, token in enumerate(tokens):
        if token.text not in _LABELS:
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
