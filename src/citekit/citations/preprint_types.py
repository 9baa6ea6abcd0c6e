"""A preprint: a work posted on a preprint server (`arXiv:1706.03762 [cs.CL]`, `medRxiv`,
`bioRxiv [Preprint]`, `SSRN`) or called one (`препринт`), with no journal's volume, issue or
pages, is CSL's `article`, whatever the host's look made of it (a web page, a journal's
article, a book). A working paper or a report posted there stays a report (`Discussion Paper
No. 510`, SSRN), and a host named a journal is one (`SSRN Electronic Journal`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import has_cue, has_type_cue

__all__ = ["preprint_type"]

# the types a preprint's record is read as when its server is taken for its host
_RETYPED: Final = frozenset(
    {"webpage", "article-journal", "article-newspaper", "book", "document", "manuscript"}
)
_NUMBERS: Final = ("volume", "issue", "page", "publisher", "ISBN")


def preprint_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`kind`, or `article` for a preprint (see the module's doc)."""
    if kind not in _RETYPED or not has_type_cue("preprint", text):
        return kind
    if any(fields.get(k) for k in _NUMBERS):
        return kind  # a journal's article, a book: printed
    container = str(fields.get("container-title") or "")
    if has_cue("journal", container) or has_type_cue("report", text):
        return kind
    return "article"
