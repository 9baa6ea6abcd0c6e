"""A family name told by its ending where the given name is unknown.

Russian and the languages of the former Soviet Union build most family names with endings no
given name has (`-ов`, `-ова`, `-ev`, Turkmen `-ýew`, Kazakh `-ұлы`: `[names] family_ending`;
not `-uly`, which ends Turkmen given names: `Gurbanguly`).
Of a person's two words the one alone ending so is the family, on whichever side it stands:
`Ahmedov Bekzod`, `Orazowa Aýna`, `Нұрланов Бекзат` are family first though the lexicon knows
none of their given names, as `Bekzod Ahmedov` is given first. A word only a few letters longer
than the ending is no such family (`Lev`, `Eva`).
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.languages import available_languages, language

__all__ = ["ends_as_family", "family_first_by_ending"]

_STEM: Final = 3  # letters a family has before its ending at least (`Lev` is a given name)


@functools.cache
def _endings() -> tuple[str, ...]:
    """The `[names] family_ending` endings of every shipped language, lower-cased."""
    found = {lower(e) for code in available_languages() for e in language(code).family_endings}
    return tuple(sorted(found, key=len, reverse=True))


def _ends_as_family(word: str) -> bool:
    if not word[:1].isupper():
        return False
    folded = lower(word)
    endings = _endings()
    # one `endswith` over them all first (most words end as no family does)
    return folded.endswith(endings) and any(
        folded.endswith(e) and len(folded) >= len(e) + _STEM for e in endings
    )


def family_first_by_ending(first: str, second: str) -> bool:
    """Whether of two words of a person's name the first, and it alone, ends as a family does
    (`Ahmedov Bekzod`; not `Bekzod Ahmedov`, nor `Ivanov Petrov`)."""
    return _ends_as_family(first) and not _ends_as_family(second)


def ends_as_family(word: str) -> bool:
    """Whether a capitalised word ends as a family name does (`Құнанбайұлы`, `Ахмедов`)."""
    return _ends_as_family(word)
