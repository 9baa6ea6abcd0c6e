"""A Cyrillic heading's author is written `Surname I. O.`: two initials at most, the given
name's and the patronymic's. Initials after the second, right before a capitalised word, are
those of a person the title names at its head (`Волков А. Н. С. М. Киров и Средняя Азия //`,
`Иванов П. Ш. Ш. Уалиханов и его время.`), never the author's; so after the last of several
authors (`Кузьмин Л. А., Нестерова Ю. В. Л. Н. Гумилёв и …`) and after a note's number.

A heading's co-authors are joined by a comma (or an "and" word): `Иванов И. И., Петров П. П.`.
A word that opens titles about a person (`[words] person_heads`: `Роль`, `Творчество`,
`Академик`) and initials that follow the author's initials with nothing between are the
title's first word and the person it names (`Бекова Г. Роль М. Дулатова в казахской литературе
//`, `Орлов К. А. Академик В. В. Бартольд и изучение Туркестана.`), never a second author; a
name of another shape there stays one (`Иванов И. И. Петров П. П. История Казахстана`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import has_cyrillic
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = [
    "head_before_initials",
    "initials_after_year",
    "initials_open_title",
    "name_joined_to_title",
]

_OWN: Final = 2  # initials of a Cyrillic name at most
_MORE: Final = 4  # initials the author's run may have taken at most


def _initial(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is an initial (`И`, a romanized `Yu`) with its period written on."""
    text = tokens[k].text
    return (
        (len(text) == 1 or (len(text) == _OWN and text[1].islower()))
        and text[:1].isupper()
        and text.isalpha()
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
    )


def initials_open_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the initials after an author's own given to the title that follows: after
    the second (`Волков А. Н. С. М. Киров …`, `Brown, K. L. T. S. Eliot and …`; a Latin-script
    name keeps a third, `Tolkien J. R. R.`, unless a fourth follows), or where the initials'
    script changes (`Самашев З. J. S. Mill …`, `Gurbanow Ý. Л. Н. Гумилёв …`): one person's
    initials are written in one script and one manner, so letters written together with their
    periods after spaced ones are an acronym (`Kara, H. A.B.D. politikası`, `Петров В. В.
    С.Ш.А. и Европа`)."""
    i = next((i for i, run in enumerate(found) if run[0] not in ("author", OTHER)), None)
    if i is None or i == 0 or found[i][0] != "title" or found[i - 1][0] != "author":
        return found  # the heading's last author (`Иванов И. И., Петров П. П.`), then the title
    _, a, b = found[i - 1]
    head = tokens[b].text if b < len(tokens) else ""
    if found[i][1] != b or not head.isalpha():
        return found
    k = b
    while k - 2 > a and _initial(tokens, k - 2):
        k -= 2  # the initials that close the run
    surname = tokens[k - 2 if tokens[k - 1].text == "," and k - 2 >= a else k - 1].text
    if k == b or len(surname) < _OWN or not surname[:1].isupper() or not surname.isalpha():
        return found
    s = b - 2
    while s - 2 >= k and tokens[s].start == tokens[s - 1].end:
        s -= 2  # the letters written together with their periods (`A.B.D.`)
    if s > k and s + 2 < b and tokens[s].start > tokens[s - 1].end:
        # `Kara, H. A.B.D. politikası …`: an acronym after the author's spaced initials
        return [*found[: i - 1], ("author", a, s), ("title", s, found[i][2]), *found[i + 1 :]]
    if len(head) < _OWN or not head[:1].isupper():
        return found
    initials = [has_cyrillic(tokens[j].text) for j in range(k, b, 2)]
    changed = next((n for n in range(1, len(initials)) if initials[n] != initials[0]), None)
    if changed is not None and len(initials) - changed <= _OWN:
        cut = k + 2 * changed  # `Самашев З. | J. S. Mill`
    elif _OWN < len(initials) <= _MORE + 1 and (initials[0] or len(initials) > _OWN + 1):
        cut = k + 2 * _OWN
    else:
        return found
    return [*found[: i - 1], ("author", a, cut), ("title", cut, found[i][2]), *found[i + 1 :]]


def initials_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the initials between an author-date note's closed year and its title given
    to the title (`Кузьмин Л. А. (1999). А. С. Пушкин и …`, `Lee, H. K. (2008). F. D.
    Roosevelt and …`): the authors end at the year, so a name after it is the title's."""
    t = next((i for i, run in enumerate(found) if run[0] == "title"), None)
    if t is None or t == 0 or found[t - 1][0] != OTHER:
        return found
    _, a, b = found[t - 1]
    k = b
    while k - 2 >= a and _initial(tokens, k - 2):
        k -= 2
    if k == b or k - 2 < a or tokens[k - 1].text != "." or tokens[k - 2].text != ")":
        return found
    if not any(label == "issued" for label, _, _ in found[:t]):
        return found  # no year closed before the initials
    return [*found[: t - 1], (OTHER, a, k), ("title", k, found[t][2]), *found[t + 1 :]]


