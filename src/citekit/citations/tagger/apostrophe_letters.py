"""An alphabet that writes a letter with a modifier apostrophe (Uzbek `oʻ`, `gʻ`) is typed with
whatever apostrophe the keyboard gives (`Yo'ldosh`, `G’ulom`, `O'zbek`): the mark is part of the
word, not a quote or an elision. The tokens are cut from the note with each such apostrophe read
as the modifier letter `ʻ` (one character for one, so every offset stays), and a name or title
written with it is one word, as the same name written `Yoʻldosh` is. The letters are the
`[names] apostrophe_letters` of the language files."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import available_languages, language

__all__ = ["apostrophe_lettered"]

_APOSTROPHES: Final = "'’‘`ʼ"


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    """A listed letter, an apostrophe glued after it and a letter glued after that; None when
    no language lists a letter."""
    letters = sorted(
        {w for code in available_languages() for w in language(code).apostrophe_letters}
    )
    if not letters:
        return None
    joined = "".join(re.escape(x) for x in letters)
    return re.compile(rf"(?<=[{joined}])[{_APOSTROPHES}](?=[^\W\d_])")


def _mark(found: re.Match[str]) -> str:
    """The modifier letter for an apostrophe a lower-case letter follows (`O'zbek`), the
    apostrophe itself before a capital (`O'Brien`, `D'Amato`: a name's elided particle)."""
    after = found.string[found.end()]
    return "ʻ" if after.islower() else found.group()


def apostrophe_lettered(text: str) -> str:
    """`text` with each apostrophe typed for a letter's mark (`Yo'ldosh`) written `ʻ`."""
    if not any(c in text for c in _APOSTROPHES):
        return text
    pattern = _pattern()
    return text if pattern is None else pattern.sub(_mark, text)
