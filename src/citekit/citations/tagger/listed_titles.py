"""A GOST title that lists things with commas (`Tilly C. Coercion, Capital and European
States. Cambridge : Blackwell, 1990.`, `Иванов И. И. Власть, общество и реформы. М. : Наука,
2001.`) runs from the head author's period to the period before the imprint: the words after
its comma are no field's, no second author's (a GOST note names its co-authors before the
title or after `/`) and no host's (named after `//`), however the model read capitalised ones
(`European States`). So with Chicago's inverted head (`Hiro, Dilip. Inside Central Asia: …
History of Uzbekistan, Turkmenistan, …, and Iran. New York: …`): the countries listed are no
places, the last no editor."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["listed_title"]

# no `//`, no `In`: no host; no place nor editor before the imprint's own place
_MISREAD: Final = frozenset({"author", "container-title", "publisher-place", "editor"})
_WORDS: Final = 16  # the list's words after the title run's comma, at most


def listed_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title run that stops at a comma stretched to the period before the
    place's run, over runs of no field and of names with no initial (see the module)."""
    if len(found) < 4 or found[0][0] != "author" or found[0][1] != 0:
        return found  # most notes: no GOST head
    head_end = found[0][2]
    if tokens[head_end - 1].text != "." and not (
        found[1][0] == OTHER and tokens[head_end].text == "."
    ):
        return found  # `Family I.`, `Family, Given.`: the head's period closes it
    j = 2 if found[1][0] == OTHER else 1
    if found[j][0] != "title":
        return found
    _, a, b = found[j]
    if b >= len(tokens) or tokens[b].text != ",":
        return found
    end = next((k for k in range(b, min(len(tokens), b + _WORDS)) if tokens[k].text == "."), None)
    if end is None or any(not (t.text.isalpha() or t.text == ",") for t in tokens[b:end]):
        return found  # a list of words and commas only, up to the period
    place = next((k for k, run in enumerate(found) if run[1] == end + 1), None)
    if place is None or found[place][0] != "publisher-place":
        return found  # the period before the imprint's place
    middle = [run for run in found[j + 1 : place] if run[1] < end]
    if not middle or any(run[0] not in _MISREAD | {OTHER} for run in middle):
        return found
    if not any(run[0] in _MISREAD for run in middle):
        return found  # nothing the model misread
    return [*found[:j], ("title", a, end), (OTHER, end, end + 1), *found[place:]]
