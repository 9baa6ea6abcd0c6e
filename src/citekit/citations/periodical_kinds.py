"""A host named by the word for a newspaper.

Hand-written notes in many languages name a paper with the word for what it is before or after
its name (`Milliyet Gazetesi`, `"Cumhuriyet" gazetesi`, `газета «Казахстанская правда»`,
`«Егемен Қазақстан» газеті`; `[types] paper_kind`). Such a host is a newspaper whatever its
name: a quoted title it prints that names an act or a treaty (`“… Yeni Anlaşma”, Dünya Gazetesi,
23.06.2019`) is a headline on it, no act (a bulletin of treaties prints the acts themselves).
The host's name stays as written, its kind word with it (the corpus's convention,
`tests/citations/test_leftovers18.py`).
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.type_cues import casefold
from citekit.languages import shipped_type_words

__all__ = ["named_by_kind"]

_MARKS: Final = "«»“”„\"'‘’.,:;"


@functools.cache
def _kinds() -> frozenset[str]:
    """Every shipped language's words for a newspaper, case-folded, closing period left out
    (`газ.` is `газ`)."""
    return frozenset(casefold(w).rstrip(".") for w in shipped_type_words("paper_kind"))


def named_by_kind(container: str | None) -> bool:
    """Whether the host's name opens or closes on the word for a newspaper, beside other words
    (`Milliyet Gazetesi`, `«Ана тілі» газеті`, `газета «Правда»`)."""
    words = [casefold(w).strip(_MARKS) for w in (container or "").split()]
    return len(words) > 1 and (words[0] in _kinds() or words[-1] in _kinds())
