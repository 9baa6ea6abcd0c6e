"""A preprint: a work posted on a preprint server (`arXiv:1706.03762 [cs.CL]`, `medRxiv`,
`bioRxiv [Preprint]`, `SSRN`) or called one (`препринт`), with no journal's volume, issue or
pages, is CSL's `article`, whatever the host's look made of it (a web page, a journal's
article, a book). A working paper or a report posted there stays a report (`Discussion Paper
No. 510`, SSRN), and a host named a journal is one (`SSRN Electronic Journal`). An article
published before its issue (`Eğitim ve Bilim, Erken Görünüm`, `Early View`, `[words]
early_view`) is a journal's article."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.type_cues import has_cue, has_type_cue
from citekit.languages import shipped_words

__all__ = ["early_view_type", "preprint_type"]

# the types a preprint's record is read as when its server is taken for its host
_RETYPED: Final = frozenset(
    {"webpage", "article-journal", "article-newspaper", "book", "document", "manuscript"}
)
_NUMBERS: Final = ("volume", "issue", "page", "publisher", "ISBN")


def preprint_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`kind`, or `article` for a preprint (see the module's doc)."""
    title = str(fields.get("title") or "")
    untitled = text.replace(title, " ") if title else text  # `"Scientists flock to arXiv"`
    if kind not in _RETYPED or not has_type_cue("preprint", untitled):
        return kind
    if any(fields.get(k) for k in _NUMBERS):
        return kind  # a journal's article, a book: printed
    container = str(fields.get("container-title") or "")
    if has_cue("journal", container) or has_type_cue("report", text):
        return kind
    return "article"


_EARLY_RETYPED: Final = frozenset({"webpage", "article-newspaper", "book", "document"})


@functools.cache
def _early_view() -> re.Pattern[str]:
    words = sorted(shipped_words("early_view"), key=len, reverse=True)
    return re.compile(rf"[,.]\s*(?:{literal_alternation(words) or '(?!)'})\s*[,.]")


def early_view_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`kind`, or `article-journal` for an article published before its issue, after its
    journal's name (see the module's doc)."""
    if kind not in _EARLY_RETYPED or not fields.get("container-title"):
        return kind
    return "article-journal" if _early_view().search(text) else kind
