"""A host's title that holds the word "in" (Chicago's `"Turkey and the Caspian Energy
Corridor," in Turkey's Foreign Policy in the 21st Century: A Changing Role in World Politics,
ed. …`): a note opens its host once, with the "in" after the part's title, so a second title
run after that "in", then an "in" of small letters and a host's run, are one host's title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_over_in"]

_IN: Final = "in"  # the lexicon's mark of a host's opening word (`in`, `In:`, `içinde`)


def host_over_in(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's title that the model broke at an inner "in" read whole."""
    for j in range(len(found) - 4):
        (part, _, _), opener, (second, a, _), inner, (host, _, e) = found[j : j + 5]
        if part != "title" or second != "title" or host != "container-title":
            continue
        if opener[0] != OTHER or _IN not in marks[opener[2] - 1]:
            continue  # the host is opened by "in" after the part's title
        if inner[0] != OTHER or inner[2] - inner[1] != 1:
            continue
        word = tokens[inner[1]].text
        if not word.islower() or _IN not in marks[inner[1]]:
            continue
        return [*found[: j + 2], ("container-title", a, e), *found[j + 5 :]]
    return found
