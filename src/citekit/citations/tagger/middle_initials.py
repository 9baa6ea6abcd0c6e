"""A person named in direct order with a middle initial (`Gordon B. Smith, Reforming the Russian
Legal System 112 (1996).`, `Harold J. Berman, Justice in the U.S.S.R. 95 (rev. ed. 1963).`): the
model, which learned `Family I.` headings, may end the name at the initial's period and open the
title on the family. A given name, one initial with its period and one capitalised word closed
by a comma that open the note are the author's whole name; the title starts after the comma, and
no sentence ends after it (Chicago's and the Bluebook's notes run on to the imprint's bracket or
the page: `Mann M. States, War and Capitalism. Oxford: …` is a family-first heading), nor does a
place follow the comma (`Kaya M. Tarih, Ankara, 2010.`). A note written GOST's or ISBD's way
(`//`, a spaced dash, a spaced colon: `Tilly C. Coercion, Capital … Cambridge : Blackwell,
1990`) or in Cyrillic keeps the model's reading: there `Family I.` opens the note and the title
follows."""

from __future__ import annotations

import unicodedata
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.heads import capitalised
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["middle_initial_name"]

_NAME: Final = 5  # the given name, the initial, its period, the family and its comma
_PERSONS: Final = frozenset({"author", "editor", "translator"})


def _spaced_colon(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is ISBD's colon with a space on each side (`Cambridge : Blackwell`)."""
    return (
        tokens[k].text == ":"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].end < tokens[k].start
        and tokens[k + 1].start > tokens[k].end
    )


def _sentence(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a period closing a sentence after a word: a capital follows."""
    return (
        tokens[k].text == "."
        and len(tokens[k - 1].text) > 1
        and tokens[k - 1].text.isalpha()
        and tokens[k + 1].text[:1].isupper()
    )


def middle_initial_name(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a direct-order name's family given back to the name (see the module's
    doc)."""
    if len(tokens) <= _NAME or not found or found[0] != ("author", 0, 3):
        return found
    given, initial, period, family, comma = (t.text for t in tokens[:_NAME])
    if not (capitalised(given) and len(initial) == 1 and initial.isupper() and period == "."):
        return found
    if not capitalised(family) or comma != "," or not tokens[_NAME].text[:1].isupper():
        return found
    if any(
        t.text == "/" or t.text in DASHES or _spaced_colon(tokens, k) for k, t in enumerate(tokens)
    ):
        return found  # GOST's and ISBD's areas: `Smith B. Title // …`, `Cambridge : Blackwell`
    if not all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in given):
        return found  # `Смирнов К. Земство, …`: a Cyrillic heading is family first
    if any(_sentence(tokens, k) for k in range(_NAME, len(tokens) - 1)):
        return found  # `Mann M. States, War and Capitalism. Oxford: …`: the title's sentence
    if marks[_NAME] & PLACE_STARTS:
        return found  # `Kaya M. Tarih, Ankara, 2010.`: the title's one word, then the place
    if len(found) < 2 or found[1][0] in _PERSONS:
        return found
    out = painted(found, ("author", 0, 4))
    out = painted(out, (OTHER, 4, 5))
    return out
