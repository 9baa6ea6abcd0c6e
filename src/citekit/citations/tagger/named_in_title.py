"""A person named inside a title: `Иванов П. П. Жизнь и творчество А. С. Пушкина. М.: …`,
`Политический портрет И. В. Сталина`. After the heading's author and the title's first
words, a name the title's own word runs into (no period, comma or slash between: the title's
sentence goes on) is the title's words, not a second author: a note's authors come before
its title, an editor's or translator's name after it has its role word first."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["name_in_title"]

_AUTHOR: Final = "author"


def _runs_on(tokens: list[Token], b: int) -> bool:
    """Whether the title's last token before `b` runs on into a name: a word in small
    letters (`творчество`), or a name's first initial the title's run took (`портрет И`)."""
    word = tokens[b - 1].text
    return word.isalpha() and (word.islower() or is_initial(word))


def name_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author's run right after the title's, the title running on into it,
    read as the title's, when an author opens the note."""
    if len(found) < 3 or found[0][0] != _AUTHOR:
        return found  # no heading's author (most notes: one look)
    out = list(found)
    for j in range(1, len(out) - 1):
        label, a, b = out[j]
        if label != "title":
            continue
        after, s, e = out[j + 1]
        surname = tokens[e - 1].text.isalpha() and not is_initial(tokens[e - 1].text)
        if after in PERSONS and s == b and e > b and surname and _runs_on(tokens, b):
            out[j : j + 2] = [("title", a, e)]
        break  # the first title only
    return [run for run in out if run[0] != OTHER or run[1] < run[2]]
