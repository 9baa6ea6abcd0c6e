"""The address a note writes its DOI as (`https://doi.org/10.1787/…`): the DOI is read by the
exact rules, and the record keeps the link the note gives too."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.structure import Exact

__all__ = ["doi_address"]


def doi_address(text: str, exact: Exact) -> str | None:
    """The address a note writes its DOI as (`https://doi.org/10.1787/…`): the DOI, and the
    link the note gives too (the item's type is told without it, as from a bare DOI)."""
    for start, end, kind in exact.spans:
        if kind == "DOI" and text.startswith(("http://", "https://"), start):
            return text[start:end]
    doi = next((k for _, _, k in exact.spans if k == "DOI"), None)
    if doi is not None and "doi.org/" in text:  # the spans read a text spaced apart (`.https:`)
        found = _DOI_LINK.search(text)
        return found.group().rstrip(".,;") if found else None
    return None


_DOI_LINK: Final = re.compile(r"https?://(?:dx\.)?doi\.org/10\.\S+")
