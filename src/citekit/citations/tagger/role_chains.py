"""A chain of role words before one person's name: `сост., общ. ред. и послесл. Ю. Н.
Давыдова`, `Haz. ve çev. Rüştü Balcı`, `Ed. and trans. Franz Rosenthal`. Each role the chain
names is the person's: an editor's and a translator's word joined make the person both, and
an editor's word anywhere in it makes the person no author."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import name_joins
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["chained_person", "chained_roles", "dashed_person", "joined_after_role"]

_ROLES: Final = ("editor", "translator")
_ROLE_SET: Final = frozenset(_ROLES)
_JOINS: Final = frozenset({"and", "contributor"})  # `и`, `ve`, `and`, `&`; `послесл.`, `вступ. ст.`
_STOPS: Final = frozenset({"/", ";", "(", ")", "[", "]", "//"})
_SHORT: Final = 8  # letters of a shortened qualifying word at most (`общ.`, `науч.`, `послесл.`)
_SHORTENED: Final = 2  # tokens of a shortened word with its period


def _shortened(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a lower-case word shortened with its period (`общ.`, `послесл.`)."""
    word = tokens[k].text
    return (
        word.isalpha()
        and word.islower()
        and len(word) <= _SHORT
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "."
    )


def _numbered(tokens: list[Token], k: int) -> bool:
    """Whether the word at `k` follows a number, its ordinal's letters apart or not (`2nd`,
    `2 nd`, `3-е`)."""
    before = tokens[k - 1].text
    if before[:1].isdecimal():
        return True
    return (
        k > 1 and before.isalpha() and len(before) <= _SHORTENED and tokens[k - 2].text.isdecimal()
    )


def chained_roles(
    tokens: list[Token], marks: list[set[str]], a: int, label: str
) -> tuple[str, ...]:
    """The name lists the person whose run starts at token `a` (labelled `label`) goes to:
    each role a chain of two roles' words or more before it names, else `label` alone."""
    if a < 2 or (tokens[a - 1].text not in ".:" and _ROLE_SET.isdisjoint(marks[a - 1])):
        return (label,)  # `ред. X`, `çev.: X`, `edited by X`
    roles: set[str] = set()
    words = 0
    k = a - 1
    while k >= 0 and tokens[k].text not in _STOPS:
        text, mark = tokens[k].text, marks[k]
        if text.isalnum():
            found = [r for r in _ROLES if r in mark]
            if "edition" in mark and k > 0 and _numbered(tokens, k):
                break  # `2nd ed.`: an edition's word
            if found:
                roles.update(found)
            elif _JOINS.isdisjoint(mark) and not _shortened(tokens, k):
                break
            words += 1
        k -= 1
    if words < 2 or not roles:  # a role word alone is `roles.role_before`'s
        return (label,)
    if len(roles) == 2:
        return _ROLES
    return (roles.pop(),) if label == "author" else (label,)  # `пер. и предисл. X`


def _initialled(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are one person's initials and family name (`А. Б. Гофмана`)."""
    words = [k for k in range(a, b) if tokens[k].text.isalpha()]
    initials = [k for k in words if len(tokens[k].text) == 1 and tokens[k].text.isupper()]
    if not initials or len(words) - len(initials) != 1:
        return False
    if any(k + 1 >= b or tokens[k + 1].text != "." for k in initials):
        return False
    family = next(k for k in words if k not in initials)
    return tokens[family].text[:1].isupper() and all(
        tokens[k].text.isalpha() or tokens[k].text == "." for k in range(a, b)
    )


def chained_person(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a person's name that no field took, right after a chain of role words
    naming an editor or a translator (`/ сост., ред. и послесл. А. Б. Гофмана.`, `/ пер. и
    предисл. Г. С. Саблукова.`), read as that role (both roles' names go to both lists:
    `chained_roles`)."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label != OTHER or j == 0 or found[j - 1][0] != OTHER:
            continue
        while b - a > _SHORTENED and _shortened(tokens, a):
            a += 2  # `пер. и | предисл. Г. С. Саблукова`: the chain's last word in the run
        while (
            b > a
            and tokens[b - 1].text == "."
            and not (b - a >= 2 and len(tokens[b - 2].text) == 1)
        ):
            b -= 1
        if not _initialled(tokens, a, b):
            continue
        roles = chained_roles(tokens, marks, a, "author")
        if roles != ("author",):
            out[j] = (roles[0], a, b)
            if b < found[j][2]:
                out.insert(j + 1, (OTHER, b, found[j][2]))
            return out
    return out


def dashed_person(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the second of two persons a spaced dash joins after a role word (`haz.
    Mehmet Saray – Ali Demir, Ankara`) read as the role's too, up to its comma, whatever run
    the model carried over it (the place's, most often)."""
    for j in range(len(found) - 2):
        label = found[j][0]
        gap, c, d = found[j + 1]
        if label not in _ROLES or gap != OTHER or d - c != 1 or tokens[c].text not in DASHES:
            continue
        if not (tokens[c - 1].end < tokens[c].start and tokens[c].end < tokens[d].start):
            continue  # a hyphen inside a name
        after, e, f = found[j + 2]
        comma = next((k for k in range(e, f) if tokens[k].text == ","), f)
        if after == label or not _person(tokens, marks, e, comma):
            continue
        rest: list[Run] = [(OTHER, comma, comma + 1), (after, comma + 1, f)] if comma < f else []
        return [
            *found[: j + 2],
            (label, e, comma),
            *(run for run in rest if run[1] < run[2]),
            *found[j + 3 :],
        ]
    return found


def _person(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are a name in direct order: two to four capitalised words, no
    place's word among them, or initials and one such word (`Ali Demir`, `A. B. Demir`)."""
    words = [k for k in range(a, b) if tokens[k].text != "."]
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    known = any(lower(tokens[k].text) in given_names() for k in words)  # `Mary`, no city
    if any(marks[k] & _PLACES for k in words) and not known:
        return False
    return all(tokens[k].text.isalpha() and tokens[k].text[0].isupper() for k in words)


_NAME_WORDS: Final = (2, 4)
_PLACES: Final = frozenset({"cities", "places", "publisher"})


def joined_after_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first of two persons an `and` word joins after a role word (`ed. by
    John Smith and Mary Brown,`) taken out of the gap the model left it in, and the second,
    read as an author, given the role too: a role word's persons share it."""
    joins = name_joins()
    if joins.isdisjoint(text_set(tokens)) or _ROLE_SET.isdisjoint(marks_union(marks)):
        return found  # no `and` word, or no role's word (most notes)
    for j in range(len(found) - 1):
        gap, a, b = found[j]
        person, c, d = found[j + 1]
        if gap != OTHER or b != c or tokens[b - 1].text not in joins:
            continue
        if person not in PERSONS and not (
            person == "container-title" and _person(tokens, marks, c, d)
        ):
            continue  # a host's run over a name in direct order (`and Mary Brown, London`)
        role_at = next((k for k in range(a, b) if marks[k] & set(_ROLES)), None)
        if role_at is None:
            continue
        role = next(r for r in _ROLES if r in marks[role_at])
        start = role_at + 1
        while start < b - 1 and (tokens[start].text == "." or marks[start] & set(_ROLES)):
            start += 1  # the role's period and its `by`
        if not _person(tokens, marks, start, b - 1):
            continue
        named: list[Run] = [(OTHER, a, start), (role, start, b - 1), (OTHER, b - 1, b)]
        return [*found[:j], *named, (role, c, d), *found[j + 2 :]]
    return found
