"""A date labelled as a page's or a data set's publication or last change (`(опубл.
14.05.2022)`, `(yayın: 12.02.2020)`, `Published: 3 May 2023`, `(набор данных, обновлён
01.07.2024)`, `updated 12 May 2023`; the language files' `[types] published` and `modified`)
is the work's own date as the site gives it, no date the note's writer read it on: a run read
as the access date that such a label opens or stands right before is the work's date. Such a
label, or a date's label of a journal's record (`Kabul Tarihi:`, `[words] received`), before
a colon and a date names no host (`…, Kanun No: 2709, Kabul Tarihi: 18.10.1982, …`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.sites import modified_phrases
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["date_label_hosts", "updated_date"]

_MARKS: Final = frozenset({":", ",", "(", "-", "–"})


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    found = {tuple(w.casefold().split()) for w in shipped_type_words("published")}
    found |= set(modified_phrases())
    return tuple(sorted(found, key=len, reverse=True))


def _words(tokens: list[Token], a: int, b: int) -> tuple[str, ...]:
    """The folded words of tokens `a`…`b`, a glued period kept with its word (`опубл.`)."""
    out: list[str] = []
    for k in range(a, b):
        text = tokens[k].text
        if text == "." and out and k > a and tokens[k - 1].end == tokens[k].start:
            out[-1] += "."
        elif text not in _MARKS and text != ".":
            out.append(text.casefold())
    return tuple(out)


def _labelled(words: tuple[str, ...], opening: bool) -> int:
    """The words of a label that opens (or closes) `words`, else 0."""
    for phrase in _phrases():
        size = len(phrase)
        part = words[:size] if opening else words[-size:]
        if size <= len(words) and part == phrase:
            return size
    return 0


def updated_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an access date's run a publication's or a last change's label opens or
    comes right before read as the work's date, the label given to no field."""
    if any(label == "issued" for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "accessed":
            continue
        if (
            j > 0
            and found[j - 1][0] == OTHER
            and _labelled(_words(tokens, *found[j - 1][1:]), False)
        ):
            return [*found[:j], ("issued", a, b), *found[j + 1 :]]
        size = _labelled(_words(tokens, a, b), True)
        if size:
            start = a
            while size and start < b:
                size -= tokens[start].text not in _MARKS and tokens[start].text != "."
                start += 1
            while start < b and (tokens[start].text in _MARKS or tokens[start].text == "."):
                start += 1
            if start < b:
                return [*found[:j], (OTHER, a, start), ("issued", start, b), *found[j + 1 :]]
    return found


_HOSTS: Final = frozenset({"container-title", "publisher", "collection-title"})


@functools.cache
def _label_words() -> frozenset[tuple[str, ...]]:
    """The date labels as folded words: a page's publication's and a record's dates'."""
    found = {tuple(w.casefold().split()) for w in shipped_words("received")}
    return frozenset(found | set(_phrases()))


def date_label_hosts(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that is a date's label before a colon and a date given to no
    field (see the module's doc)."""
    out = list(found)
    for j in range(len(out) - 2):
        label, a, b = out[j]
        if label not in _HOSTS or out[j + 2][0] not in ("issued", "accessed"):
            continue
        between = [t.text for t in tokens[out[j + 1][1] : out[j + 1][2]]]
        if out[j + 1][0] == OTHER and between == [":"] and _words(tokens, a, b) in _label_words():
            out[j] = (OTHER, a, b)
    return out
