"""A person named inside a title: `Иванов П. П. Жизнь и творчество А. С. Пушкина. М.: …`,
`Политический портрет И. В. Сталина`. After the heading's author and the title's first
words, a name the title's own word runs into (no period, comma or slash between: the title's
sentence goes on) is the title's words, not a second author: a note's authors come before
its title, an editor's or translator's name after it has its role word first."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.volumes import volume_number

__all__ = ["name_in_title", "title_sentences"]

_AUTHOR: Final = "author"
_LABEL: Final = 3  # letters of a part's shortened label at most (`Кн.`, `Ч.`, `Вып`)


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


def title_sentences(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title's next sentence, read as a title's run of its own with nothing
    but the period between (`Европейская гражданская война (1917–1945). Национал-социализм
    и большевизм / пер. …`) after the heading's author, joined to the first title: a
    title's sentences are one title."""
    labels = [run[0] for run in found]
    if labels[:1] != [_AUTHOR] or labels.count("title") < 2:
        return found  # one title (most notes)
    j = labels.index("title")
    _, a, b = found[j]
    k = j + 1
    if k < len(found) and found[k][0] == OTHER and found[k][2] - found[k][1] == 1:
        k += 1  # the period between, outside any run
    if k >= len(found) or found[k][0] != "title":
        return found
    gap = [t.text for t in tokens[b : found[k][1]]]
    if gap != ["."] and not (not gap and tokens[found[k][1]].text == "."):
        return found
    c = found[k][1] + (not gap)
    labelled = c + 2 < len(tokens) and len(tokens[c].text) <= _LABEL and tokens[c + 1].text == "."
    if labelled and volume_number(tokens[c + 2].text):
        return found  # `… Сталина. Кн. 1, ч. 2.`: a part's label and number, no title's
    if any(is_year(t.text) for t in tokens[c : found[k][2]]):
        return found  # `Аысл мұра. Proceedings of … Summit XI (2006)`: a host's, dated
    return [*found[:j], ("title", a, found[k][2]), *found[k + 1 :]]
