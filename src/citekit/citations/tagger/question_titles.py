"""A book's title that opens on a quoted question or exclamation. Titles quote a slogan or a
question and go on after it (`“Türkiye Kimin?” 1990’larda Milliyetçilik Tartışmaları`, `«Кто
виноват?» Русская публицистика XIX века`, `“Whose Eurasia?” Russian Debates`): the words that
follow the closing mark with no comma or full stop between are the rest of the title, not a host,
when the note then gives a book's imprint (a place, and no editor, volume or issue): a host is
parted from its part's title by a mark or an `in` word, and a host with a place and a publisher of
its own but neither volume nor editor is a book, the book itself."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["question_opens_title"]

_ASKED: Final = frozenset({"?", "!"})  # what closes the quoted question or slogan
_REST: Final = frozenset({"container-title", "author", "title", OTHER})  # what the rest was read as
_BOOK_ONLY: Final = frozenset({"editor", "volume", "issue", "container-title"})
_ENDS: Final = frozenset({",", "."})


def _rest_end(tokens: list[Token], start: int) -> int | None:
    """The comma or full stop ending the words after the closing mark at `start - 1`."""
    if start >= len(tokens) or not tokens[start].text[:1].isalnum():
        return None  # a mark right after the quote: the title ends there
    return next((k for k in range(start + 1, len(tokens)) if tokens[k].text in _ENDS), None)


def question_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words run on after a quoted question read as the rest of the title, the
    quotes kept in it, in a note with a book's imprint (see the module's doc)."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "title" or a == 0 or tokens[b - 1].text not in _ASKED:
            continue
        opening = tokens[a - 1].text
        if opening not in QUOTES or b >= len(tokens) or tokens[b].text != QUOTES[opening]:
            continue
        end = _rest_end(tokens, b + 1)
        if end is None:
            continue
        inside = [run for run in found if run[1] < end and run[2] > b]
        if any(run[0] not in _REST or run[2] > end for run in inside):
            continue
        after = [run[0] for run in found if run[1] >= end]
        if "publisher-place" not in after or not _BOOK_ONLY.isdisjoint(after):
            continue
        if any(run[0] in _BOOK_ONLY for run in found[:j]):
            continue
        head = [run for run in found[:j] if run[2] <= a - 1]
        opened = [(OTHER, head[-1][2], a - 1)] if head and head[-1][2] < a - 1 else []
        tail = [run for run in found if run[1] >= end]
        return [*head, *opened, ("title", a - 1, end), *tail]
    return found
