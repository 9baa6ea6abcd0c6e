"""ISBD's spaced colon between a place and its publisher (`Neuwied : Luchterhand, 1962`,
`Paris : Seuil`, `Berlin : Suhrkamp Verlag`): GOST and ISBD notes write the imprint so whatever
the cited title's language, so the capitalised words after the title's last sentence end, a
colon with a space on each side, a short publisher's name and then the year are the imprint,
though the place is none the lexicon knows."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["spaced_imprint"]

_PLACE_WORDS: Final = 3  # `Frankfurt am Main`
_PUBLISHER_TOKENS: Final = 6  # `Duncker & Humblot`, `Изд-во АН СССР`
_JOINS: Final = frozenset({"-", "am", "an", "upon", "on", "sur", "de", "del", "im"})


def _spaced(tokens: list[Token], k: int) -> bool:
    """Whether token k stands apart from both neighbours (`Neuwied : Luchterhand`)."""
    return tokens[k].start > tokens[k - 1].end and tokens[k + 1].start > tokens[k].end


def _place(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a place's shape: one to three words, capitalised at both ends,
    only joining words (`am`, `upon`) or a hyphen between."""
    words = [t.text for t in tokens[a:b]]
    if not 1 <= len([w for w in words if w != "-"]) <= _PLACE_WORDS:
        return False
    if not all(w.isalpha() or w == "-" for w in words):
        return False
    inner = words[1:-1]
    ends = words[0][:1].isupper() and words[-1][:1].isupper() and len(words[0]) > 2
    return ends and all(w[:1].isupper() or w in _JOINS for w in inner)


def _publisher(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b can be a publisher's name: short, capitalised, no sentence end."""
    texts = [t.text for t in tokens[a:b]]
    if not 1 <= len(texts) <= _PUBLISHER_TOKENS or not texts[0][:1].isupper():
        return False
    return not any(x in {".", ":", ";", "/", "//", "?", "!"} for x in texts)


def spaced_imprint(tokens: list[Token], a: int, b: int, year_next: bool) -> list[Run] | None:
    """The title run a..b split at `Title. Place : Publisher` before the year, or None."""
    if not year_next or b - a < 5:
        return None
    colon = next((k for k in range(b - 2, a + 2, -1) if tokens[k].text == ":"), None)
    if colon is None or not _spaced(tokens, colon) or not _publisher(tokens, colon + 1, b):
        return None
    end = next((i for i in range(colon - 1, a, -1) if tokens[i].text == "."), None)
    if end is None or end - a < 1 or len(tokens[end - 1].text) < 2:
        return None  # `J. Neuwied`: an initial's period is no title's end
    if not _place(tokens, end + 1, colon):
        return None
    return [
        ("title", a, end),
        (OTHER, end, end + 1),
        ("publisher-place", end + 1, colon),
        (OTHER, colon, colon + 1),
        ("publisher", colon + 1, b),
    ]
