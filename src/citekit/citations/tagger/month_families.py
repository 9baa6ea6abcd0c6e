"""A family name spelled as a month (Turkish `Ocak`, `Temmuz`, `Kasım`; English `May`, `April`)
inside an author list: written inverted with its initials (`Karakuş, G., Ocak, G. ve Arslan,
S. (2021).`) it is an author's name, never a date, whatever the model read it as; a date's
month is never followed by a comma and an initial."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, labels_at, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["month_family"]

_JOINS: Final = frozenset({",", "&", ";"})
_MISREAD: Final = frozenset({"issued", "title", "other", "issue"})


def _initials_end(tokens: list[Token], k: int) -> int | None:
    """Where the initials that open at `k` end (`G.`, `A. B.`, `Ö. E.`), or None."""
    end = None
    while k + 1 < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isupper():
        if tokens[k + 1].text != ".":
            break
        k += 2
        end = k
    return end


def month_family(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a month's word written as an inverted name between authors read as an
    author (see the module's doc)."""
    if "month" not in marks_union(marks) or not any(r[0] == "author" for r in found):
        return found  # most notes
    labels = labels_at(found, len(tokens))
    out = found
    for k in range(2, len(tokens) - 3):
        if "month" not in marks[k] or labels[k] not in _MISREAD or tokens[k + 1].text != ",":
            continue
        end = _initials_end(tokens, k + 2)
        if end is None:
            continue
        before = tokens[k - 1].text
        joined = before in _JOINS or "and" in marks[k - 1]
        author_before = any(labels[j] == "author" for j in range(max(0, k - 4), k))
        author_after = end + 1 < len(tokens) and labels[end + 1] == "author"
        if joined and (author_before or author_after):
            out = painted(out, ("author", k, end))
    return out
