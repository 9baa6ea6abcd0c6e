"""A periodical named a magazine. A host is a magazine by its name: one the language files
list (`[types] magazine`: `Огонёк`), bare or with a word that names it one before or after it
(`[types] magazine_label`: `журнал «Эксперт»`, `«Ара – Шмель» журналы`), or one whose own
name ends on such a word (`[types] magazine_name_end`: `Smithsonian Magazine`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.type_cues import casefold
from citekit.languages import shipped_type_words

__all__ = ["listed_magazine", "magazine_named"]

_MARKS: Final = ' .,«»"“”'  # a name's quotes and closing stop


def magazine_named(container: str) -> bool:
    """Whether a host is a magazine by its name (see the module's doc)."""
    words = container.split()
    names = {" ".join(words)}  # `Harper's Magazine` is the name whole
    if len(words) > 1 and casefold(words[0].strip(_MARKS)) in _labels():
        names.add(" ".join(words[1:]))
    if len(words) > 1 and casefold(words[-1].strip(_MARKS)) in _labels():
        names.add(" ".join(words[:-1]))
    if len(words) > 1 and casefold(words[-1].strip(_MARKS)) in _own_ends():
        return True  # a periodical that calls itself one (`Smithsonian Magazine`)
    return any(casefold(name.strip(_MARKS)) in _magazines() for name in names)


def listed_magazine(container: str) -> bool:
    """Whether a host is one of the magazines the language files list by name, as written
    (`Foreign Affairs`, `The Economist`, `Огонёк`): a magazine cited by its volume too."""
    return casefold(container.strip(_MARKS)) in _magazines()


@functools.cache
def _own_ends() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("magazine_name_end"))


@functools.cache
def _magazines() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("magazine"))


@functools.cache
def _labels() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("magazine_label"))
