"""GOST's statement of responsibility after a genre (`Title [Электронный ресурс] : набор
данных / Бюро национальной статистики. – 2023.`): the model may run the genre's words on over
the slash. The words after the slash name who made the work, no genre's: in a note with no
author read yet, a genre's run holding a slash ends before it, and the names after it (to the
run's end) are the author."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["responsibility_out_of_genre"]

_NAMES: Final = frozenset({"author", "editor", "translator"})


def responsibility_out_of_genre(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a genre's run cut at its slash, the names after it the author (module doc)."""
    if "/" not in text_set(tokens) or any(run[0] in _NAMES for run in found):
        return found  # most notes: one look-up
    for j, (label, a, b) in enumerate(found):
        if label != "genre":
            continue
        slash = next((k for k in range(a + 1, b - 1) if tokens[k].text == "/"), None)
        if slash is None or not tokens[slash + 1].text[:1].isupper():
            continue
        cut = [("genre", a, slash), (OTHER, slash, slash + 1), ("author", slash + 1, b)]
        return [*found[:j], *cut, *found[j + 1 :]]
    return found
