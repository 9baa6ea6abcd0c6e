"""GOST's and DSTU's information about a thesis's title: after the title's ` : ` comes what
the work is (`Евразийство как идеология : дис. … канд. полит. наук : 23.00.01`, `Становлення
журналістики : автореф. дис. … канд. наук`), never the title's own words. The thesis words are
the language files' (`[words] thesis`)."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["thesis_designation"]


def thesis_designation(
    tokens: Sequence[Token], marks: Sequence[set[str]], found: Sequence[Run]
) -> list[Run]:
    """`found` with a title run cut before the ` : ` that a thesis's word follows."""
    out: list[Run] = []
    for label, a, b in found:
        cut = None
        if label == "title":
            cut = next(
                (
                    k
                    for k in range(a + 1, b - 1)
                    if tokens[k].text == ":" and "Bthesis" in marks[k + 1]
                ),
                None,
            )
        if cut is None:
            out.append((label, a, b))
        else:
            out += [("title", a, cut), (OTHER, cut, b)]
    return out
