"""A square bracket right after a title is a note on it, never its words nor a host: the
title's translation (`Қазақ даласының тарихы [История казахской степи]`, `Gorodskaya sreda
[The urban environment]`), its language or medium (`[Rusça]`, `[in Russian]`, `[Электронный
ресурс]`). Reference lists write it between the title and what follows (the host, the imprint,
a subtitle), so a run that closes the title on the bracket, or that stops inside it, ends
before it, and a host the model read inside the bracket is no field's; the host is named
after it."""

from __future__ import annotations

from typing import Final

from citekit._text import mostly_cyrillic
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["host_before_note", "host_not_in_note", "title_before_note"]

_TITLE: Final = "title"
_HOST: Final = "container-title"
_OPEN: Final = frozenset(",;:([«“„")  # marks a title's words never stop on before its note
_QUOTES: Final = frozenset("«“„\"'‘")  # marks that open a quoted title
# what the model reads inside a translation's bracket (`[The time of the South Caucasus: What
# Azerbaijan, Armenia and Georgia live by]`: a colon and a comma, read as an imprint)
_MISREAD: Final = frozenset({OTHER, _HOST, "publisher", "publisher-place"})


def _close(tokens: list[Token], b: int) -> int | None:
    """The `]` that closes the square bracket opening at `b`, none nested, else None."""
    for k in range(b + 1, len(tokens)):
        if tokens[k].text == "[":
            return None
        if tokens[k].text == "]":
            return k
    return None


def title_before_note(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that closes on a square bracket ended before the bracket."""
    if "[" not in text_set(tokens):
        return found  # no square bracket (most notes)
    for j, (label, a, b) in enumerate(found):
        if label != _TITLE:
            continue
        if tokens[b - 1].text != "]":
            # each title run in turn (an author-date head's body read as a title first)
            if (opened := _left_open(tokens, found, j)) is not found:
                return opened
            continue
        k = next((i for i in range(b - 2, a, -1) if tokens[i].text in "[]"), None)
        if k is None or tokens[k].text != "[" or k - a < 1 or tokens[k - 1].text in _OPEN:
            return found  # `[Title]`: a bracketed title is the whole; `Title, [sic]`
        return [*found[:j], (_TITLE, a, k), (OTHER, k, b), *found[j + 1 :]]
    return found


def _left_open(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the title run `j` that stops inside a square bracket it opened
    (`Rossiya v XIX v. [Russia | in the Nineteenth Century].`) ended before the bracket, when
    the model gave the bracket's rest to no field."""
    _, a, b = found[j]
    if a > 0 and tokens[a - 1].text in _QUOTES:
        return found  # `“Salt [reprinted from …]”`: a quoted title holds its own bracket
    k = next((i for i in range(b - 1, a, -1) if tokens[i].text in "[]"), None)
    if k is None or tokens[k].text != "[" or k - a < 1 or tokens[k - 1].text in _OPEN:
        return found
    close = _close(tokens, k)
    if close is None:
        return found
    if any(r[0] != OTHER for r in found[j + 1 :] if r[1] <= close):
        return found
    return painted(found, (OTHER, k, close + 1))


def host_not_in_note(tokens: list[Token], found: list[Run], *, imprint: bool = False) -> list[Run]:
    """`found` with a host's run that lies in the square bracket right after the title given
    to no field; with `imprint`, an imprint's run too, when the bracket is the title's
    translation into another alphabet (APA's `[Yüksek lisans tezi, Ankara Üniversitesi]`,
    `[Paper presentation, …, Chicago, IL]` name the house and place that published it)."""
    if "[" not in text_set(tokens):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != _TITLE:
            continue
        if b >= len(tokens) or tokens[b].text != "[":
            return found
        close = _close(tokens, b)
        if close is None:
            return found
        inside = [r for r in found[j + 1 :] if r[1] < close and r[2] > b + 1]
        # a lone name inside the translation's words (`[… Between China and Europe]`)
        named = [r for r in inside if r[0] == "author" and b + 1 < r[1] and r[2] < close]
        inside = [r for r in inside if r not in named]
        translated = imprint and _cyrillic(tokens, a, b) != _cyrillic(tokens, b + 1, close)
        misread = _MISREAD if translated else {OTHER, _HOST}
        if any(r[0] not in misread or (r[2] > close + 1 and r[0] != OTHER) for r in inside):
            return found
        if all(r[0] == OTHER for r in inside) and not named:
            return found
        return painted(found, (OTHER, b, close + 1))
    return found


def _cyrillic(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are written mostly in Cyrillic letters."""
    return mostly_cyrillic(" ".join(t.text for t in tokens[a:b]))


def host_before_note(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that runs on into a square bracket closing it ended before
    the bracket: the host's translation (`Vestnik Moskovskogo universiteta. Seriya 25: …
    [Lomonosov World Politics Journal], 2017`), no words of its name."""
    if "[" not in text_set(tokens):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != _HOST:
            continue
        k = next((i for i in range(b - 1, a, -1) if tokens[i].text in "[]"), None)
        if k is None or tokens[k].text != "[" or tokens[k - 1].text in _OPEN:
            continue
        close = _close(tokens, k)
        if close is None or close > b or (close < b - 1):
            continue  # the bracket closes the run (or right after it)
        return [*found[:j], (_HOST, a, k), (OTHER, k, b), *found[j + 1 :]]
    return found
