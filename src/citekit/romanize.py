"""Romanization of Cyrillic titles by the tables in the language files (``[romanize]``).

`romanize("Казахстан готов", "ru", "ala-lc")` gives ``Kazakhstan gotov``. A letter the table
lacks is kept as written; capitals follow the source letter (Щ -> Shch).
"""

from __future__ import annotations

from citekit.errors import UsageError
from citekit.languages import language

__all__ = ["SCHEMES", "romanize"]

SCHEMES = ("ala-lc",)


def romanize(text: str, lang: str, scheme: str = "ala-lc") -> str:
    """`text`, written in `lang`'s Cyrillic, in Latin letters by `scheme`."""
    table = language(lang).romanizations.get(scheme)
    if table is None:
        raise UsageError(f"no {scheme} romanization for {lang!r}")
    out = []
    for char in text:
        low = char.lower()
        latin = table.get(low)
        if latin is None:
            out.append(char)
        elif char != low:
            out.append(latin[:1].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)
