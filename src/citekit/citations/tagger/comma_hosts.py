"""A periodical's name between commas (`Петров А. Н. Реформа местного самоуправления,
Государство и право, 2012, № 7, с. 45–52.`, `Смирнов К. Земство, Новый мир, 2001, № 2`): a
note written with commas alone, no `//` nor "in", names the article's host as the last comma's
part before the year when an issue's number follows that year. The model reads the title and
the host as one title; the host is that part, a name of a few words opening with a capital."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["comma_host"]

_HOST_WORDS: Final = 6  # words of a periodical's name at most


def comma_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host cut from a title run that holds it after its last comma."""
    if "," not in text_set(tokens) or "/" in text_set(tokens):
        return found  # no comma, or GOST's `//` (its host is marked)
    if any(label == "container-title" for label, _, _ in found):
        return found
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "title":
            continue
        mark, year = found[j + 1], found[j + 2]
        if mark != (OTHER, b, b + 1) or tokens[b].text != ",":
            return found
        if year[0] != "issued" or year[2] - year[1] != 1 or not is_year(tokens[year[1]].text):
            return found
        if not any(run[0] == "issue" for run in found[j + 3 :]):
            return found  # a book's year (`Власть, общество, 2012`): no issue after it
        comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
        if comma is None:
            return found
        words = [t.text for t in tokens[comma + 1 : b]]
        if not (words[0].isalpha() and words[0][0].isupper()) or not all(
            w.isalpha() or w in "-." for w in words
        ):
            return found
        if sum(w.isalpha() for w in words) > _HOST_WORDS:
            return found
        return painted(painted(found, (OTHER, comma, comma + 1)), ("container-title", comma + 1, b))
    return found
