"""GOST's part before `//` is the work's title: `Иванов И. Глава // Очерки. Ч. 1. М., 1990`
names the chapter between its author's initials and the two slashes. When the model read
that title as the author's last word (a one-word title after the initials: `Глава`,
`Предисловие`, `Обзор`) and the note has no title before `//`, the words the author's run
leaves to no field there are the title; a run after `//` read as the title is then the
host's part (`Ч. 1`, `Вып. 3`: a shortened word and its number, no title of the work) or
the host's own title. A person named right after `//` (`// Чокан Валиханов. Избранное.`) is
the host's author, no author of the part: GOST names the part's authors before its title, so
the work after that name's period is the host. So is a writer known by one name (`[words]
sole_name`: `// Абай. Слова назидания.`, `// Низами. Пять поэм.`, `// Magtymguly. Saýlanan
eserler.`), whatever run the model read the name in: the host is the sentence after it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.tagger.align import OTHER, Run, is_year, runs
from citekit.citations.tagger.body_statements import initial_at
from citekit.citations.tagger.report_numbers import number_labels
from citekit.citations.tagger.tokens import DASHES, Token, glued_to_previous, text_set
from citekit.dates import parse_date
from citekit.languages import shipped_words

__all__ = [
    "act_name_before_slashes",
    "bracket_in_host",
    "date_before_slashes",
    "glued_slash_number",
    "host_author_after_slashes",
    "slashes_at",
    "sole_host_author",
    "title_after_gost_head",
    "title_before_responsibility",
    "title_before_slashes",
    "title_years_before_slashes",
]

_TITLE: Final = "title"
_LABEL_LETTERS: Final = 5  # letters of a part's shortened word at most (`Ч.`, `Вып.`, `Кн.`)
_PART_TOKENS: Final = 3  # the word, its period, the number
_END_MARKS: Final = DASHES | {"."}  # GOST's marks before `//`


def slashes_at(tokens: list[Token]) -> int:
    """The first token of the note's `//`, or -1."""
    return _slashes(tokens)


def _slashes(tokens: list[Token]) -> int:
    """The first token of the note's `//`, or -1."""
    if "/" not in text_set(tokens):
        return -1  # no slash (most notes: one look-up)
    for k in range(len(tokens) - 1):
        second = tokens[k + 1]
        if tokens[k].text == "/" and second.text == "/" and second.start == tokens[k].end:
            return k
    return -1


