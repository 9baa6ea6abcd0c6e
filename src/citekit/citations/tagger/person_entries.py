"""An encyclopedia's entry named for a person, as GOST writes it: `Сәтбаев Қаныш Имантайұлы //
Қазақ Совет энциклопедиясы. — Алматы: ҚСЭ Бас редакциясы, 1977. — Т. 10.` The full name
before `//` is the entry's title, no author (an entry is signed after its title, with
initials), and what stands between the place's colon and the year is the publisher, never a
title."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import fold
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.tokens import Token, double_slash, text_set
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["person_entry"]

_NAME_WORDS: Final = (2, 4)  # words of a full name: `Мусрепов Габит` … with a patronymic and more


@functools.cache
def _encyclopedia_words() -> frozenset[str]:
    """The words that name an encyclopedia or a dictionary, folded (`энциклопедиясы`)."""
    words = shipped_words("encyclopedia") | shipped_type_words("encyclopedia")
    return frozenset(fold(w) for w in words if " " not in w)


def person_entry(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a full name alone before `//` read as the entry's title when the host is
    an encyclopedia, and the host's imprint read: a place before a colon, then the publisher
    up to the year's comma."""
    if "/" not in text_set(tokens):
        return list(found)
    slash = double_slash(tokens)
    if slash is None or not _NAME_WORDS[0] <= slash <= _NAME_WORDS[1]:
        return list(found)
    if not all(t.text.isalpha() and t.text[0].isupper() for t in tokens[:slash]):
        return list(found)  # `Иванов И. И. //`: a name with initials signs an article
    head = [run for run in found if run[1] < slash and run[0] != OTHER]
    if not head or head[0][0] != "author" or any(r[0] not in ("author", "title") for r in head):
        return list(found)
    host = next((run for run in found if run[1] > slash and run[0] != OTHER), None)
    known = _encyclopedia_words()
    if host is None or host[0] != "container-title":
        return list(found)
    if not any(fold(t.text) in known for t in tokens[host[1] : host[2]]):
        return list(found)
    out: list[Run] = [("title", 0, slash)]
    for label, a, b in found:
        if b <= slash:
            continue
        a = max(a, slash)
        after_colon = a > 0 and tokens[a - 1].text == ":" and a > host[2]
        if label in ("title", "container-title") and after_colon and _before_year(tokens, b):
            label = "publisher"  # `Алматы: ҚСЭ Бас редакциясы, 1977`
            if out and out[-1][0] == OTHER:
                out[-1:] = _place_before_colon(tokens, marks, *out[-1][1:])
        out.append((label, a, b))
    return out


def _before_year(tokens: list[Token], b: int) -> bool:
    """Whether a comma and a year follow token `b - 1` (`…, 1977`)."""
    return (
        b + 1 < len(tokens)
        and tokens[b].text == ","
        and len(tokens[b + 1].text) == 4
        and tokens[b + 1].text.isdigit()
    )


def _place_before_colon(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> list[Run]:
    """Run a..b of no field (`. — Алматы :`) with its known place before the colon read."""
    k = b - 1
    if k <= a or tokens[k].text != ":" or PLACE_MARKS.isdisjoint(marks[k - 1]):
        return [(OTHER, a, b)]
    start = k - 1
    return [(OTHER, a, start), ("publisher-place", start, k), (OTHER, k, b)]
