"""IEEE and Chicago name a body as the author before a work's quoted title (`[22] World Health
Organization, "Global tuberculosis report 2023," WHO, Geneva, 2023.`): the model, meeting a
body's name where a title often opens, may read it as the title, or run the title from it
into the quotes. A body's name (`names.is_organisation`) that opens the note, closes on a
comma and is followed by an opening quote is the author; the quoted words are the title."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["body_before_quoted_title"]

_OPENERS: Final = frozenset(QUOTES)
_MARKS: Final = _OPENERS | frozenset(QUOTES.values())


def body_before_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name before a quoted title read as the author (see the module's
    doc)."""
    if any(label == "author" for label, _, _ in found):
        return found
    j = next((i for i, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title":
        return found
    _, a, b = found[j]
    if any(t.text.isalnum() for t in tokens[:a]) and tokens[0].text not in "[(":
        return found  # words before the body: no name that opens the entry
    if any(t.text in _MARKS for t in tokens[:a]):
        return found  # the run opens inside a quote: a quoted title's own words
    q = next((k for k in range(a + 1, min(b + 2, len(tokens))) if tokens[k].text in _OPENERS), None)
    if q is None or tokens[q - 1].text != "," or q + 1 >= len(tokens):
        return found
    if tokens[q].start == tokens[q - 1].end or tokens[q + 1].start != tokens[q].end:
        return found  # `…2020,"`: a closing quote after the comma, no opening one
    name = " ".join(t.text for t in tokens[a : q - 1])
    if not is_organisation(name):
        return found
    out = painted(found, ("author", a, q - 1))
    out = painted(out, (OTHER, q - 1, q + 1))
    if q + 1 < b:  # the model ran the title on into the quotes
        return painted(out, ("title", q + 1, b))
    if not any(run[0] == "title" for run in out):  # the quoted title, read as the host once
        # the body before it was the title (`KEGOC, "Annual report 2022," 2023.`)
        out = [
            ("title", c, d) if kind == "container-title" and c == q + 1 else (kind, c, d)
            for kind, c, d in out
        ]
    return out
