"""A host's name split at an abbreviation's period inside it: `T.C. Cumhurbaşkanlığı Devlet
Arşivleri Başkanlığı` (the model read `T.C` and the rest as two hosts), `Официальный
интернет-ресурс акимата г. Алматы` (the city after `г.` read as the place). A period after a
word of one or two letters is an abbreviation's, no host's end: the host goes on, and a place
right after a small abbreviation (`г.`, `с.`) inside it, with no imprint after, is its name's.
So is a suffix after an apostrophe inside a name (`Cumhuriyet’in İlk Yüzyılında Eğitim`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import APOSTROPHES
from citekit.citations.tagger.tokens import Token

__all__ = ["abbreviation_in_host_name", "suffix_joins_runs"]

_SHORT: Final = 2  # letters of an abbreviation's word at most (`T.C`, `г`)
_HOST: Final = "container-title"
_AFTER_PLACE: Final = frozenset({"URL", "accessed", OTHER})  # no imprint after the city


def _abbreviation(token: Token) -> bool:
    return token.text.isalpha() and len(token.text) <= _SHORT


def abbreviation_in_host_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run and the run after its abbreviation's period joined (see the
    module's doc)."""
    for j in range(len(found) - 2):
        (label, a, k), stop, (after, c, b) = found[j : j + 3]
        if label != _HOST or stop != (OTHER, k, k + 1) or tokens[k].text != "." or c != k + 1:
            continue
        if not _abbreviation(tokens[k - 1]) or tokens[k].start != tokens[k - 1].end:
            continue
        small = tokens[k - 1].text.islower() and k - 1 > a
        if after == _HOST and tokens[k - 1].text.isupper():
            return [*found[:j], (_HOST, a, b), *found[j + 3 :]]  # `T.C. Cumhurbaşkanlığı …`
        rest = {run[0] for run in found[j + 3 :]}
        if after == "publisher-place" and small and rest <= _AFTER_PLACE:
            return [*found[:j], (_HOST, a, b), *found[j + 3 :]]  # `… акимата г. Алматы.`
    return found


def suffix_joins_runs(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with two runs of one field joined where the model gave a suffix after an
    apostrophe to no field (Turkish `Cumhuriyet’in İlk Yüzyılında Eğitim`: `in` read as the
    host's word): the suffix is glued to its word, inside one name."""
    for j in range(len(found) - 2):
        (label, a, b), (gap, _, c), (after, _, d) = found[j : j + 3]
        if label == OTHER or after != label or gap != OTHER or c - b != 2:
            continue
        mark, suffix = tokens[b], tokens[b + 1]
        glued = tokens[b - 1].end == mark.start and mark.end == suffix.start
        if mark.text in APOSTROPHES and glued and suffix.text.isalpha() and suffix.text.islower():
            return [*found[:j], (label, a, d), *found[j + 3 :]]
    return found
