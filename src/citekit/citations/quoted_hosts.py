"""A periodical's name quoted beside the word for its kind.

Hand-written notes in many languages name a journal or a paper by its quoted name with the word
for what it is after it (`«Miras» žurnaly`, `«Егемен Қазақстан» газеті`, `"Cumhuriyet"
gazetesi`, `«Sharq yulduzi» jurnali`) or before it (`журнал «Звезда»`, `газета «Правда»`).
The word is the periodical's kind (`[types] periodical_kind`), no word of its name: the host is
the quoted name. A host whose quoted part is only a piece of its name (`«Әділет»
ақпараттық-құқықтық жүйесі`, `Вестник «Туран»`) is left whole: only a lone kind word is cut.
The same word heading or closing a host's name unquoted (`Milliyet Gazetesi`, `газета
Казахстанская правда`) tells a periodical whatever its name: a quoted title it prints that
names an act or a treaty (`“… Yeni Anlaşma”, Dünya Gazetesi`) is a headline on it.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.type_cues import casefold
from citekit.languages import shipped_type_words

__all__ = ["named_by_kind", "quoted_periodical"]

_OPENS: Final = "«“„\"'‘"
_CLOSES: Final = "»”“\"'’"
_QUOTED: Final = re.compile(
    rf"^(?:(?P<before>[^\W\d][\w.-]*)\s+)?[{_OPENS}](?P<name>[^{_OPENS}{_CLOSES}]*\w[^{_OPENS}"
    rf"{_CLOSES}]*)[{_CLOSES}](?:\s+(?P<after>[^\W\d][\w.-]*))?\.?$"
)


@functools.cache
def _kinds() -> frozenset[str]:
    """Every shipped language's words for a periodical's kind, case-folded, closing period
    left out (`журн.` is `журн`)."""
    return frozenset(casefold(w).rstrip(".") for w in shipped_type_words("periodical_kind"))


def quoted_periodical(container: str | None) -> tuple[str | None, str | None]:
    """The host's quoted name without the word for its kind beside it, and that word (None
    when there is none): `«Miras» žurnaly` gives (`Miras`, `žurnaly`)."""
    match = _QUOTED.match((container or "").strip())
    if match is None or (match["before"] is None) == (match["after"] is None):
        return container, None  # no kind word, or words on both sides: a name of its own
    word = match["before"] or match["after"]
    if casefold(word).rstrip(".") not in _kinds():
        return container, None
    return match["name"].strip(), word


def named_by_kind(container: str | None) -> bool:
    """Whether the host's name opens or closes on the word for a periodical's kind, beside
    other words (`Milliyet Gazetesi`, `«Ақиқат» журналы`, `газета «Правда»`)."""
    words = [casefold(w).strip(_OPENS + _CLOSES + ".,:;") for w in (container or "").split()]
    return len(words) > 1 and (words[0] in _kinds() or words[-1] in _kinds())
