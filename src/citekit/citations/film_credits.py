"""A film's name before its director's credit in brackets (`Кочевник (реж. С. Бодров, И.
Пассер). Казахстан, 2005`, `Eşkıya (yön. Yavuz Turgul). Türkiye, 1996`, `«Тюльпан» (реж. С.
Дворцевой)`): the words before the bracket are the film's title, whatever the tagger read
there, and what it read inside the credit (a director's name as a title, a host or a
publisher) is the credit's, no field of the film's. The credit's words are the `[types]
director` and `director_credit` words."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.languages import shipped_type_words

__all__ = ["credited_film"]

_NAME_MARKS: Final = " «»\"“”„'‘’."  # a film's name's quotes and closing stop
_MAX_NAME: Final = 150  # characters of a film's name, at most
_PARTS: Final = ("container-title", "publisher", "publisher-place")


@functools.cache
def _opening() -> re.Pattern[str]:
    """A note opening with a name, then a bracket opening with a director's word, a name
    after it."""
    words = {w.rstrip(".") for k in ("director", "director_credit") for w in shipped_type_words(k)}
    alternation = literal_alternation(sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?P<name>[^()]{{1,{_MAX_NAME}}}?)\s*\((?P<credit>(?:{alternation})(?!\w)\.?\s*"
        r"[^\W\d_][^()]*)\)"
    )


def credited_film(fields: dict[str, object], text: str) -> dict[str, object] | None:
    """A film's `fields` with its name before the credit as its title and nothing read from
    the credit (see the module's doc), or None when the note opens with no such name."""
    found = _opening().match(text.strip())
    if found is None:
        return None
    name = found.group("name").strip(_NAME_MARKS)
    credit = found.group("credit")
    if not name or any(c.isdigit() for c in name[:1]):
        return None
    kept: dict[str, object] = {**fields, "title": name}
    authors = fields.get("author")
    if isinstance(authors, tuple):
        left = tuple(
            a
            for a in authors
            if str(a).strip(_NAME_MARKS) not in (name, "") and str(a) not in credit
        )
        kept["author"] = left
    for key in _PARTS:
        value = fields.get(key)
        if isinstance(value, str) and (value in credit or value.strip(_NAME_MARKS) == name):
            del kept[key]
    return kept
