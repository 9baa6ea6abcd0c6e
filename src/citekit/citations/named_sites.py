"""A website named as one is the host of the page cited, no title of it. A note that gives a
site's name and then the page's address alone (`Türkmenistanyň Prezidentiniň resmi saýty:
https://…`, `Официальный сайт акимата города Алматы: https://…`, `Official website of the
President …: https://…`, `… resmi sitesi: https://…`) names no page of it: the name, a `[types]
site` word its second word (`Официальный сайт …`, `Official website of …`) or among its last
two (`… resmi saýty`), is the host's; one opening it opens a page's title as often (`Сайт как
инструмент коммуникации`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import casefold, type_phrases

__all__ = ["site_named_host"]

_WORD: Final = re.compile(r"\w+")
_EDGE: Final = 2  # words from the name's end a site's word may stand at
_JOINED: Final = re.compile(r"\s[-–—]\s|[.:]\s")  # a spaced dash or a sentence's end inside
_LABEL_WORDS: Final = 2  # words between the name and the address at most (`URL`, `Режим доступа`)


def _text(fields: Mapping[str, object], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""


def _names_site(title: str) -> bool:
    """Whether a `[types] site` phrase is the second word of `title` or among its last two."""
    words = _WORD.findall(casefold(title))
    for phrase in type_phrases("site"):
        width = len(phrase)
        starts = {1, *range(max(0, len(words) - _EDGE - width + 1), len(words))}
        if any(tuple(words[i : i + width]) == phrase for i in starts):
            return True
    return False


def site_named_host(kind: str, fields: dict[str, object], text: str) -> dict[str, object]:
    """`fields` with a web page's title read as its host when it names a site as one and the
    note gives nothing but the page's address after it (see the module)."""
    title, url = _text(fields, "title"), _text(fields, "URL")
    if kind != "webpage" or not title or not url or fields.get("container-title"):
        return fields
    at, address = text.find(title), text.find(url)
    if at < 0 or address < at + len(title) or not _names_site(title):
        return fields
    if _JOINED.search(title):
        return fields  # `Урядовий портал - Зеленський провів …`: the site, then the page's name
    between = _WORD.findall(text[at + len(title) : address])
    if len(between) > _LABEL_WORDS:
        return fields
    return {**{k: v for k, v in fields.items() if k != "title"}, "container-title": title}
