"""Initials after a finished name open the next one. A name written initials first (`Е. С.
Сидорова`, `K. Altynbayeva`) ends at its family name, and a Cyrillic family-first name takes two
initials at most (`Ватаманюк-Джунь Я. С.`: the given name and the father's). Initials after
either, with no comma or conjunction between, are a name the title opens with (`Е. С. Сидорова
Л. Н. Гумилёв и …`, `Шаповал Є. М., Ватаманюк-Джунь Я. С. Ш. Уәлиханов және …`): the title's,
not the author's, when the model ran the author's run on over them. A list of authors joined
by a conjunction goes on with a name after it: when the title follows the conjunction, the name
before it after the list's comma opens the title (`Barış Karaca, Ahmet Yesevi ve “Sinekli
Bakkal” …`, `Әбдіғазиз Есімов, Ш. Уәлиханов және …`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.direct_names import initials_after_direct_name
from citekit.citations.tagger.heads import capitalised, initial_word
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["initials_opening_titles"]

_TITLE: Final = "title"
_PATRONYMIC_INITIALS: Final = 2  # a Cyrillic family-first name's initials at most


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def _initials_before(tokens: Sequence[Token], labels: Sequence[str], e: int, label: str) -> int:
    """Where the initials (each with its period) of `label`'s run that end at `e` start."""
    j = e
    while (
        j >= 2
        and tokens[j - 1].text == "."
        and initial_word(tokens[j - 2].text)
        and labels[j - 1] == labels[j - 2] == label
    ):
        j -= 2
    return j


def _moved(tokens: Sequence[Token], labels: Sequence[str], e: int, label: str) -> int:
    """How many initials before token `e` belong to the title's name, not the run's."""
    j = _initials_before(tokens, labels, e, label)
    count = (e - j) // 2
    p = j - 1  # the family name before the initials
    if count == 0 or p < 1 or labels[p] != label:
        return 0
    if tokens[p].text == "," and labels[p - 1] == label:
        p -= 1  # `Тесленко, Л. Т. Ш.`: the family inverted before its comma
    family = tokens[p].text
    if not capitalised(family) or len(family) < 2:
        return 0
    q = _initials_before(tokens, labels, p, label)
    if q < p and (q == 0 or labels[q - 1] != label or tokens[q - 1].text in {",", ";"}):
        return count  # `Е. С. Сидорова Л. Н.`: the name before ended at its family
    cyrillic = all(_cyrillic(tokens[i].text) for i in range(j, e, 2))  # `З. J. S.`: two names
    if _cyrillic(family) and cyrillic and count > _PATRONYMIC_INITIALS:
        return count - _PATRONYMIC_INITIALS  # `Ватаманюк-Джунь Я. С. Ш.`
    return 0


def _coordinated(
    tokens: Sequence[Token], marks: Sequence[set[str]], labels: Sequence[str], e: int, label: str
) -> int:
    """Where the title's opening name starts when a person's run ends at `e` and a conjunction
    and then the title follow (`K. Altynbayeva Ш. Уәлиханов және "…"`, `Barış Karaca, Ahmet
    Yesevi ve “…”`: a list of authors joined by a conjunction would go on with a name); `e`
    when it does not."""
    if "and" not in marks[e] or labels[e] in PERSONS:
        return e
    k = e + 1
    while k < len(tokens) and not tokens[k].text.isalnum() and labels[k] not in PERSONS:
        k += 1
    if k >= len(tokens) or labels[k] != _TITLE:
        return e
    if k + 1 < len(tokens) and tokens[k + 1].text in {",", "."} and capitalised(tokens[k].text):
        return e  # `…, Ahmet Yesevi ve Kaya, Title`: a name follows the conjunction after all
    family = tokens[e - 1].text
    if not capitalised(family) or len(family) < 2:  # a word, not an initial
        return e
    moved = _moved(tokens, labels, e - 1, label)
    if moved:
        return e - 1 - 2 * moved
    s = e - 1
    while s > 0 and labels[s - 1] == label and tokens[s - 1].text != ",":
        s -= 1
    listed = s >= 2 and tokens[s - 1].text == "," and labels[s - 2] == label
    if listed and labels[s - 1] in (label, OTHER):
        return s  # the list ended at its comma: the name after it is the title's
    return e


def initials_opening_titles(
    tokens: Sequence[Token], marks: Sequence[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with the initials a person's run took from the title's opening name given
    back to the title."""
    out = initials_after_direct_name(list(tokens), labels)  # `Иван Петров, А. С. Пушкин и …`
    if PERSONS.isdisjoint(out):
        return out  # no person's run (the passes only give a person's tokens to the title)
    for e in range(2, len(tokens)):
        label = out[e - 1]
        if label not in PERSONS or out[e] in PERSONS:
            continue
        word = tokens[e].text
        if out[e] != _TITLE:
            start = _coordinated(tokens, marks, out, e, label)
            if start < e:
                k = e
                while out[k] != _TITLE:
                    k += 1
                out[start:k] = [_TITLE] * (k - start)
            continue
        if not capitalised(word) or len(word) < 2:
            continue
        moved = _moved(tokens, out, e, label)
        if moved:
            out[e - 2 * moved : e] = [_TITLE] * (2 * moved)
    return out
