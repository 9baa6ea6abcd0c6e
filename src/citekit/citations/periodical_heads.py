"""A periodical named first: `Бюллетень Верховного Суда РФ. 2021. № 6. С. 14–15.`, `Вестник
Высшего Арбитражного Суда РФ. 2012. № 5. С. 20–25.` A note that opens with a journal's or a
bulletin's name (its first word the word for one: `[words] journal`, `[types]
statistics_bulletin`), then only the year, the issue and the pages, signed by nobody and with
no title of its own, cites what that issue prints at those pages: the name is the host, and
the item has no title. So does a short name with no such word, followed by nothing but an
issue's number and its date (`Айқап. – 1912. – № 5.`, `Yeni Türkistan, no. 3 (Istanbul,
1927), 12.`): a book is never cited by an issue's number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import has_cue, has_type_cue

__all__ = ["periodical_first"]

_SIGNED: Final = ("author", "editor", "translator", "URL", "DOI", "publisher", "container-title")
_HEAD: Final = 2  # the periodical's word among its name's first two words
_NAME_WORDS: Final = 4  # words of a periodical's name written with no word for one at most


def periodical_first(fields: Mapping[str, object], title: str | None, text: str) -> bool:
    """Whether `title` is a periodical's name the note opens with, its item cited by the
    issue's number and pages alone (see the module's doc)."""
    if not title or not fields.get("issue"):
        return False
    if any(fields.get(k) for k in _SIGNED) or not text.lstrip().startswith(title):
        return False
    head = " ".join(title.split()[:_HEAD])
    if fields.get("page") and (
        has_cue("journal", head) or has_type_cue("statistics_bulletin", head)
    ):
        return True
    # a short name, then only an issue's number and its date (`Айқап. – 1912. – № 5. – Б. 3.`,
    # `Yeni Türkistan, no. 3 (Istanbul, 1927), 12.`): no book is numbered by its issues
    short = len(title.split()) <= _NAME_WORDS and not any(c.isdigit() or c in ':«»"' for c in title)
    return short and fields.get("issued") is not None
