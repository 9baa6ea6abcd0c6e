"""A title's run that took in the next sentence of an APA reference, as Turkish APA writes its
hosts: after the date comes the title's sentence, then the source's. A host whose "in" follows
it (`Title. Uluslararası Göç ve Eğitim Sempozyumu Bildiri Kitabı içinde (ss. 412–420).`), and
editors named with no "In" before them (`Title. H. Kaya ve Y. Güler (Ed.), Eğitim sosyolojisi
(ss. 201–228).`): the title ends at its sentence's period, whatever the model read after it.
A year after the title's comma, before a bracket, is the title's (`İşgücü istatistikleri, 2023
(Haber Bülteni No. 53521).`): the work was dated before it; so is one closing the title's
sentence (`Unified national testing: Statistics for 2020.`). A name alone between the title and
a book's DOI (an ISBN's `978` after its prefix: `Title. Springer.
https://doi.org/10.1007/978-981-19-1234-5`) is the book's publisher, no journal's."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token, written_text

__all__ = [
    "body_before_apa_date",
    "editor_bracket_before_host",
    "entry_before_its_in",
    "publisher_before_book_doi",
    "title_before_source",
    "year_closing_apa_title",
]

_IN: Final = "in"  # the lexicon's mark of a host's word (`In`, `içinde`)
_EDITOR: Final = "editor"  # … of an editor's word (`Ed.`, `Eds.`, `Haz.`)
_REACH: Final = 3  # runs after the title an editor's bracket stands within
_NAME_WORDS: Final = 8  # words of the editors' names at most


def _sentence_stop(tokens: list[Token], a: int, b: int) -> int | None:
    """The last period inside run a..b that closes a sentence: a word of two letters or more
    before it, a capital after it, or None."""
    for k in range(b - 2, a, -1):
        if tokens[k].text != "." or not tokens[k + 1].text[:1].isupper():
            continue
        before = tokens[k - 1].text
        if len(before) > 1 and before.isalpha():
            return k
    return None


def _names(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are persons' names with initials, an "and" or a comma between
    (`H. Kaya ve Y. Güler`)."""
    texts = [
        t.text for i, t in enumerate(tokens[a:b], a) if "and" not in marks[i] and t.text != ","
    ]
    initials = sum(
        1
        for i, t in enumerate(tokens[a : b - 1], a)
        if len(t.text) == 1 and t.text.isupper() and tokens[i + 1].text == "."
    )
    words = [t for t in texts if t != "."]
    return (
        initials > 0
        and len(words) <= _NAME_WORDS
        and all(t[:1].isupper() and t.isalpha() for t in words)
        and tokens[b - 1].text != "."
    )


