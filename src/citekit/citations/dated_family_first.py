"""French and Italian author-date lists write each name family first with no comma, then the
year after a comma (`Roy Olivier, 1997, La nouvelle Asie centrale, Paris, Seuil.`, `Poujol
Catherine, 2011, « … »`, `Jacquesson Svetlana, Mérillac Paul (dir.), 2019, …`). Read alone, a
name of two words is given first; before such a bare year, a name whose second word is a known
given name and whose first is none is the family first (`Kerr Thomas`, `Erdoğan Recep Tayyip`;
`Thomas Kerr`, `Olivier Roy`, `Ali Hasan` keep their order), when the work's title is in a
language whose lists write names so (`[names] family_first_dated`: French, Italian): such a
list cites works in its language above all."""

from __future__ import annotations

import functools
import re
from typing import Final

from attrs import evolve

from citekit.citations.name_sets import given_names
from citekit.languages import available_languages, language
from citekit.model import Citation, Name

__all__ = ["family_before_year"]

# the names' head of the note: names of two or three capitalised words parted by commas, a
# bracketed role at most, then the year and a comma or a period (`Poujol Catherine, 2011,`,
# `Jacquesson Svetlana, Mérillac Paul (dir.), 2019,`)
_NAME: Final = r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,2}"
_HEAD: Final = re.compile(
    rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*\([^\d()]{{1,12}}\))?\s*,\s*[12]\d{{3}}[a-z]?\s*[,.]"
)
_WORDS: Final = (2, 3)  # a family and one given name, or two


def _family_first(name: Name, head: str) -> Name:
    """`name` family first when written so in the names' `head` (see the module's doc)."""
    written = name.written or ""
    words = written.split()
    if name.literal or len(words) not in _WORDS or written not in head:
        return name
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return name
    first, second = words[0].casefold(), words[1].casefold()
    if first in given_names() or second not in given_names() or name.family == words[0]:
        return name
    return evolve(name, family=words[0], given=" ".join(words[1:]))


@functools.cache
def _lists() -> frozenset[str]:
    """The languages whose author-date lists write names so (`[names] family_first_dated`)."""
    return frozenset(c for c in available_languages() if language(c).family_first_dated)


def family_before_year(cited: str, found: Citation) -> Citation:
    """`found` with its names read family first when they stand before a bare year (see the
    module's doc)."""
    head = _HEAD.match(cited.strip())
    if head is None or not (found.authors or found.editors) or found.language not in _lists():
        return found  # `Nâzım Hikmet, 1966, Memleketimden …`, `Elton John, 2019, Me`: in order
    text = head.group()
    authors = tuple(_family_first(n, text) for n in found.authors)
    editors = tuple(_family_first(n, text) for n in found.editors)
    if authors == found.authors and editors == found.editors:
        return found
    return evolve(found, authors=authors, editors=editors)
