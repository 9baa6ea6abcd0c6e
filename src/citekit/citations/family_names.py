"""A family name told by the family names of the languages that write a name family first.

Chinese, Japanese and Korean write a person's family name first in any text, and notes cite
their authors so, romanised (`Wang Gungwu`, `Mori Masao`, `Kim Dae-jung`): Chicago's notes, and
Turkish and Russian scholarship, keep that order. Of two words the first is the family when it
is one of those languages' `[names] family` and the second no given name known elsewhere nor
such a family itself (`Lin Qian` stays unclear: the default order), and it is spelled in the
syllables those romanisations write, a consonant or two, a vowel or a few, an `n`, `ng` or `m`
(`Gung-wu`, `Ma-sa-o`, `Zhong-mian`; never `Webster`, `Elliott`: `Kim Elliott` is given first);
a given name of two syllables joined by a hyphen, the second in small letters (`Dae-jung`,
`Ki-baik`, Wade-Giles' `Kai-shek`), is such a name's whatever the first word is elsewhere.
"""

from __future__ import annotations

import re
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import family_names, given_names

__all__ = ["family_first_by_family"]

# a romanised East Asian given name of two syllables joined by a hyphen (`Dae-jung`, `Kai-shek`)
_SYLLABLES: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")
# a romanised syllable of pinyin, Wade-Giles, Hepburn or Korean (`zhong`, `gwu`, `sa`, `hyun`)
_SYLLABLE: Final = (
    r"(?:ch|sh|zh|ts|hs|[kgnhmrbpj]y|[bcdfghjklmnpqrstwxyz])?w?[aeiouāīūēōü]{1,3}(?:ng|n|m)?"
)
_SPELLED: Final = re.compile(rf"(?:{_SYLLABLE})+")


def family_first_by_family(first: str, second: str) -> bool:
    """Whether of two words of a person's name the first is the family, as East Asian names
    are written (module doc): `Wang Gungwu`, `Kim Dae-jung`; not `Kim Campbell`, `Xin Wen`."""
    folded, given = lower(first), lower(second)
    if folded not in family_names() or not second[:1].isupper() or given in family_names():
        return False
    if _SYLLABLES.fullmatch(second):
        return True
    if not second.isalpha() or {folded, given} & given_names():
        return False
    return _SPELLED.fullmatch(given) is not None
