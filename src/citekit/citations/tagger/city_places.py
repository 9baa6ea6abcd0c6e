"""A place read as a host before its city's word. Kazakh and Turkmen imprints may write the
city's word after its name (`Алматы қ.: Жазушы`, `Aşgabat ş.: Ylym`); a lone host run that is
one place of the lexicon, before that word (or the colon alone) and the publisher's run, is
the imprint's place in a note that names none."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import city_words, one_place
from citekit.citations.tagger.tokens import Token

__all__ = ["host_as_place"]


def host_as_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with its lone host run read as the place before the imprint's colon (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if labels.count("container-title") != 1 or "publisher-place" in labels:
        return found
    j = labels.index("container-title")
    if j + 2 >= len(found) or found[j + 1][0] != OTHER or found[j + 2][0] != "publisher":
        return found
    _, a, b = found[j]
    between = "".join(t.text for t in tokens[found[j + 1][1] : found[j + 1][2]])
    if between[-1:] != ":" or (between != ":" and between[:-1] not in city_words()):
        return found
    if not one_place(marks, a, b):
        return found
    return [*found[:j], ("publisher-place", a, b), *found[j + 1 :]]
