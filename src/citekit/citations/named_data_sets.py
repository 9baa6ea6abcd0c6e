"""A data set named so: a title that closes on a data set's word (`[types] data_set_closes`:
`Central Asian Elections Dataset (CAED), v2.1. Harvard Dataverse.`, `UN Comtrade Database`), its
acronym and version after it aside, is a data set (CSL's `document`, as the corpus types data
sets), when no periodical's volume or issue prints it (an article on one is the journal's: `…
Elections Dataset. Journal of Peace Research 56(3)`). A data set's DOI, repository and
distributor's place are its own (ICPSR's `… Dataset. Ann Arbor, MI: ICPSR`); but with a place
in its imprint, a `Database` with no version is a book's name (`WordNet: An Electronic Lexical
Database. Cambridge, MA: MIT Press`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import casefold, type_phrases

__all__ = ["named_data_set"]

_DATA_KINDS: Final = frozenset({"book", "report", "webpage"})  # what a data set was read as
# what may follow a data set's name: its acronym in brackets, its version (`(CAED), v2.1`)
_DATA_TAIL: Final = re.compile(r"(?:\s*\([A-Z][A-Za-z0-9-]*\)|,?\s*v(?:ersion)?\s?[\d.]+)+$")
_WORD: Final = re.compile(r"\w+")
_BOOKS_WORD: Final = "database"  # the word a book's name closes on too


def named_data_set(kind: str, fields: Mapping[str, object], title: str) -> bool:
    """Whether a work read as `kind` with `fields` and `title` is a data set named so (see the
    module's doc)."""
    if kind not in _DATA_KINDS or fields.get("volume") or fields.get("issue"):
        return False
    bare = _DATA_TAIL.sub("", title)
    words = _WORD.findall(casefold(bare))
    phrases = type_phrases("data_set_closes")
    if fields.get("publisher-place") and bare == title:
        phrases = tuple(p for p in phrases if p[-1] != _BOOKS_WORD)
    return any(tuple(words[len(words) - len(p) :]) == p for p in phrases)
