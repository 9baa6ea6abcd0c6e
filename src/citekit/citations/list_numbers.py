"""A reference list's entry number pasted before the entry with a closing bracket (`12)
Иванов И. И. …`, `3) Brubaker R. …`): no title's word, as no title's ordinal is written so.
One closed by a period (`40. Brubaker R.`) is left to the tagger, which learned it from
numbered lists (and a Turkish title may open on an ordinal: `25. Yıl Kitabı`)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["without_list_number"]

_BRACKETED: Final = re.compile(r"^\s*\d{1,3}\)\s+(?=\w)")


def without_list_number(text: str) -> str:
    """`text` without the bracketed entry number of a reference list pasted before it."""
    found = _BRACKETED.match(text)
    return text if found is None else text[found.end() :]
