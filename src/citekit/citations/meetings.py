"""Whether a name is a meeting's. The proceedings' words of the language files (`[words]` and
`[types]` conference) hold meetings (`конференция`, `симпозиум`, `Kongresi`) and words a
meeting's book shares with any book of papers (`[types] proceedings_book`: `Материалы`,
`Праці`, `жинағы`, `materiallary`): sources gathered for study (`матеріали до дослідження`),
an institute's works, an edited collection. A title holding only the latter is no paper read at
a meeting (`Новые материалы о …`), and a host holding only the latter under its editors'
names (`// Dokma materiallary / red. R. Guwanjow. – Aşgabat, 2002`) is an edited book."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.type_cues import has_cue
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["acronym_meeting", "names_collection", "names_meeting"]


@functools.cache
def _shared() -> re.Pattern[str]:
    """The `[types] proceedings_book` words as whole words."""
    words = sorted(shipped_type_words("proceedings_book"), key=len, reverse=True)
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def names_meeting(text: str) -> bool:
    """Whether `text` holds a proceedings' word that is no book of papers' as well (see the
    module's doc)."""
    if not has_cue("conference", text):
        return False
    rest = _shared().sub(" ", text)
    return rest == text or has_cue("conference", rest)


# a meeting named by its acronym and its year alone (`ACIIDS 2021`, `TSD 2019`), as Springer's
# lists write the proceedings' host before their series' acronym and volume (`. LNCS, vol.`)
_ACRONYM_YEAR: Final = re.compile(r"(?:[A-Z][A-Z0-9&-]{1,11}\s)+(?:19|20)\d\d")
_SERIES: Final = r"\.\s+[A-Z]{2,6}(?:\s[A-Z]{2,6})?,\s+"  # `. LNCS, `, `. IFIP AICT, `


@functools.cache
def _series_volume() -> re.Pattern[str]:
    """A series' acronym and its volume's word (`[words] volume`: `vol.`, `Vol.`) after it."""
    words = sorted((w for w in shipped_words("volume") if w.isascii()), key=len, reverse=True)
    return re.compile(_SERIES + "(?:" + (literal_alternation(words) or "(?!)") + ")")


def acronym_meeting(host: str, text: str) -> bool:
    """Whether a host's name is a meeting's acronym and year alone, followed in the note by a
    series' acronym and its volume (`ACIIDS 2021. LNCS, vol. 12672`): a book or a site named
    so (`NATO 2030`, `EXPO 2017`) has no such series after it."""
    name = host.strip(" .")
    if _ACRONYM_YEAR.fullmatch(name) is None:
        return False
    at = text.find(name)
    return at >= 0 and _series_volume().match(text, at + len(name)) is not None


def names_collection(text: str) -> bool:
    """Whether `text` names a book of papers and no meeting: a collection's word (`[types]
    collection`: `Сборник научных трудов`, `Ғылыми еңбектер жинағы`) or only words a meeting's
    book shares with any (`Труды Института истории`, `Праці НТШ`)."""
    if not text or names_meeting(text):
        return False
    return has_cue("collection", text) or _shared().search(text) is not None
