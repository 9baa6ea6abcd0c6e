"""A name that runs into a headline is its subject, not its author: every form writes a mark
between an author and the title (`Əliyev İ.`, `Əliyev, İ.,`, `Əliyev İ. (2020)`), so a name at a
news item's head followed straight by words of a sentence (`Prezident İlham Əliyev Bakıda yeni
xəstəxananın açılışında iştirak edib // Report.az`, `Prezident Qasım-Jomart Toqaev jańa zańǵa
qol qoıdy // Egemen Qazaqstan`) opens the headline. A name with initials is none such: GOST
writes them first with no mark before the title (`Н. Р. Селезнева Использование …`), nor is a
full name closed by a father's name, which CyberLeninka writes family first right before the
title (`Жакупова Айгуль Сериковна Тюркские заимствования … // Вестник …`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import fathers_name
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["name_runs_into_headline"]

_INITIAL_LETTERS: Final = 2  # an initial (`A`, `Ch`) closes a name with its period
_SENTENCE_WORD: Final = 3  # letters of a word in small letters that a sentence writes
_SENTENCE_WORDS: Final = 2  # such words a headline's sentence holds at least
_HOSTS: Final = frozenset({"container-title", "URL"})


def _joined(tokens: list[Token], run: Run) -> bool:
    """Whether an other-run is one hyphen glued to the words on both sides (`Qasım-Jomart`)."""
    _, a, b = run
    return (
        b == a + 1
        and tokens[a].text in "-‐"
        and 0 < a < len(tokens) - 1
        and tokens[a - 1].end == tokens[a].start
        and tokens[a].end == tokens[a + 1].start
    )


def name_runs_into_headline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run at the note's head that runs into the title with no mark
    between them, the title a sentence in a periodical or on a site, given to the title."""
    if len(found) < 3 or found[0][0] != "author" or found[0][1] != 0:
        return found  # most notes
    if _HOSTS.isdisjoint(run[0] for run in found):
        return found  # a news item's headline: a host or an address follows
    b = found[0][2]
    j = 2 if found[1][0] == OTHER and _joined(tokens, found[1]) else 1
    if found[j][0] != "title" or found[j][1] != found[j - 1][2]:
        return found
    if any(not t.text.isalpha() for t in tokens[:b]):
        return found  # initials or a list (`Н. Р. Селезнева Название`: GOST's initials first)
    last = tokens[b - 1].text
    if not (last.isalpha() and len(last) > _INITIAL_LETTERS) or fathers_name(last):
        return found  # `Жакупова Айгуль Сериковна Title //`: CyberLeninka's full name, family first
    if j == 1 and tokens[b - 1].end == tokens[b].start:
        return found
    _, c, e = found[j]
    small = sum(
        t.text.isalpha() and t.text.islower() and len(t.text) >= _SENTENCE_WORD for t in tokens[c:e]
    )
    if small < _SENTENCE_WORDS:
        return found  # no sentence (`Ахмет Байтұрсынұлы Тіл құралы`: a name and a title)
    return [("title", 0, e), *found[j + 1 :]]
