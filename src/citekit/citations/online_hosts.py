"""ISO 690's host read online: the medium in brackets follows the title of what was read, so a
title read past a sentence's period, its last sentence right before `[online]` and a day's date
after it, holds the host's name there (`LANG, Petr. Kazachstán se loučí s azbukou. Lidové
noviny [online]. 27. 10. 2017 [cit. 12. 3. 2021]`): the work's title is the part before, the
host the part after. The medium's words are each language's (`[words] online`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.languages import shipped_words

__all__ = ["online_host"]

_SENTENCE: Final = re.compile(r"\.\s+(?=[^\W\d_])")  # a sentence's period inside a title
_QUOTES: Final = '«»“”„"'  # a title quoting a name or its own sentences
_HOST_WORDS: Final = 8  # words of such a host's name at most
_WORD: Final = 3  # letters of a title's last word before its sentence's period at least
# a day's date right after the medium: a contribution to a dated host (`[online]. 27. 10. 2017`)
_DAY_AFTER: Final = re.compile(r"[.,]?\s*\d{1,2}\.?\s*(?:\d{1,2}\.|[^\W\d_]+\.?)\s*\d{4}")


@functools.cache
def _medium() -> re.Pattern[str]:
    """`[online]`, `[Online]`: a medium's word in Latin letters alone in square brackets (GOST's
    `[Электронный ресурс]` closes the work's own title, its host after `//`)."""
    latin = (w for w in shipped_words("online") if w.isascii())  # GOST's medium closes the title
    words = literal_alternation(sorted(latin, key=len, reverse=True))
    return re.compile(rf"\s*\[(?:{words})\]")


def online_host(fields: Mapping[str, object], text: str) -> Mapping[str, object]:
    """`fields` with the host read before `[online]` out of the title (the module's doc), else
    `fields` as they are."""
    title = fields.get("title")
    if not isinstance(title, str) or fields.get("container-title") or "[" not in text:
        return fields
    if "//" in text.replace("://", ""):
        return fields  # GOST names its host after `//`: the medium closes the work's own title
    cuts = list(_SENTENCE.finditer(title))
    if not cuts:
        return fields
    host = title[cuts[-1].end() :]
    if any(mark in title for mark in _QUOTES):
        return fields  # `«Государство. Единая нация. Общество»`: a quoted title's sentences
    at = text.find(host)
    if not host or len(host.split()) > _HOST_WORDS or at < 0:
        return fields
    medium = _medium().match(text, at + len(host))
    if medium is None or not _DAY_AFTER.match(text, medium.end()):
        return fields  # `Title. A new history [online]. London`: a subtitle, no host
    kept = title[: cuts[-1].start()]
    last = kept.split()[-1] if kept.split() else ""
    if len(last) < _WORD or (last[:1].isupper() and len(last) <= _WORD + 1) or "." in last:
        return fields  # `Dr. Strangelove`, `St. Petersburg`, `Prof. X`: an abbreviation's period
    return {**fields, "title": kept, "container-title": host}
