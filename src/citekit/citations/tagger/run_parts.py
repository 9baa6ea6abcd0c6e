"""What the run mender asks of runs and tokens: a title's responsibility, an imprint inside a
title, a place's shape, a host's numbers (read by `runs.mend` and `runs.runs` only)."""

from __future__ import annotations

import functools
import itertools
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.forms import (
    PLACE_STARTS,
    abbreviated_place,
    labelled_page,
    trailing_page,
)
from citekit.citations.tagger.heads import MAX_GIVEN, capitalised
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.roles import ROLES
from citekit.citations.tagger.spaced_imprints import spaced_imprint
from citekit.citations.tagger.tokens import DASHES, Token, tokenize
from citekit.languages import shipped_words

__all__ = [
    "HOST_LABELS",
    "edition_word_before",
    "has_numbered_host",
    "host_after_title",
    "imprint_in_title",
    "issue_in_date",
    "labelled_number",
    "numbered_title",
    "period_after",
    "place_named",
    "place_publisher",
    "place_shaped",
    "responsibility_end",
    "tail",
    "title_before",
    "volume_issue",
    "year_follows",
]

_YEAR_DIGITS: Final = 4
_PLACE_WORDS: Final = 2  # "Нижний Новгород"
_MAX_DATE_WORDS: Final = 2  # words before a bracketed year: a season, a month


