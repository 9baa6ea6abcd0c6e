"""A name quoted inside a title is no word of the title's language.

A title names a programme, a paper, a novel or a party by its own name in quotes, often in
another language than the title's (`Государственная программа «Рухани жаңғыру»: опыт
реализации`, `Роман «Абай жолы» в русских переводах`, `“Ruhani Jañğyru” Programı ve Kazak
Kimliği`): the name keeps its language's letters, the title's other words tell its language.
A title quoted whole, or one with too few words outside its quotes, is read whole.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["without_quoted_names"]

_QUOTED: Final = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_OWN_WORDS: Final = 3  # words of the title outside its quotes, at least, to be read alone


def without_quoted_names(title: str) -> str:
    """`title` without the names it quotes, when enough of its own words stay (see the
    module's doc); else `title`."""
    if not _QUOTED.search(title):
        return title
    rest = " ".join(_QUOTED.sub(" ", title).split())
    return rest if len(_WORD.findall(rest)) >= _OWN_WORDS else title
