"""A hyphenated compound is one word: the model may end a title at a compound's first half
and leave the rest of the title unread (`Locked Files: Access to Soviet-Era Archives in
Turkmenistan. New York: …` read as the title `… to Soviet` and nothing). When a title's or a
host's run ends at a hyphen glued to the words on both sides of it, and the unread run after
it holds words alone up to its sentence's period or comma, the run goes on to that mark."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["title_over_compound"]

_HYPHENS: Final = frozenset({"-", "‐", "‑"})
_LABELS: Final = frozenset({"title", "container-title"})
_ENDS: Final = frozenset({".", ","})


def _glued(tokens: list[Token], h: int) -> bool:
    """Whether the hyphen at `h` joins two words with no space on either side."""
    return (
        0 < h < len(tokens) - 1
        and tokens[h].text in _HYPHENS
        and tokens[h - 1].end == tokens[h].start
        and tokens[h].end == tokens[h + 1].start
        and tokens[h - 1].text.isalnum()
        and tokens[h + 1].text.isalpha()
    )


def title_over_compound(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title or host cut inside a hyphenated compound run on (module doc)."""
    if _HYPHENS.isdisjoint(text_set(tokens)):
        return found  # most notes: one look-up
    for j in range(len(found) - 1):
        label, a, b = found[j]
        other, _, d = found[j + 1]
        if label not in _LABELS or other != OTHER:
            continue
        h = b if _glued(tokens, b) else b - 1
        if not _glued(tokens, h) or tokens[d - 1].text not in _ENDS or d - 1 <= h + 1:
            continue
        if not all(t.text.isalnum() or t.text in _HYPHENS for t in tokens[h + 1 : d - 1]):
            continue  # a mark inside: no plain words' run
        return [*found[:j], (label, a, d - 1), (OTHER, d - 1, d), *found[j + 2 :]]
    return found
