"""A suffix an apostrophe joins to a name (`Erdogan'in`, `Ankara’da`, `Davutoglu’na`) is a
letter group of the language that writes it so (`[langid] clusters`), no word of its own: the
genitive `in` is no English or German `in` (`citekit.langid`'s evidence)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["unsuffixed"]

_SUFFIXED: Final = re.compile(r"(?<=[^\W\d_])['’]([^\W\d_]+)")
_WHOLE_WORDS: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # as `citekit.langid` reads them


@functools.cache
def _suffixes() -> frozenset[str]:
    """The suffixes some language's letter groups join to a name by an apostrophe, in lower
    case (`’in`, `'da`)."""
    return frozenset(
        c[1:].lower()
        for code in available_languages()
        for c in language(code).clusters
        if c[:1] in ("'", "’") and len(c) > 1
    )


def unsuffixed(text: str, whole: list[str]) -> list[str]:
    """`whole`, the words of `text` (in lower case), less the suffixes an apostrophe joins to
    a name (`erdogan'in paylasimlarindan`: `erdogan`, `paylasimlarindan`)."""
    if "'" not in text and "’" not in text:
        return whole
    suffixes = _suffixes()
    cut = _SUFFIXED.sub(lambda m: " " if m.group(1) in suffixes else m.group(), text)
    return whole if cut == text else _WHOLE_WORDS.findall(cut)