@functools.cache
def _and_words() -> frozenset[str]:
    """The "and" words of every shipped language, casefolded."""
    return frozenset(word.casefold() for word in shipped_words("and_"))


def name_joined_to_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person the model read right before the title, joined to it by an "and"
    word alone, given to the title (`Әлиев, Б. (2015). Ш. Уәлиханов және қазақ ғылымы.`,
    `Есімов Ә., Ш. Уәлиханов және өмір жолы`, `Smith, J. (2001). T. S. Eliot and the Modern
    Mind.`): an "and" word joins co-authors, so one with no person after it is the title's.
    The person's run must be one name in direct order (`I. Family`, `Given Family`), never an
    author and a name (`Жұмабаев Т. Академик Қ. И. Сәтбаев`) nor `Lewis, B. The U.S.A.`."""
    t = next((i for i, run in enumerate(found) if run[0] == "title"), None)
    if t is None or t < 1:
        return found
    _, e, f = found[t - 1]
    if found[t - 1][0] == OTHER and f - e == 1 and t >= 2:
        person = t - 2  # `Ш. Уәлиханов | және | қазақ ғылымы`
        joined = tokens[e].text.casefold() in _and_words()
    else:
        person = t - 1  # `Ш. Уәлиханов | және Тәуелсіздік дәуірі`
        joined = tokens[found[t][1]].text.casefold() in _and_words()
    if not joined or found[person][0] not in PERSONS:
        return found
    _, p, q = found[person]
    k = p
    while k + 1 < q and _initial(tokens, k):
        k += 2  # `Ш. | Уәлиханов`
    words = [tokens[j].text for j in range(k, q)]
    if not words or len(words) > _MORE - 1 or not all(map(_word, words)):
        return found  # one person in direct order (`Ш. Уәлиханов`, `Ahmet Yesevi`) alone
    return [*found[:person], ("title", p, found[t][2]), *found[t + 1 :]]


def _initials_from(tokens: list[Token], k: int, end: int) -> int:
    """Where the one or two initials from token `k` end (before `end`), or `k` if none."""
    for _ in range(_OWN):
        if k + 1 < end and _initial(tokens, k):
            k += 2
    return k


@functools.cache
def _person_heads() -> frozenset[str]:
    """The words every shipped language opens a title about a person with, casefolded."""
    return frozenset(word.casefold() for word in shipped_words("person_heads"))


def _word(text: str) -> bool:
    return len(text) >= _OWN and text[:1].isupper() and text.isalpha()


def _heading(found: list[Run]) -> tuple[int, int] | None:
    """The indexes of the heading's last author's run and of the title's run after it, when
    only authors' runs and what joins them come before the one, and no field's words between
    them and the other (`Академик Қ. И. Сәтбаев` + `және` + `қазақ ғылымы`)."""
    for j, (label, _a, _b) in enumerate(found[:-1]):
        if label == "title":
            return None
        if label == "author":
            t = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
            if t is not None and found[t][0] == "title":
                return j, t
        if label not in ("author", OTHER):
            return None
    return None


def head_before_initials(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a heading author's run that goes on, with no comma, into a word that opens
    titles about a person and that person's initials, cut after the author's initials: the
    word, the person and the words to the title's run's end are the title."""
    if not found or found[0][0] != "author" or found[0][1]:
        return found  # no author's run opening the note (most notes)
    if _person_heads().isdisjoint(casefolded_set(tokens)):
        return found  # no word that opens a title about a person
    runs = _heading(found)
    if runs is None:
        return found
    j, t = runs
    _, k, b = found[j]
    while k < b and _word(tokens[k].text):
        head = _initials_from(tokens, k + 1, b)
        if head == k + 1:
            return found  # a name with no initials: not the heading's `Family I. O.` form
        if head < b and tokens[head].text == ",":
            k = head + 1  # `Иванов И. И., Петров П. П.`: the next co-author
            continue
        person = _initials_from(tokens, head + 1, b)
        if person == head + 1 or not _word(tokens[head].text):
            return found
        named = person == b and t == j + 1 and _word(tokens[b].text)  # `… М. | Дулатова в …`
        if not named and (person + 1 != b or not _word(tokens[person].text)):
            return found  # the person's family name, when the run took it, ends the run
        if tokens[head].text.casefold() not in _person_heads():
            return found  # `Иванов И. И. Петров П. П. История`: a second author
        cut = [("author", found[j][1], head), ("title", head, found[t][2])]
        return [*found[:j], *cut, *found[t + 1 :]]
    return found
