"""A body's name as the note's first sentence, its work as the second, then the imprint:
`Ministry of Energy of the Republic of Kazakhstan. Annual report 2021. Astana, 2022.`, `EBRD.
Transition Report 2021-22. London, 2021.`, `ОБСЕ/БДИПЧ. Республика Казахстан. Выборы …:
Заключительный отчет. Варшава, 2019.`, `Агентство по статистике РК. Статистический
ежегодник 2019. Нур-Султан, 2020.` When the model reads the body as the title and splits the
work's sentence into a title, a year, a genre or a report's number, the body (a name with an
organisation's head word of the language files, or a body's acronym: two to eight capitals,
acronyms joined by `/`) is the author and the sentences up to the imprint are the title: a note
with no person's name (`_nameless`) whose sentences run up to the place signs the
work by its body."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["body_sentence", "sentence_period"]

_ACRONYM: Final = range(2, 9)  # capitals of a body's acronym
_IMPRINT: Final = frozenset({"publisher-place", "publisher"})
_PERSONS: Final = frozenset({"author", "editor", "translator"})
_SENTENCES: Final = _PERSONS | {"title", "issued"}  # a title's sentences


def _acronym(words: list[Token]) -> bool:
    """Whether `words` are a body's acronym (`EBRD`, `ҚСЗИ`, `OSCE/ODIHR`)."""
    texts = [t.text for t in words]
    return (
        all(
            (w.isalpha() and w.isupper() and len(w) in _ACRONYM) if k % 2 == 0 else w == "/"
            for k, w in enumerate(texts)
        )
        and len(texts) % 2 == 1
    )


def sentence_period(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a sentence's period: glued to a word, spaced from a capital."""
    if tokens[k].text != "." or k == 0 or k + 1 >= len(tokens):
        return False
    word, after = tokens[k - 1], tokens[k + 1]
    glued = word.end == tokens[k].start and (len(word.text) > 1 or word.text.isdigit())
    return glued and after.start > tokens[k].end and after.text[:1].isupper()


def _nameless(tokens: list[Token], inside: list[Run], acronym: bool) -> bool:
    """Whether the second sentence holds no person's name: none the model read, or, after a
    body's acronym (`OSCE/ODIHR. Kazakhstan, Presidential Election, 20 November 2022: Final
    Report.`), only words of no known given name and no initial."""
    persons = [r for r in inside if r[0] in _PERSONS]
    if not persons:
        return True
    given = given_names()
    words = [t.text for _, a, b in persons for t in tokens[a:b] if t.text.isalpha()]
    return acronym and all(len(w) > 1 and lower(w) not in given for w in words)


def body_sentence(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body heading the note (the model's first title) read as the author and
    the sentences after it, up to the imprint, as the title."""
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title" or found[j][1] > 0:
        return found
    _, a, b = found[j]
    e = next(
        (k for k in range(a + 1, min(b, len(tokens) - 1) + 1) if sentence_period(tokens, k)), None
    )
    if e is None:
        return found
    head = tokens[a:e]
    words = [t.text for t in head if t.text.isalpha()]
    if not (_acronym(head) or (len(words) >= 2 and is_organisation(" ".join(words)))):
        return found
    m = next((r[1] for r in found[j + 1 :] if r[0] in _IMPRINT), None)
    ends = [k for k in range(e + 1, m or 0) if sentence_period(tokens, k)]
    if m is None or not ends or b > ends[-1]:
        return found  # no imprint after a sentence: `Body. Host, 2020, no. 3`
    k = ends[-1]
    inside = [run for run in found[j + 1 :] if run[1] < k]
    if any(r[2] > k + 1 for r in inside) or any(r[0] != OTHER for r in found if k < r[1] < m):
        return found
    outside = [r for r in found if r not in inside]
    if any(r[0] in _PERSONS for r in outside) or not _nameless(tokens, inside, _acronym(head)):
        return found
    labels = {r[0] for r in inside} - {OTHER}
    if len(ends) > 1 and not labels <= _SENTENCES:
        return found  # several sentences: a host's or a series' among them
    if not labels and b <= e:
        return found
    rest = [run for run in found[j + 1 :] if run[1] >= k]
    return [*found[:j], ("author", a, e), (OTHER, e, e + 1), ("title", e + 1, k), *rest]
