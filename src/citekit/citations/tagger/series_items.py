"""An item a platform carries, named inside its series: a podcast's or a channel's word and
quoted name, then the item's word (and number) and the item's own quoted name (`Подкаст
«Азиатский рынок», выпуск 42 «Логистика Каспия», Spotify, 2023`, `YouTube, канал «Редакция»,
видео «…» (опубл. 14.05.2022)`, `Podcast "Orta Asya Gündemi", bölüm 12 "…"`). The title is
the item's name, the last quoted one; the series' words before it are no title's; the name
after the item's comma (`Spotify`, `Apple Podcasts`) is the platform, its host. The series'
word is the language files' `[types] podcast` or `channel`, the item's `[types] episode` or
`[words] video`."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["series_item"]

_HOST: Final = "container-title"
_PLATFORM_READ: Final = frozenset({"publisher-place", "publisher", "title", "author", _HOST})
_CLOSERS: Final = frozenset(QUOTES.values())


@functools.cache
def _series_words() -> frozenset[str]:
    return frozenset(fold(w) for k in ("podcast", "channel") for w in shipped_type_words(k))


@functools.cache
def _item_words() -> frozenset[str]:
    words = shipped_type_words("episode") | shipped_words("video")
    return frozenset(fold(w) for w in words if " " not in w)


def _closing(tokens: list[Token], k: int) -> int | None:
    """The closing quote of the quoted name opened at token `k`, or None."""
    close = QUOTES[tokens[k].text]
    return next((j for j in range(k + 1, len(tokens)) if tokens[j].text == close), None)


def _item_open(tokens: list[Token], k: int) -> int | None:
    """The opening quote of the item's name after the series' closing quote at token `k`:
    past a comma, the item's word and its number (`, выпуск 42 «`, `, 8-son «`, `, видео «`)."""
    if k + 3 >= len(tokens) or tokens[k + 1].text != ",":
        return None
    words = [j for j in range(k + 2, min(k + 7, len(tokens))) if tokens[j].text in QUOTES]
    if not words:
        return None
    opening = words[0]
    between = [t.text for t in tokens[k + 2 : opening]]
    named = [w for w in between if w.isalpha()]
    if len(named) != 1 or fold(named[0]) not in _item_words():
        return None
    rest = [w for w in between if w != named[0]]
    return opening if all(w.isdigit() or w in "-.:№" for w in rest) else None


def series_item(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an item named after its series' quoted name read as the title, and the
    platform after it as the host (see the module's doc)."""
    series = _series_words()
    start = next(
        (
            k
            for k in range(len(tokens) - 1)
            if tokens[k + 1].text in QUOTES and fold(tokens[k].text) in series
        ),
        None,
    )
    if start is None:
        return found
    close = _closing(tokens, start + 1)
    opening = _item_open(tokens, close) if close is not None else None
    end = _closing(tokens, opening) if opening is not None else None
    if opening is None or end is None or end == opening + 1:
        return found
    labels = labels_at(found, len(tokens))
    labels[start : opening + 1] = [OTHER] * (opening + 1 - start)
    labels[opening + 1 : end] = ["title"] * (end - opening - 1)
    labels[end] = OTHER
    platform = end + 2
    if end + 1 < len(tokens) and tokens[end + 1].text == "," and platform < len(tokens):
        kind = labels[platform]
        stop = platform
        while stop < len(tokens) and labels[stop] == kind and tokens[stop].text != ",":
            stop += 1
        if kind in _PLATFORM_READ and tokens[platform].text[:1].isupper():
            labels[platform:stop] = [_HOST] * (stop - platform)
    return runs(labels)
