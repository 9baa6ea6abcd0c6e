"""An imprint written `Publisher, Place Year` between commas after the title (`Seamus Deane, Celtic
Revivals, Faber and Faber, London 1985, s. 23.`, `Fernand Braudel, Akdeniz ve Akdeniz Dünyası,
Eren, İstanbul 1989, s. 112.`), as older Turkish and European notes write it: a city the lexicon
knows with its year after it and no comma between is the imprint's place and date, the
capitalised words between the commas before it the publisher, and the part before those the
title. A name the model read otherwise before the title's comma (two to four capitalised words)
is the author: the title and the imprint take the two parts after it, unless the model read the
first as a person whose given name opens it (`Saim Sakaoğlu, Ali Duymaz, …`). Only this plain
form is read so (no other comma before the publisher: an inverted name, a translator's or a
volume's part is the model's to read), and a house's name of more than three words needs a
house's word (`Yayınları`, `Press`): a longer one is a title."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["publisher_place_year"]

_PUBLISHER: Final = 7  # tokens of a publisher's name at most (`Türkiye İş Bankası Kültür Yay.`)
_NAME: Final = range(2, 5)  # words of an author's name before the title's comma
_SHORT_HOUSE: Final = 3  # words of a house's name with no house's word at most (`Faber and Faber`)
_KEPT: Final = frozenset({"author", "editor", "translator"})
_ROLE_STARTS: Final = frozenset({"Beditor", "Btranslator"})
_HOUSE_MARKS: Final = frozenset({"Bpublisher", "publisher", "Band", "and"})  # a house's words


def _place(marks: list[set[str]], k: int) -> int | None:
    """The end of a city's name that opens at token `k`, or None."""
    if "Bcities" not in marks[k]:
        return None
    end = k + 1
    while end < len(marks) and "cities" in marks[end] and "Bcities" not in marks[end]:
        end += 1
    return end


def _publisher(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are written as a house's name: a few capitalised words, no digit;
    more than three only with a house's word (`Yayınları`, `Press`): a longer name is a
    title's."""
    words = [t.text for t in tokens[a:b]]
    housed = any("publisher" in marks[k] for k in range(a, b))
    return (
        0 < b - a <= _PUBLISHER
        and (housed or sum(w.isalpha() for w in words) <= _SHORT_HOUSE)
        and words[0][:1].isupper()
        and all(not any(c.isdigit() for c in w) and w not in {"(", ")", ":", ";"} for w in words)
    )


def _person(tokens: list[Token], b: int) -> bool:
    """Whether tokens 0…`b` are written as a person's name: two to four capitalised words."""
    words = [t.text for t in tokens[:b]]
    return len(words) in _NAME and all(w.isalpha() and w[:1].isupper() for w in words)


def publisher_place_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an imprint written `, Publisher, Place Year` read so (see the module's doc)."""
    n = len(tokens)
    for k in range(4, n - 1):
        if tokens[k - 1].text != ",":
            continue
        end = _place(marks, k)
        if end is None or end >= n or not is_year(tokens[end].text):
            continue
        if end + 1 < n and tokens[end + 1].text not in {",", "."}:
            continue
        comma = next((j for j in range(k - 2, 0, -1) if tokens[j].text == ","), None)
        if comma is None or not _publisher(tokens, marks, comma + 1, k - 1):
            return found
        if ("publisher", comma + 1, k - 1) in found:
            return found  # read so already
        commas = [j for j in range(comma) if tokens[j].text == ","]
        if len(commas) != 1:
            return found  # one comma after the author's name, none in the title or a role's
        first = commas[0]
        if not _person(tokens, first) or any(r[0] in _KEPT and r[1] < first < r[2] for r in found):
            return found  # `Osterhammel, J., Title, München 2009`: an inverted name's comma
        if any(marks[j] - _HOUSE_MARKS for j in range(comma + 1, k - 1)):
            return found  # `…, Cilt II, Ankara 2012`, `…, haz. X, …`: a volume's, a role's
        given = lower(tokens[first + 1].text) in given_names()
        if (
            given
            and _person(tokens[first + 1 : comma], comma - first - 1)
            and any(r[0] in _KEPT and first < r[1] < comma for r in found)
        ):
            return found  # `Saim Sakaoğlu, Ali Duymaz, Title, İstanbul 2001`: a second author
        if marks[first + 1] & _ROLE_STARTS:
            return found  # `Yunus Emre Divanı, haz. Mustafa Tatçı, MEB Yay., …`: a role's part
        out = painted(found, ("author", 0, first))
        out = painted(out, (OTHER, first, first + 1))
        out = painted(out, ("title", first + 1, comma))
        out = painted(out, (OTHER, comma, comma + 1))
        out = painted(out, ("publisher", comma + 1, k - 1))
        out = painted(out, (OTHER, k - 1, k))
        out = painted(out, ("publisher-place", k, end))
        return painted(out, ("issued", end, end + 1))
    return found
