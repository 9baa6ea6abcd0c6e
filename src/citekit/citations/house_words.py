"""The language a publisher's house word is written in (`Kitabevi`, `Yayınları`, `Basımevi`,
`Neşriyat`: `[words] publisher`): a title too short for its letters to tell (`Medya`, `Hukuk`,
`Sosyoloji`) is in the language of the house that printed it (`Ankara: Nobel Kitabevi`).

A word several languages list tells none; nor does an English one (`Press`, `Publishers`):
English names any house its English way, whatever the language of the work it printed."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["house_language"]

_ENGLISH: Final = "en"
_WORDS: Final = re.compile(r"[^\W\d_]+\.?")


@functools.cache
def _owners() -> dict[str, str]:
    """Each house word only one language lists, with that language (English's left out)."""
    owners: dict[str, set[str]] = {}
    for code in available_languages():
        for word in language(code).words.publisher:
            owners.setdefault(word, set()).add(code)
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1 and _ENGLISH not in c}


def house_language(publisher: str | None) -> str | None:
    """The one language whose own house words `publisher` writes (module doc), or None."""
    if not publisher:
        return None
    owners = _owners()
    found = {owners[w] for w in _WORDS.findall(publisher) if w in owners}
    if not found:  # `Yay.` is listed with its point, `Kitabevi` without
        bare = (w.rstrip(".") for w in _WORDS.findall(publisher))
        found = {owners[w] for w in bare if w in owners}
    return found.pop() if len(found) == 1 else None