def _part(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are a part's shortened word and its number (`Ч. 1`, `Вып. 3`)."""
    words = [t.text for t in tokens[a:b]]
    return (
        len(words) == _PART_TOKENS
        and words[0].isalpha()
        and words[0][:1].isupper()
        and len(words[0]) <= _LABEL_LETTERS
        and words[1] == "."
        and (words[2].isdigit() or set(words[2]) <= set("IVXLC"))
    )


def title_before_slashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words between an author's run and `//` read as the title, when the
    note has no title before `//` (see the module's doc)."""
    s = _slashes(tokens)
    if s < 1 or any(label == _TITLE and b <= s for label, _, b in found):
        return found
    heads = [j for j, (label, _, b) in enumerate(found) if label != OTHER and b <= s]
    if not heads or found[heads[-1]][0] != "author":
        return found
    start = found[heads[-1]][2]
    end = s
    while end > start and tokens[end - 1].text in _END_MARKS:
        end -= 1
    gap = tokens[start:end]
    if not gap or not gap[0].text[:1].isupper() or not any(t.text.isalpha() for t in gap):
        return found
    if tokens[start - 1].text != ".":
        return found  # the author's run closes on an initial's period (`Иванов И.`)
    before = [run for run in found if run[2] <= start]
    after: list[Run] = [(OTHER, end, s)] if end < s else []
    for label, a, b in found:
        if b <= s:
            continue
        if label == _TITLE:
            label = OTHER if _part(tokens, a, b) else "container-title"
        after.append((label, max(a, s), b))
    return [*before, (_TITLE, start, end), *after]


_RUNS: Final = 2  # the person's run and the host's
_HOSTS: Final = frozenset({_TITLE, "container-title", "publisher"})  # the model's host runs


def host_author_after_slashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author's run right after `//` given to no field and the run after its
    period read as the host, when the part's title stands before `//` (see the module's doc)."""
    s = _slashes(tokens)
    if s < 1 or not any(label == _TITLE and b <= s for label, _, b in found):
        return found
    after = [j for j, (label, a, _) in enumerate(found) if label != OTHER and a >= s]
    if len(after) < _RUNS:
        return found
    j, h = after[0], after[1]
    label, a, b = found[j]
    host, c, d = found[h]
    if label != "author" or a != s + 2 or host not in _HOSTS:
        return found
    if [t.text for t in tokens[b:c]] != ["."] or d >= len(tokens) or tokens[d].text != ".":
        return found
    if any(run[0] == "container-title" for run in found[:j]):
        return found
    return [
        *found[:j],
        (OTHER, a, b),
        *found[j + 1 : h],
        ("container-title", c, d),
        *found[h + 1 :],
    ]


@functools.cache
def _sole_names() -> frozenset[str]:
    """The `[words] sole_name` words, lower-cased (`абай`, `низами`, `magtymguly`)."""
    return frozenset(lower(w) for w in shipped_words("sole_name"))


_HOST_LABELS: Final = frozenset({OTHER, _TITLE, "container-title"})


def sole_host_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a writer known by one name right after `//` and closed by a period given
    to no field, and the sentence after it read as the host (see the module's doc)."""
    s = _slashes(tokens)
    n = s + 2  # the name's token
    if s < 1 or n + 2 >= len(tokens) or lower(tokens[n].text) not in _sole_names():
        return found
    if tokens[n + 1].text != "." or not tokens[n + 2].text[:1].isupper():
        return found
    end = next((k for k in range(n + 2, len(tokens)) if tokens[k].text == "."), len(tokens))
    labels = [label for label, a, b in found for _ in range(a, b)]
    if len(labels) != len(tokens) or not set(labels[n:end]) <= _HOST_LABELS:
        return found
    if "container-title" in labels[:s] or not any(t.text.isalpha() for t in tokens[n + 2 : end]):
        return found
    labels[n : n + 2] = [OTHER, OTHER]
    labels[n + 2 : end] = ["container-title"] * (end - n - 2)
    return runs(labels)


def title_years_before_slashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the numbers read as a page right before `//`, after a title's comma,
    read as the title's own (`…: Soviet Internal Colonialism in Central Asia, 1917–39 //
    Kritika. … – P. 77–102.`): GOST's pages follow the host; the pages are the later run."""
    s = _slashes(tokens)
    if s < 2 or sum(label == "page" for label, _, _ in found) < 2:
        return found
    j = next((j for j, (_, a, b) in enumerate(found) if a < s <= b or b == s), None)
    if j is None or found[j][0] != "page" or j < 2:
        return found
    if found[j - 1][0] != OTHER or [t.text for t in tokens[found[j - 1][1] : found[j - 1][2]]] != [
        ","
    ]:
        return found
    if found[j - 2][0] != _TITLE or not any(r[0] == "page" and r[1] > s for r in found):
        return found
    first = tokens[found[j][1]].text
    if not is_year(first):
        return found  # `Что делать?, 12–15 //`: a pinpoint's pages, no title's years
    return [*found[: j - 2], (_TITLE, found[j - 2][1], found[j][2]), *found[j + 1 :]]


def _numbered(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` hold a digit (a run of a period alone holds no date)."""
    return any(c.isdigit() for t in tokens[a:b] for c in t.text)


_FEWEST: Final = 3  # a title's tokens, a sentence's last word's letters, at least
_SHORT_WORD: Final = 5  # letters of a shortened word before its period at most (`утв.`)
_DATE_TOKENS: Final = 7  # `1 сентября 2022 г.`, `12.03.2021`: a date's tokens at most


def date_before_slashes(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a title's last sentence before `//` that is a whole date (day, month and
    year: `Послание … народу Казахстана. 1 сентября 2022 г. // Официальный сайт …`), or set off
    by its comma (a letter's: `… – генерал-губернатору, 12 марта 1899 г. // ЦГА РУз`), or its
    other title information after a colon (`Послание … : 21 апреля 2021 года. – Текст :
    электронный //`), or in a closing bracket after its place (`(Актау, 12 августа 2018 года)`),
    read as the work's date when the note has no other: GOST dates a web page's text so."""
    s = _slashes(tokens)
    if s < 3 or any(label == "issued" and _numbered(tokens, a, b) for label, a, b in found):
        return found
    j = next((j for j, (_, a, b) in enumerate(found) if a < s <= b), None)
    while j and found[j][0] != _TITLE and not _numbered(tokens, found[j][1], min(found[j][2], s)):
        j -= 1  # `Title : 21 апреля 2021 года. – Текст : электронный //`: a content label between
    if j is None or found[j][0] != _TITLE:
        return found
    a, end = found[j][1], min(found[j][2], s)
    while end > a and tokens[end - 1].text == ".":
        end -= 1
    if tokens[end - 1].text == ")" and (dated := _dated_bracket(tokens, text, a, end)) is not None:
        # `Конвенция о … моря (Актау, 12 августа 2018 года) //`: its signing's place and date
        opened, first = dated
        return [
            *found[:j],
            (_TITLE, a, opened),
            (OTHER, opened, first),
            ("issued", first, end - 1),
            (OTHER, end - 1, found[j][2]),
            *found[j + 1 :],
        ]
    stop = next(
        (k for k in range(end - 2, max(a, end - 1 - _DATE_TOKENS), -1) if tokens[k].text in ".:,"),
        None,
    )
    if stop is None or stop - a < _FEWEST or len(tokens[stop - 1].text) < _FEWEST:
        return found  # `… Т. 2. 12 мая 2020 //`: no sentence's end before the date
    if tokens[stop].text == ":" and tokens[stop].start == tokens[stop - 1].end:
        return found  # `The Day the Wall Fell: 9 November 1989 //`: a subtitle (GOST spaces it)
    before = tokens[stop - 1].text
    if tokens[stop].text == "." and before.islower() and len(before) <= _SHORT_WORD:
        return found  # `Правила : утв. 5 мая 2001 г. //`: a short word's period, no sentence's
    written = text[tokens[stop + 1].start : tokens[end - 1].end]
    if not written[:1].isdigit():
        return found  # `Решение от 12 мая 2020 г.`: a sentence that holds a date
    date = parse_date(written)
    if date is None or date.day is None or date.ambiguous:
        return found
    return [
        *found[:j],
        (_TITLE, a, stop),
        (OTHER, stop, stop + 1),
        ("issued", stop + 1, end),
        *([(OTHER, end, found[j][2])] if end < found[j][2] else []),
        *found[j + 1 :],
    ]


def _dated_bracket(tokens: list[Token], text: str, a: int, end: int) -> tuple[int, int] | None:
    """The opening bracket and the date's first token of a bracket that closes a title at
    `end` and holds a whole date after a place's comma or alone (`(Актау, 12 августа 2018
    года)`), or None."""
    reach = range(end - 2, max(a + _FEWEST, end - 3 - _DATE_TOKENS), -1)
    opened = next((k for k in reach if tokens[k].text in "()"), None)
    if opened is None or tokens[opened].text != "(":
        return None
    comma = next((k for k in range(opened + 1, end - 1) if tokens[k].text == ","), None)
    first = opened + 1 if comma is None else comma + 1
    written = text[tokens[first].start : tokens[end - 2].end] if first < end - 1 else ""
    date = parse_date(written) if written[:1].isdigit() else None
    if date is None or date.day is None or date.ambiguous:
        return None
    return opened, first


_MISREAD: Final = frozenset({"author", "container-title", "publisher", "publisher-place"})
_NUMBERS: Final = frozenset({"page", "volume", "issue", "number-of-pages"})
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_ROLES: Final = frozenset({"Beditor", "Btranslator"})  # a role's word opens its statement


def title_after_gost_head(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with everything between the opening author's initials and `//` read as the
    part's title when the model read a name, a host or an imprint there (`Edgar A.L.
    Genealogy, Class, and “Tribal Policy” in Soviet Turkmenistan, 1924–1934 // Slavic
    Review.`): GOST names the part's host after `//`, and with no `/` between, no statement of
    responsibility or other field stands before it."""
    s = _slashes(tokens)
    if s < 4 or not found or found[0][0] != "author" or found[0][1] != 0:
        return found
    start = found[0][2]
    if start < 2 or not initial_at(tokens, start - 2):
        return found  # the author's run closes on an initial's period (`Edgar A.L.`)
    end = s
    while end > start and tokens[end - 1].text in _END_MARKS:
        end -= 1
    if end - start < _FEWEST or not tokens[start].text[:1].isupper():
        return found
    if any(t.text in "/()[]" for t in tokens[start:end]):
        return found  # a statement of responsibility, a bracket (a review's book): own fields
    if any(marks[k] & _ROLES for k in range(start, end)):
        return found  # `Title. Пер. с англ. …`, `Title. Transl. by A. Brown //`: a role's statement
    between = [label for label, a, b in found[1:] if a < end and label != OTHER]
    if not _MISREAD.intersection(between) or _NUMBERS.intersection(between):
        return found  # `… 182-199-б. Сарсенова А. …`: the pages of another source
    if _IMPRINT.intersection(between) or any(
        label in _MISREAD and tokens[a - 1].text in ".:" for label, a, _ in found[1:] if a < end
    ):
        return found  # `Title. РИА Новости //`, `Title. М. : МГУ //`: a sentence of its own
    if any(label == "author" and initial_at(tokens, b - 2) for label, a, b in found[1:] if a < end):
        return found  # another person and initials: a second source
    if "issued" in between:
        return found  # `Послание … . Астана, 2012 //`, `Сөзі. Түркістан, 2019 жылғы 25 қыркүйек //`
    after = [(label, max(a, s), b) for label, a, b in found[1:] if b > s]
    gap: list[Run] = [(OTHER, end, s)] if end < s else []
    return [found[0], (_TITLE, start, end), *gap, *after]


def act_name_before_slashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an act's name that opens the note, read as its kind (`Предпринимательский
    кодекс Республики Казахстан от 29 октября 2015 года № 375-V ЗРК // ИС «Әділет».`), read as
    the title when the note's only title stands after `//`: GOST names the host there (a
    database's quoted name), never the work."""
    s = _slashes(tokens)
    if s < 2 or not found or found[0][0] != "genre" or found[0][1] != 0 or found[0][2] > s:
        return found
    if any(label == _TITLE and a < s for label, a, _ in found):
        return found
    titles = [j for j, (label, a, _) in enumerate(found) if label == _TITLE and a >= s]
    if len(titles) != 1 or found[0][2] < _FEWEST:
        return found
    out = list(found)
    out[0] = (_TITLE, found[0][1], found[0][2])
    _, a, b = found[titles[0]]
    out[titles[0]] = (OTHER, a, b)  # the host is read from its database's words later
    return out


def bracket_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host's name read on past a bracket the model let close it (`//
    Гражданский кодекс Республики Казахстан (Общая часть): комментарий (постатейный). В 2 кн.`):
    when the part's title stands before `//`, a second title's run that the bracket opens is
    the host's, to its sentence's period; what follows that period (the host's volumes) is no
    title's."""
    s = _slashes(tokens)
    if s < 1 or not any(label == _TITLE and b <= s for label, _, b in found):
        return found
    for j in range(len(found) - 2):
        (lh, a, _), (lo, x, y), (lt, c, d) = found[j : j + 3]
        if lh != "container-title" or a < s or lo != OTHER or lt != _TITLE:
            continue
        if [t.text for t in tokens[x:y]] != ["("]:
            return found
        depth, stop = 1, d
        for k in range(c, d):
            depth += (tokens[k].text == "(") - (tokens[k].text == ")")
            if tokens[k].text == "." and depth == 0:
                stop = k
                break
        rest: list[Run] = [(OTHER, stop, d)] if stop < d else []
        return [*found[:j], ("container-title", a, stop), *rest, *found[j + 3 :]]
    return found


def glued_slash_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that stops at a number's glued slash widened over the number
    after it (`… по делу № 6001-20-00-3гп/1184 от 12 марта 2021 г.`): a slash with no space on
    either side and a number after it parts a case's or a file's number, no responsibility."""
    if "/" not in text_set(tokens):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != _TITLE or b + 1 >= len(tokens) or tokens[b].text != "/":
            continue
        after = tokens[b + 1]
        if not glued_to_previous(tokens, b) or not glued_to_previous(tokens, b + 1):
            continue
        if not (after.text.isascii() and after.text.isdigit()):
            continue  # `۱۳۷۱/۹/۳`: a Persian date's parts
        if not _numbered(tokens, max(a, b - 2), b):
            continue  # `3гп/1184`: a number's letters before the slash
        if b + 2 < len(tokens) and tokens[b + 2].text == "/":
            continue  # `E/CN.4/2003/68/Add.2`, a date's parts: a path of many slashes
        if is_year(after.text):
            continue  # `dosar 345/1880`: a file of a year, the year the work's date
        rest = [(lab, max(x, b + 2), y) for lab, x, y in found[j + 1 :] if y > b + 2]
        # `Vol. 25, No. 3/4.`: a double issue after its label, read as a title by the model
        labelled = tokens[a].text.casefold() in number_labels() and b - a <= _LABELLED
        return [*found[:j], ("issue" if labelled else _TITLE, a, b + 2), *rest]
    return found


_LABELLED: Final = 3  # `No . 3`: a label, its period and a number


_AREA: Final = frozenset({"author", "title", "container-title", "publisher", "publisher-place"})


def title_before_responsibility(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words between the opening author's initials and the responsibility's
    spaced slash read as the title, when the model read an imprint there (`Семенов, И. Омск –
    Павлодар: мост через границу / Игорь Семенов // Омская правда.`): GOST's title area runs
    to that slash, and the imprint follows the host after `//`."""
    s = _slashes(tokens)
    if s < _FEWEST or not found or found[0][0] != "author" or found[0][1] != 0:
        return found
    start = found[0][2]
    if start < 2 or not initial_at(tokens, start - 2):
        return found
    slash = next(
        (
            k
            for k in range(start + 1, s)
            if tokens[k].text == "/"
            and not glued_to_previous(tokens, k)
            and not glued_to_previous(tokens, k + 1)
        ),
        None,
    )
    if slash is None:
        return found
    end = slash
    while end > start and tokens[end - 1].text in _END_MARKS:
        end -= 1
    inside = [run for run in found[1:] if run[1] < slash]
    labels = {label for label, _, _ in inside if label != OTHER}
    if not labels <= _AREA or labels.isdisjoint(_IMPRINT) or any(r[2] > slash for r in inside):
        return found
    if end - start < _FEWEST or not tokens[start].text[:1].isupper():
        return found
    gap: list[Run] = [(OTHER, end, slash)] if end < slash else []
    return [found[0], (_TITLE, start, end), *gap, *(r for r in found[1:] if r[1] >= slash)]
