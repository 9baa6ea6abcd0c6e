"""A work marked undated has no date of its own after its address. APA and İSNAD mark a web
page with no date `(n.d.)`, `(t.y.)`, `n.d.,`; a date such a note writes after the page's URL
(`… https://… 12 Mart 2023.`, `…/oxus, 17 October 2020.`) is the day it was read, its access
date, with or without an access label. The marks are data: `[types] no_date`, those written
with a period."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import EdgedPattern
from citekit.citations.tagger.align import Run
from citekit.languages import shipped_type_words

__all__ = ["undated_address_end"]

_ADDRESS: Final = "URL"


@functools.cache
def _mark() -> EdgedPattern:
    """The no-date marks written with a period (`n.d.`, `t. y.`), as one pattern after no word
    character (an `EdgedPattern`: re skips at once to a mark's first letter, where a leading
    look-behind is tried at every character)."""
    words = sorted((w for w in shipped_type_words("no_date") if "." in w), key=len, reverse=True)
    spaced = (r"\.\s?".join(map(re.escape, w.rstrip(".").split("."))) + r"\." for w in words)
    return EdgedPattern("(?:" + "|".join(w.replace(r"\ ", "") for w in spaced) + ")")


def undated_address_end(text: str, found: list[Run]) -> int | None:
    """The token index after the URL's run in a note marked undated before it, or None."""
    if "." not in text or "http" not in text:
        return None
    mark = _mark().search(text)
    if mark is None:
        return None
    return next((b for label, _, b in found if label == _ADDRESS), None)
