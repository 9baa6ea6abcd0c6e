"""An act named by its number opens the note (`1 Numaralı Cumhurbaşkanlığı Kararnamesi,
Resmî Gazete, …`, `5237 sayılı Türk Ceza Kanunu, …`): the number, the word after it and the
act's name up to the first comma or bracket are the title, whatever the model made of the name
(a genre's run, the title's), when that word is a law number's (`[legal] number_after`) or the
name closes with an act's kind (`[legal] law`: `Kararnamesi`, `Kanunu`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.legal_words import law_kinds, number_words_after
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["act_opens_note"]

_NAMED: Final = frozenset({OTHER, "title", "genre"})
_ENDS: Final = frozenset({",", "(", ";"})
_LEAST: Final = 3  # a number, its word and a name
_NAME_WORDS: Final = 12  # words of an act's name at most


def act_opens_note(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a numbered act's name that opens the note read as the title."""
    if len(tokens) < _LEAST or not tokens[0].text.isdigit():
        return found  # most notes (at C speed)
    if not tokens[1].text.isalpha():
        return found
    end = next(
        (k for k in range(2, min(len(tokens), _NAME_WORDS + 2)) if tokens[k].text in _ENDS), None
    )
    if end is None or not all(t.text[:1].isupper() for t in tokens[2:end] if t.text.isalpha()):
        return found
    numbered = tokens[1].text.casefold() in number_words_after()
    if not numbered and tokens[end - 1].text.casefold() not in law_kinds():
        return found  # `1 Numaralı Sicil`: a register's number, no act's
    if any(label not in _NAMED for label, a, b in found if a < end and b > 0):
        return found
    return painted(found, ("title", 0, end))
