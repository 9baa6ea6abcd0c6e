"""A place read as a host before its city's word. Kazakh and Turkmen imprints may write the
city's word after its name (`Алматы қ.: Жазушы`, `Aşgabat ş.: Ylym`); a lone host run that is
one place of the lexicon, before that word (or the colon alone) and the publisher's run, is
the imprint's place in a note that names none. A hand-written Turkish note may close its title
run with the place and the house, each after a comma (`EROĞLU, Nurhan: Kamu Yönetimi ve Yerel
Yönetimler, Ankara, Seçkin, 2. Bası, 2015`): a place of the lexicon and one to three
capitalised words after it, at the run's end, are the place and the publisher when the note
names neither."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.countries import country_end
from citekit.citations.tagger.places import city_words, one_place
from citekit.citations.tagger.tokens import Token

__all__ = ["host_as_place", "place_publisher_in_title"]


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


_HOUSE_WORDS: Final = 3  # words of a publisher's name closing a title run at most


def place_publisher_in_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with `…, Place, House` closing a title run read as the place and the publisher
    (see the module's doc)."""
    labels = {run[0] for run in found}
    if labels & {"publisher", "publisher-place"}:
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        commas = [k for k in range(a + 2, b - 1) if tokens[k].text == ","]
        if len(commas) < 2:
            continue
        first, second = commas[-2], commas[-1]
        if not one_place(marks, first + 1, second) or not 0 < b - second - 1 <= _HOUSE_WORDS:
            continue
        house = tokens[second + 1 : b]
        if not all(t.text.isalpha() and t.text[:1].isupper() for t in house):
            continue
        if country_end(tokens, second + 1) is not None:
            continue  # `…, Ankara, Türkiye`: the place's country
        runs = [
            ("title", a, first),
            (OTHER, first, first + 1),
            ("publisher-place", first + 1, second),
            (OTHER, second, second + 1),
            ("publisher", second + 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
