"""A contributor's role phrase and the names it introduces.

Every family writes an editor or a translator the same way after the title: the role's word
(`çev.`, `Çeviren:`, `trc.`, `haz.`, `Hazırlayan:`, `Trans.`, `ed.`, `пер.`), a colon or not,
then the persons' names (`…, Çeviren: Zeynep Aruoba (İstanbul: …)`, `Kısa 20. Yüzyıl. Çev.:
Yavuz Alogan. İstanbul: …`). Whichever of its words the note uses, the names after it are that
role's and no title's or author's: the parse of a note must not change when `çev.` is written
`Çeviren:`. The names are fixed before the model labels the rest (as an exact rule's fields
are), so the title it must still find is read among the other tokens (`constrained`).

The phrase opens a part of the note (after a comma, a period, a parenthesis or a semicolon)
and the names end at one (a comma, a period, a parenthesis, a semicolon): a role word inside a
title or an edition (`2nd ed. Oxford`) opens no names. A name is two to five capitalised
words or initials that no word list knows (a city, a publisher's word), names joined by `ve`,
`and`, `&` or a spaced dash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.name_sets import family_particles
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["names_end", "opens_part", "role_names"]

_ROLES: Final = (("Btranslator", "translator"), ("Beditor", "editor"))
_OPENERS: Final = frozenset(key for key, _ in _ROLES)
_LABELS: Final = frozenset(label for _, label in _ROLES)
_OPENS: Final = frozenset({",", ".", "(", ";"})
_ENDS: Final = frozenset({",", ".", "(", ")", ";", ":"})
_APOSTROPHES: Final = frozenset({"'", "’"})
_MOST: Final = 6  # words of one person's name
_ARTICLE: Final = 3  # letters of an Arabic name's article at most (`el`, `eş`, `al`)


def role_names(tokens: Sequence[Token], marks: list[set[str]]) -> list[str | None]:
    """Per token, the role (`editor`, `translator`) of a name that a role phrase introduces,
    `other` on the phrase's own words, or None (see the module's doc)."""
    out: list[str | None] = [None] * len(tokens)
    if marks_union(marks).isdisjoint(_OPENERS):
        return out  # no role's word opens a phrase anywhere (most notes)
    for k in range(1, len(tokens) - 2):
        if marks[k].isdisjoint(_OPENERS):
            continue  # most tokens: no role's word opens here
        role = next(name for key, name in _ROLES if key in marks[k])
        if not opens_part(tokens, k):
            continue
        p = k + 1
        while p < len(tokens) and _phrase_word(marks, p) and not _name_word(tokens, marks, p):
            p += 1  # the phrase's other words and its periods (`yay. haz.`, `tercüme eden`)
        if any(t.text == ")" for t in tokens[k:p]):
            continue  # `(eds.) Title`: a closing role's names stand before it
        if p < len(tokens) and tokens[p].text == ":":
            p += 1
        end = names_end(tokens, marks, p)
        if end is None:
            continue
        out[k:p] = ["other"] * (p - k)  # the phrase itself is no field's
        for i in range(p, end):
            out[i] = role
    return out


def _phrase_word(marks: list[set[str]], p: int) -> bool:
    """Whether token `p` goes on a role phrase: a role's word, or the `and` word that chains
    another role's word to it (`hrsg. und übers. von`, `Ed. and trans.`, `haz. ve çev.`)."""
    if not marks[p].isdisjoint(_LABELS):
        return True
    return "and" in marks[p] and p + 1 < len(marks) and not marks[p + 1].isdisjoint(_OPENERS)


def opens_part(tokens: Sequence[Token], k: int) -> bool:
    """Whether the role word at `k` opens a part of the note: after a comma, a parenthesis, a
    semicolon, or a period that ends a word of more than three letters (`Title. Trans.`, not
    `rev. ed.`)."""
    before = tokens[k - 1].text
    if before not in _OPENS:
        return False
    if before != ".":
        return True
    return k >= 2 and len(tokens[k - 2].text) > 3 and tokens[k - 2].text.isalpha()