def period_after(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether a period glued to run `j` opens the next run, which is not a field's."""
    _, _, b = found[j]
    return (
        b < len(tokens)
        and tokens[b].text == "."
        and tokens[b].start == tokens[b - 1].end
        and (j + 1 >= len(found) or found[j + 1][0] == OTHER)
    )


def responsibility_end(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int:
    """Where a title run ends once a trailing `/ құраст.` or `/ коллектив авторов` (GOST's
    statement of responsibility, here only its role or contributor words) is cut off."""
    for i in range(a + 1, b):
        if tokens[i].text == "/" and all(
            not tokens[k].text.isalnum()
            or marks[k] & ROLES.keys()
            or tokens[k].text.casefold() in _credits()
            for k in range(i + 1, b)
        ):
            return i
    return b


@functools.cache
def _credits() -> frozenset[str]:
    """The words of the `[words] contributor` entries (`коллектив авторов`, `худож.`),
    casefolded: a statement of responsibility of no field's person."""
    return frozenset(
        t.text.casefold()
        for w in shipped_words("contributor")
        for t in tokenize(w)
        if t.text.isalnum()
    )


def place_publisher(tokens: list[Token], a: int, b: int) -> list[Run]:
    """A place run that holds "Place: Publisher" (GOST, Chicago) split at its colon."""
    colon = next((i for i in range(a + 1, b - 1) if tokens[i].text == ":"), None)
    if colon is None:
        return [("publisher-place", a, b)]
    return [("publisher-place", a, colon), (OTHER, colon, colon + 1), ("publisher", colon + 1, b)]


def volume_issue(tokens: list[Token], a: int, b: int) -> list[Run]:
    """A journal run ending in "2.1" or "84" just before "(1937)" or "(Spring 1989)": the
    volume (and issue) that MLA and Chicago write after the journal, not part of its name."""
    follows_year = b + 1 < len(tokens) and tokens[b].text == "(" and _bracketed_year(tokens, b)
    if not follows_year or b - a < 2 or not tokens[b - 1].text.isdigit():
        return [("container-title", a, b)]
    glued = b - a >= 4 and tokens[b - 2].text == "." and tokens[b - 3].text.isdigit()
    if glued and tokens[b - 3].start > tokens[b - 4].end:
        return [
            ("container-title", a, b - 3),
            ("volume", b - 3, b - 2),
            (OTHER, b - 2, b - 1),
            ("issue", b - 1, b),
        ]
    if tokens[b - 1].start > tokens[b - 2].end and tokens[b - 2].text.isalpha():
        return [("container-title", a, b - 1), ("volume", b - 1, b)]
    return [("container-title", a, b)]


def _is_year(text: str) -> bool:
    return len(text) == _YEAR_DIGITS and text.isdigit()


def _bracketed_year(tokens: list[Token], b: int) -> bool:
    """Whether the bracket at `b` opens a year, after a season's or a month's word or two
    (`(1937)`, `(Bahar 2008)`, `(June 2011)`)."""
    for k in range(b + 1, min(len(tokens), b + _MAX_DATE_WORDS + 2)):
        word = tokens[k].text
        if word.isdigit():
            return len(word) == _YEAR_DIGITS
        if not word.isalpha():
            return False
    return False


def title_before(tokens: list[Token], out: list[Run], a: int) -> bool:
    """Whether the title's run ends just before token `a`, or only glued punctuation or a
    number sign glued to the number lies between (`Release 0.2`, `работа №2`), once that
    punctuation is dropped from `out`."""
    if out and out[-1][0] == OTHER and len(out) > 1 and out[-2][0] == "title":
        _, start, end = out[-1]
        between = range(start, end)
        signs = all(not tokens[i].text.isalnum() for i in between)
        glued = all(tokens[i].start == tokens[i - 1].end for i in range(start, a + 1))
        sign = len(between) == 1 and tokens[a].start == tokens[a - 1].end  # `работа №2`
        if not signs or not (glued or sign):
            return False
        out.pop()
    return bool(out) and out[-1][0] == "title"


def imprint_in_title(
    tokens: list[Token], marks: list[set[str]], a: int, b: int, year_next: bool
) -> list[Run] | None:
    """A title run that swallowed the imprint after it: `Enerji, İstanbul: Kitap` (a known
    place, a colon, then the publisher's name) or, before the year, GOST's `Аз и Я. М` (a
    known place after the title's period, no publisher). A question or an exclamation ends
    the title as its period does, its mark the title's (`Hazar Enerjisi Nereye Akacak? Ankara:
    USAK`). None when the run holds neither."""
    for i in range(a + 1, b - 1):
        if tokens[i].text not in ",.?!" or not marks[i + 1] & PLACE_STARTS:
            continue
        end = i + 1 if tokens[i].text in "?!" else i  # the title's own mark
        colon = next((k for k in range(i + 2, b) if tokens[k].text == ":"), None)
        if colon is not None and colon + 1 < b and one_place(marks, i + 1, colon):
            words = [k for k in range(colon + 1, b) if tokens[k].text.isalnum()]
            if words and tokens[words[0]].text[0].isupper():
                return [
                    ("title", a, end),
                    *([(OTHER, i, i + 1)] if end == i else []),
                    ("publisher-place", i + 1, colon),
                    (OTHER, colon, colon + 1),
                    ("publisher", colon + 1, b),
                ]
        sentence = tokens[i].text in ".?!"
        head = [("title", a, end), *([(OTHER, i, i + 1)] if end == i else [])]
        if sentence and year_next and one_place(marks, i + 1, b):
            return [*head, ("publisher-place", i + 1, b)]
        dated = b - i > 3 and tokens[b - 2].text == "," and _is_year(tokens[b - 1].text)
        if sentence and dated and one_place(marks, i + 1, b - 2):
            return [  # `Послание …. Астана, 2012 // https://…`: the place and the year
                *head,
                ("publisher-place", i + 1, b - 2),
                (OTHER, b - 2, b - 1),
                ("issued", b - 1, b),
            ]
    if year_next and b - a > 1 and abbreviated_place(tokens, marks, b - 1):
        return [("title", a, b - 1), ("publisher-place", b - 1, b)]  # GOST `… Справочник М., 2003`
    return spaced_imprint(tokens, a, b, year_next)  # `… Öffentlichkeit. Neuwied : Luchterhand`


def has_numbered_host(out: list[Run]) -> bool:
    """Whether the runs so far name a host and its volume or issue: no author comes after."""
    labels = {label for label, _, _ in out}
    return "container-title" in labels and bool(labels & {"volume", "issue"})


def place_shaped(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are one or two capitalised words, no initial or month among them."""
    words = [k for k in range(a, b) if tokens[k].text not in "-‐"]
    if not 1 <= len(words) <= _PLACE_WORDS or any("month" in marks[k] for k in words):
        return False
    return all(capitalised(tokens[k].text) and len(tokens[k].text) > 2 for k in words)


def year_follows(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether the run after run `j`, past punctuation alone, is the year (`М., 1975`)."""
    after = next((r for r in itertools.islice(found, j + 1, None) if r[0] != OTHER), None)
    if after is None or after[0] != "issued":
        return False
    return all(not tokens[k].text.isalnum() for k in range(found[j][2], after[1]))


def host_after_title(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a run of names after the title names its host (`“Title,” Irish Times, …`): one
    word, or a few capitalised words not after GOST's slash (where the author is repeated)
    nor with initials (a person's)."""
    if b - a == 1:
        return tokens[a].text.isalpha()
    k = a - 1
    while k >= 0 and not tokens[k].text.isalnum():
        if tokens[k].text == "/":
            return False
        k -= 1
    if _listed_after_slash(tokens, a):
        return False  # `/ Иванов Иван Иванович, Петров Петр Петрович.`: the list's next name
    words = [t.text for t in tokens[a:b]]
    return len(words) <= MAX_GIVEN and all(capitalised(w) and len(w) > 2 for w in words)


_LIST_REACH: Final = 16  # tokens of the names listed after GOST's slash, at most


def _listed_after_slash(tokens: list[Token], a: int) -> bool:
    """Whether the names at `a` follow a comma or semicolon in a list of names that opens
    right after GOST's responsibility slash: capitalised words and initials back to it."""
    k = a - 1
    if k < 0 or tokens[k].text not in ",;":
        return False
    while k >= 0 and a - k <= _LIST_REACH:
        text = tokens[k].text
        if text == "/":
            return True
        initial = text == "." and k > 0 and len(tokens[k - 1].text) == 1
        if not (text in ",;" or initial or capitalised(text)):
            return False
        k -= 1
    return False


def place_named(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether a run opens with a place of the lexicon, has no publisher's word, no body's
    (`Ankara Üniversitesi`) and only capitalised words (`Ankara-Türkiye`, not `Алматы
    кітап`)."""
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    named = all(w[0].isupper() for w in words) and bool(marks[a] & PLACE_STARTS)
    if not named or any("publisher" in m for m in marks[a:b]):
        return False
    return len(words) < 2 or not is_organisation(" ".join(words))


def tail(
    tokens: list[Token], marks: list[set[str]], out: list[Run], a: int, b: int
) -> list[Run] | None:
    """The page (or extent) in the last run, outside any field, once the runs before are
    `out`: a short note's bare `, 60.` after the title, or a number with its page word."""
    labels = {label for label, _, _ in out}
    short = out and out[-1][0] == "title" and "page" not in labels
    if short and (page := trailing_page(tokens, a, b)) is not None:
        return page
    if labels & {"page", "number-of-pages"}:
        return None
    return labelled_page(tokens, marks, a, b, "container-title" in labels)


HOST_LABELS: Final = frozenset({"container-title", "volume", "issue"})


def numbered_title(tokens: list[Token], marks: list[set[str]], out: list[Run], a: int) -> bool:
    """Whether the title run just before token `a` ends with a number sign (`№`, `No.`) and
    token `a` is its number, glued or one space on."""
    if not out or out[-1][0] != "title" or out[-1][2] != a or not tokens[a].text.isdigit():
        return False
    return "issue" in marks[a - 1] and tokens[a].start - tokens[a - 1].end <= 1


def issue_in_date(
    tokens: list[Token], marks: list[set[str]], out: list[Run], a: int, b: int
) -> bool:
    """Whether a date run opens with the number of an issue's label word outside any field
    (`Sayı: 63 Eylül 2017`, `№ 5 мая 2019`): the number is the issue, not the day."""
    if not tokens[a].text.isdigit() or not any(tokens[k].text.isalnum() for k in range(a + 1, b)):
        return False
    k = a - 1
    while k >= 0 and tokens[k].text in ":.":
        k -= 1
    if k < 0 or "Bissue" not in marks[k] or marks[k] & {"Bpage", "Bvolume"}:
        return False  # `S.` may be a page's word too
    return bool(out) and out[-1][0] == OTHER and out[-1][1] <= k


_RANGE: Final = 3  # `12345 – 12356`


def labelled_number(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are one number, or two with a range mark between, right after a
    page's label word and its period (`pp. 12345–12356`: a page label names pages however long
    the numbers)."""
    if b - a not in (1, _RANGE) or a < 2 or tokens[a - 1].text != ".":
        return False
    if not (tokens[a].text.isdigit() and tokens[b - 1].text.isdigit()):
        return False
    if b - a == _RANGE and tokens[a + 1].text not in DASHES:
        return False
    return "page" in marks[a - 2] and "page" in marks[a - 1]


def edition_word_before(tokens: list[Token], out: list[Run], a: int) -> bool:
    """Whether the run at `a` follows an edition and its word (`3rd ed.`, `2nd edn`): `ed.`
    after an edition's number is the edition's word, no editor's role."""
    if len(out) < 2 or out[-1][0] != OTHER or out[-1][2] != a or out[-2][0] != "edition":
        return False
    words = [tokens[k].text for k in range(out[-1][1], a) if tokens[k].text != "."]
    return words in (["ed"], ["edn"], ["Ed"])
