"""A surname's second initial: `Валиханов Ч. Ч. Собрание сочинений`, `Султанов Т. И.
Казахстан…`. A name written surname first takes one or two initials; when the model ended the
name at the first and opened the next run with a lone capital and its period, that initial
is the name's (a repeated letter, or `И.` that reads as the word "and", misled it).

And a name written given name first with a middle initial: `Peter B. Golden, An Introduction
…`: when the model ended the name at the initial, the one capitalised word after it, closed by
a comma, is the family name (a known given name opens the name: `Kaya M. Tarih, 2010` stays)."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import capitalised, is_initial
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["initials_before_body", "second_initial"]

_ACRONYM: Final = 2  # letters a family name in capitals has more than (`UN`, `EU` are bodies)


def _one_initial(tokens: list[Token], a: int, b: int) -> bool:
    """Whether run a..b is `Surname X.`: a capitalised word (or one in capitals, `MEARSHEIMER
    J.`, no acronym of two letters), one initial and its period."""
    family = tokens[a].text if b - a == 3 else ""
    return (
        b - a == 3
        and (
            (capitalised(family) and len(family) > 1)
            or (family.isupper() and family.isalpha() and len(family) > _ACRONYM)
        )
        and is_initial(tokens[a + 1].text)
        and tokens[a + 2].text == "."
        and tokens[a + 2].start == tokens[a + 1].end
    )


def _opens_with_initial(tokens: list[Token], a: int, b: int) -> bool:
    """Whether run a..b opens with a lone initial and its period, then a word (no number)."""
    return (
        b - a >= 3
        and is_initial(tokens[a].text)
        and tokens[a + 1].text == "."
        and tokens[a + 1].start == tokens[a].end
        and tokens[a].start > tokens[a - 1].end
        and tokens[a + 2].text[0].isalpha()  # `Жумадилов С. Т. 1. ЭКСПО`: a volume
    )


def _family_after(tokens: list[Token], a: int, c: int, d: int) -> bool:
    """Whether `Given X.` (a..c) is followed by one capitalised word and a comma (c..c+2)."""
    return (
        lower(tokens[a].text) in given_names()
        and d - c >= 3
        and capitalised(tokens[c].text)
        and len(tokens[c].text) > 1
        and tokens[c].text.isalpha()
        and tokens[c + 1].text == ","
        and lower(tokens[c].text) not in given_names()
    )


def second_initial(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a lone initial that opens the run after `Surname X.` moved into the name,
    and the family name after `Given X.` taken back from the run after it."""
    out = list(found)
    j = 0
    while j < len(out) - 1:
        label, a, b = out[j]
        after, c, d = out[j + 1]
        if label not in PERSONS or after == OTHER or after in PERSONS or b != c:
            j += 1
            continue
        if _one_initial(tokens, a, b) and _opens_with_initial(tokens, c, d):
            out[j], out[j + 1] = (label, a, c + 2), (after, c + 2, d)
        elif _one_initial(tokens, a, b) and _family_after(tokens, a, c, d):
            out[j : j + 2] = [(label, a, c + 1), (OTHER, c + 1, c + 2), (after, c + 2, d)]
        j += 1
    return out


_BODIES: Final = frozenset({"container-title", "publisher"})
_STATE_LETTERS: Final = 2  # initials a state's or a company's short name has at least (`T.C.`)


def _glued_initials_start(tokens: list[Token], a: int, b: int) -> int:
    """Where the initials written together that close tokens a..b open (`T.C.`, `А.Қ.`), `b`
    when none or one: letters each glued to its period and to the next."""
    k, letters = b, 0
    while (
        k - 2 >= a
        and tokens[k - 1].text == "."
        and is_initial(tokens[k - 2].text)
        and tokens[k - 2].end == tokens[k - 1].start
        and (k == b or tokens[k - 1].end == tokens[k].start)
    ):
        k -= 2
        letters += 1
    return k if letters >= _STATE_LETTERS else b


def initials_before_body(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with initials written together right before a body's name read as the name's
    (`T.C. Dışişleri Bakanlığı`: the state's short name; `, T.C.` was left outside any
    field): a person's initials are spaced or stand before a person's name."""
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        after, c, _ = out[j + 1]
        if label != OTHER or after not in _BODIES or b != c:
            continue
        start = _glued_initials_start(tokens, a, b)
        if start < b and tokens[b - 1].end < tokens[b].start:
            out[j : j + 2] = [(OTHER, a, start), (after, start, out[j + 1][2])]
    return [run for run in out if run[1] < run[2]]
