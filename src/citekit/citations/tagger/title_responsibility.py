"""GOST opens a work's statement of responsibility with a spaced single slash (`Мониторинг … :
отчет о НИР / Институт гидрогеологии … им. У. М. Ахмедсафина ; рук. …`): what follows is who
made the work, no words of its title, however the model ran the title on. With no author read
before, the body named after the slash is the work's author, a person it is named for
(`им. У. М. Ахмедсафина`) with it. A part named by a name alone before the host's `//`
(`Шоқан Уәлиханов // Қазақстан. Ұлттық энциклопедия.`, an entry on a person) has that name
for its title: no work is cited by its author alone, and a heading names its authors with
their initials."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.isnad_slashes import single_slash
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.title_genres import title_genre

__all__ = ["genre_run", "name_as_title", "responsibility_out_of_title"]

_TITLE, _AUTHOR = "title", "author"
_NAME_WORDS: Final = (
    4  # words of a name written whole (`Шоқан Уәлиханов`, `Мұхаммед Хайдар Дулати`)
)


def responsibility_out_of_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's run cut at a spaced single slash inside it (see the module's
    doc)."""
    j = next((j for j, run in enumerate(found) if run[0] == _TITLE), None)
    if j is None:
        return found
    _, a, b = found[j]
    slash = next((i for i in range(a + 1, b - 1) if _spaced_slash(tokens, i)), None)
    if slash is None or not _responsible(tokens, slash + 1, b):
        return found  # `Война и мир / Мир и война`: a title's own slash
    end, after = b, j + 1
    # `… им` + `.` + `У. М. Ахмедсафина` (read as an author): the body's person is the body's
    person = after + 1 < len(found) and found[after][0] == OTHER and found[after + 1][0] == _AUTHOR
    if person and found[after][2] - found[after][1] == 1 and tokens[found[after][1]].text == ".":
        end, after = found[after + 1][2], after + 2
    authored = any(run[0] == _AUTHOR for run in (*found[:j], *found[after:]))
    label = OTHER if authored else _AUTHOR
    if label == OTHER:
        end, after = b, j + 1
    head = [(_TITLE, a, slash), (OTHER, slash, slash + 1), (label, slash + 1, end)]
    return [*found[:j], *head, *found[after:]]


def _responsible(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` open on a person's initials or a body's name (`Г. С. Джунь`,
    `Институт гидрогеологии …`)."""
    if not tokens[a].text[:1].isupper():
        return False
    initial = len(tokens[a].text) == 1 and a + 1 < b and tokens[a + 1].text == "."
    words = written_text(tokens, a, min(b, a + _BODY_WORDS))  # `Нац. ин-т …` as written
    if initial or is_organisation(words):
        return True
    # `/ Новосиб. гос. ун-т. – Новосибирск`: the abbreviated head past the run the model read
    end = a
    while end < min(len(tokens), a + _BODY_WORDS + 3) and tokens[end].text not in _AREA_MARKS:
        end += 1
    return end > b and is_organisation(written_text(tokens, a, end))


_AREA_MARKS: Final = frozenset("–—/;")  # marks that close GOST's area of responsibility


_BODY_WORDS: Final = (
    6  # tokens of a body's name read for its head word (`Институт гидрогеологии и …`)
)


def _spaced_slash(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a single slash with a space on each side."""
    if not single_slash(tokens, i):
        return False
    return tokens[i - 1].end < tokens[i].start and tokens[i].end < tokens[i + 1].start


def name_as_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the one name before GOST's `//`, when no title is read, as the title."""
    labels = [label for label, _, _ in found]
    if _TITLE in labels or labels.count(_AUTHOR) != 1 or labels[0] != _AUTHOR:
        return found
    _, a, b = found[0]
    if b + 1 >= len(tokens) or [t.text for t in tokens[b : b + 2]] != ["/", "/"]:
        return found  # the name right before the host's mark
    if b - a > _NAME_WORDS or not all(t.text.isalpha() for t in tokens[a:b]):
        return found  # a heading's `Иванов И. И., Петров П. П. //`: authors with initials
    return [(_TITLE, a, b), *found[1:]]


def genre_run(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run after a colon that names the work's kind
    (`Title [Электронный ресурс] : аналитический доклад / …`: the bracket between) read as the
    genre: GOST's other title information of kind, no second title."""
    titles = [j for j, run in enumerate(found) if run[0] == _TITLE]
    if len(titles) != 2 or "genre" in (run[0] for run in found):
        return found
    _, a, b = found[titles[1]]
    if a < 1 or tokens[a - 1].text != ":":
        return found
    written = " ".join(t.text for t in tokens[a:b])
    if title_genre(f"Title : {written}")[1] != written:
        return found
    return [*found[: titles[1]], ("genre", a, b), *found[titles[1] + 1 :]]
