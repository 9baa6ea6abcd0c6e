"""A host's number written as the last sentence of the host's name (GOST's serial collection:
`// Гражданское законодательство. Статьи. Комментарии. Практика. Вып. 41 / под ред. …`,
`// Труды института. Вып. 15. – М., 2010.`): a volume's or an issue's word of the language
files, its period, and a number close the host's run after a sentence's period; they are the
host's number, no words of its name. Only a host after `//` is read so."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import Token, glued_to_previous

__all__ = ["number_closing_host"]

_WORDS: Final = {"Bissue": "issue", "Bvolume": "volume"}
_TOKENS: Final = 4  # the name's period, the word, its period and the number


def number_closing_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a number's sentence cut off the end of the host's run (see the module's
    doc), when the note has no such number elsewhere."""
    if marks_union(marks).isdisjoint(_WORDS):
        return found  # most notes: one look-up
    s = slashes_at(tokens)
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b - a <= _TOKENS + 1 or s < 0 or a < s:
            continue  # the host after GOST's `//` (`Utverzhdena Ukazom … No. 229.` is a decree's)
        number, period, stop = tokens[b - 1], tokens[b - 2], tokens[b - 4]
        kind = next((_WORDS[m] for m in marks[b - 3] if m in _WORDS), None)
        if kind is None or not number.text.isdecimal() or period.text != "." or stop.text != ".":
            return found
        if not glued_to_previous(tokens, b - 2) or any(run[0] == kind for run in found):
            return found
        cut = [("container-title", a, b - 4), (OTHER, b - 4, b - 1), (kind, b - 1, b)]
        return [*found[:j], *cut, *found[j + 1 :]]
    return found
