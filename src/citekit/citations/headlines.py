"""Whether a title is a news item's headline: in a verb-final language (Turkish, Azerbaijani,
Uzbek, Turkmen, Kazakh, Kyrgyz) a headline reports an event and closes on its finite verb
(`Ankara'da su kesintisi uyarısı yapıldı`, `Алматыда жаңа мектеп ашылды`, `Toshkentda yangi
metro bekati ochildi`), while a study's, a page's or a book's title closes on a noun
(`Türk Dış Politikası`, `Қазақ әдебиетінің тарихы`). The past and present endings are the
language files' `[types] headline_verb`; the type rules read a named host's page with such a
headline, no body's nor state's, as a news item."""

from __future__ import annotations

import functools
from typing import Final

from citekit.languages import shipped_type_words

__all__ = ["reports_event"]

_STEM: Final = 2  # letters of a verb's stem before its ending, at least (`açıldı`, not `kendi`)
_EDGE: Final = " \t.,;:!?…\"'«»“”„‘’()[]"


@functools.cache
def _endings() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for w in shipped_type_words("headline_verb")}, key=len))


def reports_event(title: str) -> bool:
    """Whether `title` closes on a finite verb of a verb-final language (see the module's doc):
    its last word, of two words at least, ends as the language files' headline verbs do."""
    words = title.strip(_EDGE).split()
    if len(words) < 2:
        return False
    last = words[-1].strip(_EDGE).casefold()
    endings = _endings()
    if not last.isalpha() or not last.endswith(endings):
        return False  # no ending of them (most titles: one C call for all of them)
    return any(last.endswith(e) and len(last) >= len(e) + _STEM for e in endings)
