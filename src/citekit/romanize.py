"""Romanization of Cyrillic titles and names.

Russian goes through iuliia (its schemes follow the standards' context rules: BGN's ``ye`` at a
word's start, ALA-LC's tie bars). Kazakh letters (ә ғ қ ң ө ұ ү һ і) are in no library, so
Kazakh's tables are data in its language file (``[romanize]``): ALA-LC's Kazakh table and the
official Kazakh Latin alphabet, which Kazakh text gets under every other scheme; Tajik's (ҷ ӣ
ӯ ҳ) has the Library of Congress's letters, for ``ala-lc`` only.

>>> romanize("Казахстан готов", "ru", "bgn")
'Kazakhstan gotov'
"""

from __future__ import annotations

import functools
from typing import Any

from citekit.errors import UsageError
from citekit.languages import available_languages, language

__all__ = ["SCHEMES", "romanizable", "romanize"]

# scheme -> iuliia's name for it; iso9 is ISO 9:1995 (= GOST 7.79-2000 system A), gost779
# is GOST 7.79-2000 system B, the one Russian bibliographies use
_IULIIA = {"ala-lc": "ALA_LC", "bgn": "BGN_PCGN", "iso9": "GOST_779", "gost779": "GOST_779_ALT"}
SCHEMES = (*_IULIIA, "kazakh-latin")
_FALLBACK = "kazakh-latin"  # a language's own table when it has none for the scheme


@functools.cache
def _schema(scheme: str) -> Any:
    import iuliia  # type: ignore[import-untyped]  # iuliia ships no type information

    return getattr(iuliia, _IULIIA[scheme])


def romanizable(lang: str | None, scheme: str) -> bool:
    """Whether citekit can romanize text in `lang` by `scheme`."""
    if lang is None or lang not in available_languages() or scheme not in SCHEMES:
        return False
    tables = language(lang).romanizations
    if tables:
        return scheme in tables or _FALLBACK in tables
    return lang == "ru" and scheme in _IULIIA


def romanize(text: str, lang: str, scheme: str = "ala-lc") -> str:
    """`text`, written in `lang`'s Cyrillic, in Latin letters by `scheme`.

    Raises `UsageError` for a scheme or language citekit cannot romanize.
    """
    if scheme not in SCHEMES:
        raise UsageError(f"unknown romanization {scheme!r} (choose from {', '.join(SCHEMES)})")
    if not romanizable(lang, scheme):
        raise UsageError(f"no {scheme} romanization for {lang!r}")
    tables = language(lang).romanizations
    if not tables:
        # iuliia keeps ё as written in these schemes; all four write it ë
        return str(_schema(scheme).translate(text)).replace("ё", "ë").replace("Ё", "Ë")
    table = tables.get(scheme) or tables[_FALLBACK]
    out = []
    for char in text:
        exact = table.get(char)  # a capital the table gives itself (Kazakh И -> İ)
        if exact is not None:
            out.append(exact)
            continue
        low = char.lower()
        latin = table.get(low)
        if latin is None:
            out.append(char)
        elif char != low:
            out.append(latin[:1].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)
