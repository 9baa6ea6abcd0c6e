"""An act cited in its amended state: `Федеральный закон от 29.12.2012 № 273-ФЗ (ред. от
04.08.2023) «Об образовании …»`, `(с изм. и доп., вступ. в силу с 01.01.2024)`, `(as amended
by …)`. The bracket opens with the language's words for it (`[legal] amended`) and says which
version was read: its date is no date of the act, its words no title's nor host's. It is read
out of the note before the note's fields are, and kept whole as the record's note."""

from __future__ import annotations

import functools
import re

from citekit.citations._words import literal_alternation
from citekit.languages import available_languages, language

__all__ = ["amendment"]


@functools.cache
def _bracket() -> re.Pattern[str] | None:
    """A bracket the amended state's words open."""
    words = {w for code in available_languages() for w in language(code).legal.get("amended", ())}
    if not words:
        return None
    alternation = literal_alternation(sorted(words, key=len, reverse=True))
    # opened by the bracket, not by the white space before it: a pattern that opened on white
    # space would be tried again from every space of a long run (quadratic)
    return re.compile(rf"\(\s*(?:{alternation})(?![^\W\d_])[^()]*\)", re.IGNORECASE)


def amendment(text: str) -> tuple[str, str | None]:
    """`text` without the bracket that gives an act's amended state, and the bracket's words
    (None, and `text` as it is, when there is none)."""
    pattern = _bracket()
    found = pattern.search(text) if pattern is not None and "(" in text else None
    if found is None:
        return text, None
    clause = " ".join(found.group()[1:-1].split())
    return text[: found.start()].rstrip() + text[found.end() :], clause
