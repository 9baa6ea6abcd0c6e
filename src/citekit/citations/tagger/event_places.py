"""A meeting's place after its dates (Vancouver's `In: Proceedings of …; 2019 Oct 17-18; Semey,
Kazakhstan. Semey: Publisher; 2019.`): a city and its country after the host is where the
meeting met, never a person, though the model may read `Semey, Kazakhstan` as an inverted
name. An author's run after the host's run and a `;` that is one or two capitalised words, a
comma and a country's name (`country_names`) is no field's (`edited by Brown, Georgia` stays):
the place of an event the record has no slot for is left to no field, not given to the
authors."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names

__all__ = ["event_place"]

_CITY_WORDS: Final = 2  # words of the city's name at most (`Nur-Sultan`, `New York`)


def _city_and_country(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a capitalised city's name, a comma and a country's name."""
    texts = [t.text for t in tokens[a:b]]
    if texts.count(",") != 1:
        return False
    comma = texts.index(",")
    city, country = texts[:comma], " ".join(texts[comma + 1 :])
    words = [w for w in city if w != "-"]
    if not 0 < len(words) <= _CITY_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return country.casefold() in country_names()


def _placed(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a city and its country after the dates' `;` (no editor's name)."""
    return a > 0 and tokens[a - 1].text == ";" and _city_and_country(tokens, a, b)


def event_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a city and its country after the host's run given to no field (see the
    module's doc)."""
    hosted = False
    for j, (label, a, b) in enumerate(found):
        if label == "container-title":
            hosted = True
        elif hosted and label == "author" and _placed(tokens, a, b):
            return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
    return found
