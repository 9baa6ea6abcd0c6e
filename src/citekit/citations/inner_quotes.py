"""A name quoted inside a title is no word of the title's language.

A title names a programme, a paper, a novel or a party by its own name in quotes, often in
another language than the title's (`Государственная программа «Рухани жаңғыру»: опыт
реализации`, `Концепция «Мәңгілік Ел»: идеология и практика`): the name keeps its language's
letters, the title's other words tell its language. The name is told apart by those letters: a
name quoted in letters of its alphabet that the title's other words never write (Kazakh `ң`,
`ғ`, `ә` in a title in Russian's letters alone) is left out; a quoted phrase in the title's own
letters (`«из США нашли»`) is its words. A title with too few words outside its quotes is read
whole.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import language

__all__ = ["without_quoted_names"]

_QUOTED: Final = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_OWN_WORDS: Final = 3  # words of the title outside its quotes, at least, to be read alone


def without_quoted_names(title: str) -> str:
    """`title` without the names it quotes, when enough of its own words stay (see the
    module's doc); else `title`."""
    quoted = "".join(m.group() for m in _QUOTED.finditer(title))
    if not quoted:
        return title
    rest = " ".join(_QUOTED.sub(" ", title).split())
    if len(_WORD.findall(rest)) < _OWN_WORDS:
        return title
    # the letters beyond Russian's alphabet that only the quoted name writes (`ң`, `ғ`, `ә`)
    russian = _russian()
    foreign = {c for c in quoted.casefold() if _cyrillic(c) and c not in russian}
    own = {c for c in rest.casefold() if _cyrillic(c) and c not in russian}
    return rest if foreign and not own and _cyrillic_words(rest) else title


@functools.cache
def _russian() -> frozenset[str]:
    """Russian's Cyrillic letters (`ru.toml`'s alphabet), small."""
    return frozenset(language("ru").alphabets["Cyrl"])


def _cyrillic(c: str) -> bool:
    """Whether the letter is Cyrillic."""
    return "\u0400" <= c <= "\u04ff"


def _cyrillic_words(text: str) -> bool:
    """Whether the words are written in Cyrillic letters (the title's own)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(map(_cyrillic, letters)) * 2 > len(letters)