def _name_word(tokens: Sequence[Token], marks: Sequence[set[str]], i: int) -> bool:
    """Whether token `i` is a capitalised word no word list knows (a name's word)."""
    text = tokens[i].text
    return text.isalpha() and text[:1].isupper() and not marks[i]


def _initial(tokens: Sequence[Token], i: int) -> bool:
    """Whether token `i` is an initial: one capital glued to its period."""
    text = tokens[i].text
    return (
        len(text) == 1
        and text.isupper()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == tokens[i].end
    )


def _glued(tokens: Sequence[Token], i: int) -> bool:
    """Whether token `i` is glued to the token before it."""
    return tokens[i].start == tokens[i - 1].end


def _word_end(
    tokens: Sequence[Token], marks: Sequence[set[str]], i: int, inside: bool = False
) -> int | None:
    """Where the name's word (or initial) at `i` ends, its glued pieces with it (`Mümtaz’er`,
    `Al-Rashid`), or None when no name's word stands there; inside a name a family's particle
    before a capital (`de Goeje`, `van der Berg`) is a word of it. An Arabic name's article
    glued to its word (`et-Türkî`, `el-Buhârî`) is one word; inside a name (`inside`) so is the
    short `b.` of `bin` (`Abdullah b. Abdülmuhsin`)."""
    if i >= len(tokens):
        return None
    if _initial(tokens, i):
        return i + 2
    text = tokens[i].text
    if (
        i + 2 < len(tokens)
        and text.isalpha()
        and text.islower()
        and len(text) <= _ARTICLE
        and tokens[i + 1].text in DASHES
        and _glued(tokens, i + 1)
        and _glued(tokens, i + 2)
        and tokens[i + 2].text[:1].isupper()
    ):
        i += 2  # `et-Türkî`: the article's word is the name's
    elif (
        inside
        and len(text) == 1
        and text.islower()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "."
        and _glued(tokens, i + 1)
    ):
        return i + 2
    particle = inside and text in family_particles() and i + 1 < len(tokens)
    if particle and tokens[i + 1].text[:1].isupper():
        return i + 1  # `ed. M. J. de Goeje`: a family's particle after the initials
    if not _name_word(tokens, marks, i):
        return None
    j = i + 1
    while (
        j + 1 < len(tokens)
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and (tokens[j].text in _APOSTROPHES or tokens[j].text in DASHES)
        and tokens[j + 1].text.isalpha()
    ):
        j += 2
    return j


def names_end(tokens: Sequence[Token], marks: Sequence[set[str]], p: int) -> int | None:
    """Where the names from `p` end, when one or more names (joined by `and` or a spaced dash)
    stand there and a mark that ends a part follows them (or the note ends). A word after a
    name's initials that goes on to a colon or a semicolon is the imprint's place (`çev. Ertaş
    D. Van: Selçuk Üniversitesi`, `пер. Талан Г. П. Нью-Йорк ; Мюнхен`): the initials end
    the name."""
    end: int | None = None
    closed: int | None = None  # the last end of a name at an initial's period
    i = p
    while True:
        words = 0
        j = i
        while words < _MOST and (after := _word_end(tokens, marks, j, words > 0)) is not None:
            words += 1
            if words >= 2 and _initial(tokens, j):
                closed = after
            j = after
        if words < 2:
            if i == p:
                return None
            break
        end = j
        if j < len(tokens) and ("and" in marks[j] or tokens[j].text in DASHES | {"&"}):
            i = j + 1
            continue
        break
    assert end is not None
    following = tokens[end].text if end < len(tokens) else "."
    if following == ":" or (following == ";" and closed is not None):
        return closed if closed is not None and closed < end else None
    if end < len(tokens) and "et_al" in marks[end]:
        return end  # `ed. Ross Lopez vd.`: the list goes on unnamed
    return end if following in _ENDS else None
