"""A paper's or a site's name in the author's place that no person's name can be: author-date
and web styles put the outlet there when the item names no author (`Алматы ақшамы. «Headline».
2013.`, `Літературна Україна. «Headline»`, `Qazaqstan. 2025. «Headline»`). Such a name holds a
country's or a city's name (`Україна`, `Qazaqstan`, `Бишкек`), last, or goes on after its capital in
small letters (`Алматы ақшамы`, `Ана тілі`, `Зеркало недели`), where a person's name writes
each word with a capital but its particles and patronymic words. A body's name is neither:
it signs as the author (`Министерство иностранных дел`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, country_names, language, shipped_words

__all__ = ["placed_outlet"]

_WORDS: Final = (1, 3)  # words of such an outlet's name, at least and at most
_SMALL: Final = 3  # letters of the word in small letters at least (no particle `de`, `al`)


@functools.cache
def _places() -> frozenset[str]:
    """The countries' and the listed cities' names of every shipped language, casefolded."""
    return country_names() | frozenset(w.casefold() for w in shipped_words("cities"))


@functools.cache
def _name_words() -> frozenset[str]:
    """Words a person's name writes in small letters: particles and patronymic words."""
    found: set[str] = set()
    for code in available_languages():
        lang = language(code)
        found.update(w.casefold() for w in lang.family_particles)
        found.update(w.casefold() for w in lang.patronymic_endings)
    return frozenset(found)


def _small_tail(words: list[str]) -> bool:
    """Two words, a capital's then one in small letters no person's name holds."""
    if len(words) != 2 or not words[0][:1].isupper():
        return False
    tail = words[1]
    return (
        tail[:1].islower()
        and len(tail) >= _SMALL
        and tail.casefold() not in _name_words()
        and not any(tail.casefold().endswith(p) for p in _name_words() if len(p) > _SMALL)
    )


def placed_outlet(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` (an author's run) name an outlet by its form: words only, no
    body's and no given name, a place's name among them or a capital's word then one in small
    letters; a place's name closes it (`Georgia Smith` is a person's)."""
    words = [t.text for t in tokens[a:b] if t.text not in ".,"]
    if not _WORDS[0] <= len(words) <= _WORDS[1] or not all(w.isalpha() for w in words):
        return False
    folded = [w.casefold() for w in words]
    if not given_names().isdisjoint(folded) or is_organisation(" ".join(words)):
        return False
    if len(words) == 1:  # a country's name alone (`Türkmenistan.`); a city alone is a place
        return folded[0] in country_names()
    return folded[-1] in _places() or _small_tail(words)  # `Вечерний Бишкек`, not `Paris X`
