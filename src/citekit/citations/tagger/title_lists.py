"""A title that closes on a serial list (`Water Sector Assessment, Strategy, and Road Map`): the
model may read the list's last words as names (`Strategy` an author, `Road Map` an editor). In
a Chicago note whose author is read before the title and which has no role's word (`ed.`,
`trans.`), the words after the title's comma up to the imprint's bracket (`(Manila: ADB,
2021)`), with no digit among them and a joining word (`and`) before the last, are the title's:
no person is named between a title and its imprint without a role's word."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["list_closing_title"]

_ROLE_MARKS: Final = frozenset({"editor", "translator"})
_MISREAD: Final = frozenset({"author", "editor", "translator", "container-title", OTHER})
_LIST: Final = 12  # tokens of the list's tail at most


def list_closing_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a serial list's tail read as names given back to the title (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if "title" not in labels or "author" not in labels[: labels.index("title")]:
        return found
    if not _ROLE_MARKS.isdisjoint(marks_union(marks)):
        return found
    _, a, b = found[labels.index("title")]
    if b >= len(tokens) or tokens[b].text != ",":
        return found
    close = next(
        (k for k in range(b + 1, min(b + _LIST, len(tokens))) if tokens[k].text == "("), None
    )
    if close is None or close + 1 >= len(tokens):
        return found
    at = labels_at(found, len(tokens))
    if at[close + 1] != "publisher-place" or not set(at[b:close]) <= _MISREAD:
        return found
    tail = tokens[b:close]
    if any(not (t.text.isalpha() or t.text == ",") for t in tail):
        return found
    joined = any("and" in marks[k] for k in range(b, close))
    if not joined or not set(at[b:close]) - {OTHER}:
        return found  # a list's joining word, and a word the model read as a field
    at[a:close] = ["title"] * (close - a)
    return runs(at)
