"""OSCOLA's chapter: `Author, 'Chapter' in Editor and Editor (eds), Book (Publisher 2021) 133.`
The names between `in` after the chapter's closing quote and the bracketed editors' word are
the editors, and the words after the bracket up to the imprint's bracket are the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token

__all__ = ["editors_before_host"]

_CLOSING: Final = frozenset(QUOTE_PAIRS.values())
_EDITED: Final = frozenset({"ed", "eds"})  # the bracketed word after the names (`(eds)`)
_JOINS: Final = frozenset({"and", "&", ",", "."})
_STOPS: Final = frozenset({".", ";"})  # what closes a host's name before its imprint
_NAMES: Final = 14  # tokens of the editors' names at most
_HOST: Final = 30  # tokens of the host's name at most


def _named(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`–`b` are names: capitalised words, initials and their joins."""
    if b <= a or not tokens[a].text[:1].isupper():
        return False
    return all(t.text in _JOINS or (t.text.isalpha() and t.text[:1].isupper()) for t in tokens[a:b])


def _edited_at(tokens: list[Token], k: int) -> int | None:
    """The token after the bracket `(eds)` / `(ed.)` opening at `k`, or None."""
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 1].text not in _EDITED:
        return None
    end = k + 3 if tokens[k + 2].text == "." else k + 2
    if end >= len(tokens) or tokens[end].text != ")":
        return None
    return end + 2 if end + 1 < len(tokens) and tokens[end + 1].text == "," else end + 1


def editors_before_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an OSCOLA chapter's editors and host read (module doc)."""
    for i in range(1, len(tokens) - 4):
        if tokens[i].text != "in" or tokens[i - 1].text not in _CLOSING:
            continue
        k = next(
            (k for k in range(i + 2, min(i + 2 + _NAMES, len(tokens))) if tokens[k].text == "("),
            None,
        )
        if k is None or not _named(tokens, i + 1, k) or (h := _edited_at(tokens, k)) is None:
            continue
        m = next((m for m in range(h, min(h + _HOST, len(tokens))) if tokens[m].text == "("), None)
        if m is None or m == h or m + 1 >= len(tokens) or not tokens[h].text[:1].isupper():
            continue
        if not (tokens[m + 1].text[:1].isupper() or tokens[m + 1].text[:1].isdigit()):
            continue  # the imprint's bracket (`(Cambridge University Press 2021)`), no role's
        if any(t.text in _STOPS for t in tokens[h:m]):
            continue  # the host's name runs to the imprint's bracket: no sentence ends in it
        for run in ((OTHER, i, i + 1), ("editor", i + 1, k), (OTHER, k, h)):
            found = painted(found, run)
        return painted(found, ("container-title", h, m))
    return found
