"""A note that names the person the author recorded: a source person's label (`[types]
informant`: `Kaynak kişi`, `Информатор`, `Ақпарат беруші`, `Maglumat beriji`, `Informant`)
opening the note or a part of it, before a colon or a dash, maybe numbered (`Kaynak kişi 2:`).
Folklore and ethnography cite their field sources so in every family (`Kaynak kişi: Ayşe Yılmaz, 75
yaşında, ilkokul mezunu, Kars, 12 Ağustos 2015`; `Информатор: Ахметова Б., 1935 г.р., Алматы
обл., 12.07.2018`): the author's interview, unless an address, a periodical's numbers or a
book's extent or ISBN print it (a published collection of such records is its book)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.type_cues import has_type_cue
from citekit.languages import shipped_type_words
from citekit.model import Citation

__all__ = ["informant_lead", "names_informant"]

_PRINTED: Final = ("URL", "volume", "issue", "DOI", "ISBN", "number-of-pages", "editor")
# what a source person's label does not retype: what the note's own words typed already
_KEPT: Final = frozenset({"legislation", "legal_case", "manuscript", "thesis", "speech"})


@functools.cache
def _label() -> re.Pattern[str]:
    """A source person's label opening the note or a part after a sentence's stop, a number
    after it or not, then a colon."""
    words = sorted(shipped_type_words("informant"), key=len, reverse=True)
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(rf"(?:^|[.;]\s+)(?:\d+[.)]\s*)?(?:{alternation})(?:\s*\d+)?\s*(?::|[–—-]\s)")


def names_informant(fields: Mapping[str, object], text: str) -> bool:
    """Whether the note cites the person the author recorded (see the module's doc)."""
    if any(fields.get(k) for k in _PRINTED) or "//" in text:
        return False
    return _label().search(text.strip()) is not None


def informant_lead(lead: str, found: Citation) -> bool:
    """Whether a lead-in read off the note before its source (`Ақпарат беруші: Сейітов Қ.,
    80 жаста, Шымкент, 2019`, `Kişisel görüşme: Mehmet Öz, İstanbul, 2019`) is a source
    person's label or an interview's word, the source after it printed nowhere: the author's
    interview."""
    printed = (found.url, found.volume, found.issue, found.doi, found.isbn, found.publisher)
    if any(printed) or found.number_of_pages or found.editors or found.type in _KEPT:
        return False
    # … or a lead-in naming the talk itself (`Kişisel görüşme:`, `Личная беседа:`)
    return _label().match(lead.strip()) is not None or has_type_cue("interview", lead)