def title_before_source(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with such a title's run cut at its sentence's period (see the module)."""
    union = marks_union(marks)
    if _IN not in union and _EDITOR not in union:
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title" or j < 2 or found[j - 2][0] != "issued" or j + 1 >= len(found):
            continue
        k = _sentence_stop(tokens, a, b)
        if k is None:
            continue
        after = found[j + 1]
        if after[0] == OTHER and _IN in marks[after[1]] and tokens[after[1]].text.islower():
            split = [("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, b)]
            return [*found[:j], *split, *found[j + 1 :]]
        bracket = any(
            run[0] == OTHER
            and any(
                _EDITOR in marks[i] and tokens[i - 1].text == "(" for i in range(run[1], run[2])
            )
            for run in found[j + 1 : j + 1 + _REACH]
        )  # `(Ed.)`, `(Eds.)`: APA's editors' bracket, no "Edited by"
        if bracket and _names(tokens, marks, k + 1, b):
            split = [("title", a, k), (OTHER, k, k + 1), ("editor", k + 1, b)]
            return [*found[:j], *split, *found[j + 1 :]]
    return found


def year_closing_apa_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year after an APA title's comma and before a bracket given to the title
    (see the module)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or j < 2 or found[j - 2][0] != "issued" or b + 2 >= len(tokens):
            continue
        if is_year(tokens[b].text) and tokens[b + 1].text == "." and tokens[b - 1].text.isalpha():
            rest = [r for r in found[j + 1 :] if r[2] > b + 1]  # `Statistics for 2020.`
            head = [(OTHER, b + 1, rest[0][2])] if rest and rest[0][1] <= b else []
            return [*found[:j], ("title", a, b + 1), *head, *rest[bool(head) :]]
        comma, year, bracket = tokens[b : b + 3]
        if comma.text != "," or not is_year(year.text) or bracket.text != "(":
            continue
        rest = [r for r in found[j + 1 :] if r[2] > b + 2]
        if not rest or rest[0][1] > b + 2:
            return found
        # the bracket's words the model read with the year: the report's series (its genre)
        series = [(OTHER, b + 2, b + 3), ("genre", b + 3, rest[0][2])]
        tail = [*series[: 1 + (rest[0][2] > b + 3)], *rest[1:]]
        return [*found[:j], ("title", a, b + 2), *tail]
    return found


_BOOK_DOI: Final = "/978"  # a DOI that carries its book's ISBN after the prefix (Springer's)
_CHAPTER_DOI: Final = re.compile(r"_\d+$")  # … and a chapter's number after it


def publisher_before_book_doi(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a host's run alone between an APA title and a book's DOI read as the
    publisher (see the module)."""
    labels = [run[0] for run in found]
    if "DOI" not in labels or labels.count("container-title") != 1 or "publisher" in labels:
        return found
    j = labels.index("container-title")
    doi = found[labels.index("DOI")]
    address = "".join(t.text for t in tokens[doi[1] : doi[2]])
    if _BOOK_DOI not in address or _CHAPTER_DOI.search(address):
        return found  # `…/978-3-030-87802-3_12`: a chapter's DOI, its host a book
    if (
        j < 2
        or labels[j - 2] != "title"
        or any(label not in (OTHER, "DOI", "URL") for label in labels[j + 1 :])
    ):
        return found
    _, a, b = found[j]
    if _IN in marks_union(marks) and any(_IN in marks[i] for i in range(found[j - 1][1], a + 1)):
        return found  # `In Speech and Computer.`: a host named after its "In"
    return [*found[:j], ("publisher", a, b), *found[j + 1 :]]


_NAMED: Final = frozenset({"container-title", "author", "title", "publisher"})


def editor_bracket_before_host(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a name before an editor's bracket and its period, after a quoted title,
    read as the editor and the title after it as the host, as Wikipedia's book template writes
    a chapter (`"Chapter". Jones, Elaine (Ed.). Empire and Frontier in Central Asia.`)."""
    if _EDITOR not in marks_union(marks):
        return found
    for j in range(2, len(found) - 2):
        label, a, b = found[j]
        after, (host, c, d) = found[j + 1], found[j + 2]
        if label not in _NAMED or host != "title" or after[0] != OTHER:
            continue
        if (
            not any(run[0] == "title" for run in found[:j])
            or tokens[a - 2].text not in CLOSING_MARKS
        ):
            continue
        inner = [t.text for t in tokens[after[1] : after[2]]]
        if inner[:1] != ["("] or inner[-2:] != [")", "."] or _EDITOR not in marks[after[1] + 1]:
            continue
        return [*found[:j], ("editor", a, b), after, ("container-title", c, d), *found[j + 3 :]]
    return found


_IN_BOOK: Final = frozenset({"кн", "сб", ":"})  # `В кн.:`, `В сб.:`, `In:` before the host
_HEADWORD: Final = 4  # tokens of an entry's headword at most


def body_before_apa_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the run that opens the note read as the author when APA's bracketed date
    and a second title follow it: `Author. (Date). Title.` names its author first, a body's
    long name as often (`Bureau of National Statistics … of Kazakhstan. (2022). Gross regional
    product …`, `Фонд «Общественное мнение» (2019). Волонтёрство: …`)."""
    if len(found) < 4 or found[0][0] not in ("title", OTHER) or found[0][1] != 0:
        return found
    if found[0][0] == OTHER and _texts(tokens, found[0])[1:] == ["("]:  # `SANIIRI (1988)`
        found = [(OTHER, 0, 1), (OTHER, 1, found[0][2]), *found[1:]]
    if tokens[0].text in OPENING_MARKS:
        return found  # a quoted title opens the note: no author
    head = _texts(tokens, found[0])
    acronym = len(head) == 1 and _ACRONYM[0] <= len(head[0]) <= _ACRONYM[1] and head[0].isupper()
    if found[0][0] == OTHER and not acronym:
        return found  # `SANIIRI (1988) Title`: a body's acronym the model read as no field
    if "," in head and any(len(t) == 1 and t.isupper() for t in head):
        return found  # `Yapay zekâ, A. B. (2019)`: a person's shape, the names' rules weigh it
    if not acronym and not is_organisation(written_text(tokens, found[0][1], found[0][2])):
        return found  # `Ekonomik göstergeler. (2021). Türkiye ekonomisi.`: a title, no body
    j = 1
    while j < len(found) and found[j][0] == OTHER:
        j += 1
    if j >= len(found) or found[j][0] != "issued" or "(" not in _texts(tokens, found[j - 1]):
        return found
    after = found[j + 1] if j + 1 < len(found) else None
    # APA's `(2019).`; Harvard's bracket has no period after it (`Body (2014) Title`)
    if after is None or after[0] != OTHER or _texts(tokens, after) not in ([")", "."], [")"]):
        return found
    if j + 2 >= len(found) or found[j + 2][0] != "title":
        return found
    _, a, b = found[0]
    return [("author", a, b), *found[1:]]


_ACRONYM: Final = (3, 10)  # letters of a body's acronym (`SANIIRI`, `OECD`)


def _texts(tokens: list[Token], run: Run) -> list[str]:
    return [t.text for t in tokens[run[1] : run[2]]]


def entry_before_its_in(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an APA entry that has no author read whole: its headword in the author's
    place, the date, then the host's "In" with no title between (`Ekonomika. (2004). In Qazaq
    ulttyq entsiklopediyasy (Vol. 3, pp. 512–514).`, `Депривация (2016). В кн.: Большой
    психологический словарь`): the headword is the title, the run after "In" the host, and no
    later run is a second title."""
    if _IN not in marks_union(marks) or len(found) < 4 or found[0][0] != "author":
        return found
    head = _texts(tokens, found[0])
    if "," in head or len(head) > _HEADWORD or any(len(t) == 1 and t.isupper() for t in head):
        return found  # `Alimbekova, G. (2021). In Kazakhstan, …`: a person, and a title "In …"
    j = 1
    while j < len(found) and found[j][0] == OTHER:
        j += 1
    if j >= len(found) or found[j][0] != "issued" or "(" not in _texts(tokens, found[j - 1]):
        return found
    if j + 1 >= len(found) or _texts(tokens, found[j + 1])[:2] != [")", "."]:
        return found
    k = found[j + 1][1] + 2  # the token after the date's `).`
    if k + 1 >= len(tokens) or _IN not in marks[k]:
        return found
    following = tokens[k + 1]
    if following.start > tokens[k].end + 1 or not (
        following.text[:1].isupper() or following.text in _IN_BOOK
    ):
        return found  # `UNESCO. (2019). In pursuit of equity`, `In-depth …`: a title's own "In"
    host = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
    if host is None or found[host][1] < k or found[host][0] not in ("title", "container-title"):
        return found
    out = [("title", found[0][1], found[0][2]), *found[1:host]]
    start = found[host][1] + (found[host][1] == k)  # the "In" the model took into the host
    out.append(("container-title", start, found[host][2]))
    return out + [
        (OTHER, a, b) if label == "title" else (label, a, b) for label, a, b in found[host + 1 :]
    ]
