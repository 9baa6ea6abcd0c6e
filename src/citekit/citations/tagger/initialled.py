"""A co-author written initials first after one so written. A list of persons keeps one form:
after `Ф. Р. Бабко, ` the next `Б. С. Дерегус-Бабенко` is a second author even when no mark
parts the last family name from the title (`Ф. Р. Бабко, Б. С. Дерегус-Бабенко Образ степу`):
initials glued to a period, then one capitalised word (its hyphened parts with it), are a
person's name, never a title's first words after an author and a comma."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.glued_initials import glued_initials, letter_initial
from citekit.citations.tagger.tokens import Token

__all__ = ["initialled_coauthor"]

_PERSON: Final = "author"
_TITLE: Final = "title"
_BODY_WORDS: Final = 4  # capitalised words after the family that may close a body's name


def _family(tokens: list[Token], k: int) -> int:
    """The index after a capitalised family name at `k` (`Дерегус-Бабенко` whole), or `k`."""
    n = len(tokens)
    if k >= n or not (tokens[k].text[0].isupper() and tokens[k].text.isalpha()):
        return k
    if len(tokens[k].text) < 2:
        return k
    j = k + 1
    while (
        j + 1 < n
        and tokens[j].text == "-"
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].text[:1].isupper()
        and tokens[j + 1].text.isalpha()
    ):
        j += 2
    return j


def _initials_first(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are one name written initials first (`Ф. Р. Бабко`)."""
    j = glued_initials(tokens, a)
    return j > a and _family(tokens, j) == b


def _name_end(tokens: list[Token], labels: list[str], k: int) -> int:
    """The index after `И. О. Фамилия` opening at `k` when the model read its family name as the
    title's head (its initials as anything) and the title goes on after it with a capitalised
    word or a number (`А. С. Пушкин и его время` is a title about a person), else `k`."""
    j = glued_initials(tokens, k)
    end = _family(tokens, j)
    if j == k or end == j or end >= len(tokens) or labels[end] != _TITLE:
        return k
    if tokens[end].text[0].islower():
        return k  # `А. Жансүгір қызы`: a patronymic word goes on with the name
    words = [tokens[end - 1].text]
    for token in tokens[end : end + _BODY_WORDS]:
        if not (token.text[:1].isupper() and token.text.isalpha()):
            break
        words.append(token.text)
    if len(words) > 1 and is_organisation(" ".join(words)):
        return k  # `T.C. Millî Eğitim Bakanlığı`: a state's initials before its body's name
    if any(label not in (_TITLE, OTHER, _PERSON) for label in labels[k:j]):
        return k
    if any(label != _TITLE for label in labels[j:end]):
        return k
    return end


def _opening(tokens: list[Token], labels: list[str], k: int, end: int) -> bool:
    """Whether `И. О. Фамилия` at `k`..`end`, with two initials, opens the note's title and a
    word follows it (`Т. С. Тенізбаев Қазақша жыл санау`), in a note that names no author."""
    if _PERSON in labels or k + 4 >= end:
        return False
    if any(label != OTHER for label in labels[:k]):
        return False  # only a see-word before (`Див.: С. М. Сацюк …`)
    return tokens[end].text[0].isalnum()


def initialled_coauthor(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a title's head written `И. О. Фамилия` given to the authors when it
    follows, after a comma, an author's name written initials first, or opens the note."""
    out = list(labels)
    if _TITLE not in out:
        return out  # the cheap precheck: no title
    for k in range(len(tokens) - 4):
        if (
            tokens[k + 1].text != "."
            or (k and out[k - 1] == _TITLE)
            or not letter_initial(tokens[k].text)
        ):
            continue  # an initial glued to its period opens the name (a period first: cheap)
        end = _name_end(tokens, out, k)
        if end == k:
            continue
        if k >= 2 and tokens[k - 1].text == "," and out[k - 2] == _PERSON:
            a = k - 2
            while (
                a > 0
                and tokens[a - 1].text not in ",;"
                and (
                    out[a - 1] == _PERSON or tokens[a - 1].text == "-"  # `Полякова-Марков`
                )
            ):
                a -= 1
            if _initials_first(tokens, a, k - 1):
                out[k - 1 : end] = [_PERSON] * (end - k + 1)
                return out
        if _opening(tokens, out, k, end):
            out[k:end] = [_PERSON] * (end - k)
            return out
    return out
