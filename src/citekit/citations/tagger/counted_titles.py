"""A set's count read as the title (`Kitāb al-ʿIbar …. Edited by Khalīl Shaḥāda. 8 vols.
Beirut: Dār al-Fikr, 1988.`): the model, seeing a title's sentence before an editor's, may
call it a host's and the count after the editor the title. A count of volumes (a number and
`[words] volumes_counted`) is no title: when it is the only title and a host, opened by no
"in" word, stands before it, that host is the work's title."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.book_pinpoints import volume_words
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["count_closing_title", "count_read_as_title"]

_TITLE: Final = "title"
_HOST: Final = "container-title"


@functools.cache
def _counted() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in shipped_words("volumes_counted"))


@functools.cache
def _in_words() -> frozenset[str]:
    """The words opening a host (`In`, `//`, `В`), casefolded, without a colon."""
    return frozenset({"//", *(w.casefold() for w in shipped_words("in_bare"))})


def _count(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a..b is a count of volumes (`8 vols`, `8 vols .`)."""
    size = b - a
    return (
        size in (2, 3)
        and tokens[a].text.isdecimal()
        and tokens[a + 1].text.casefold() in _counted()
        and (size == 2 or tokens[a + 2].text == ".")
    )


@functools.cache
def _volumes_in() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("volumes_in"))


_SEPARATORS: Final = frozenset({":", "."})
_WORKS: Final = frozenset({_TITLE, _HOST})


def _count_from(tokens: list[Token], k: int, b: int) -> bool:
    """Whether tokens k..b (to the run's end, or past it by the count's word and period) are
    a set's count: `в 6 т.`, `Үш томдық`, `3 vols.`; the number in figures or one word."""
    opened = k < b and tokens[k].text.casefold() in _volumes_in()
    k += opened
    if k >= b or not tokens[k].text.isalnum():
        return False
    word = k + 1
    counts = _counted() | volume_words() if opened else _counted()  # `в 6 т.`: a count
    if word >= len(tokens) or tokens[word].text.casefold().rstrip(".") not in counts:
        return False
    if word + 1 >= len(tokens) or tokens[word + 1].text != ".":
        return False  # `: В 4 т - Википедия`: a page's name, no count closed by its period
    end = word + 2
    return end >= b and (tokens[k].text.isdecimal() or len(tokens[word].text) > _SHORT_WORD)


_SHORT_WORD: Final = 2  # letters of a count's word that counts a spelled number too (`томдық`)


def count_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a set's count that closes a title's or a host's run after its colon or
    period (GOST's `Собрание сочинений : в 6 т.`, Kazakh `Шығармалар жинағы. Үш томдық`) left
    to no field: the count is no title's words (the work's volume is written apart)."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label not in _WORKS or b - a < _MIN_RUN:
            continue
        for s in range(b - 2, a, -1):
            if tokens[s].text in _SEPARATORS and _count_from(tokens, s + 1, b):
                # an abbreviation's period stays its word's (`Собр. соч. в 7 т.`)
                cut = s + 1 if _abbreviated(tokens, s) else s
                out[j] = (label, a, cut)
                out.insert(j + 1, (OTHER, cut, b))
                return out
    return out


_ABBREVIATION: Final = 4  # letters of a lower-case word shortened before its period at most


def _abbreviated(tokens: list[Token], s: int) -> bool:
    """Whether the period at token `s` is glued to a short lower-case word (`соч.`, `т.`)."""
    word = tokens[s - 1]
    return (
        tokens[s].text == "."
        and word.end == tokens[s].start
        and word.text.isalpha()
        and word.text.islower()
        and len(word.text) <= _ABBREVIATION
    )


_MIN_RUN: Final = 4  # tokens of a run with a count after its title at least


def count_read_as_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a count read as no field and the host before it as the title."""
    titles = [run for run in found if run[0] == _TITLE]
    if len(titles) != 1 or not _count(tokens, titles[0][1], titles[0][2]):
        return found
    _, a, b = titles[0]
    out = painted(found, (OTHER, a, b))
    hosts = [(c, d) for label, c, d in out if label == _HOST and d <= a]
    if len(hosts) != 1:
        return out
    c, d = hosts[0]
    opened = {t.text.casefold().rstrip(":") for t in tokens[max(0, c - 2) : c]}
    if opened & _in_words():
        return out
    return painted(out, (_TITLE, c, d))
