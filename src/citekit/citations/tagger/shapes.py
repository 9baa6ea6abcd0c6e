"""Decoding constraints: the shape of names, and titles in quotes.

A heading written surname first (GOST's ``Rejepbaýewa A.``, ``Иванов И. И., Петров П. П.``)
names each author the same way: a surname, then initials. A capitalised word in such a run
that no initials follow is not a name but the first word of the title
(``Rejepbaýewa A. Gezsem, dünýäni görsem // …``): it and the punctuation up to the title's run
join the title. A title in quotes is whole: a year inside the quotes (`“Başlyk 1999”`) is the
title's, not the date of issue.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.names import generation_words, given_names, is_organisation
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.features import lexicon
from citekit.citations.tagger.marked import AFTER_SITE
from citekit.citations.tagger.tokens import LONG_DASHES, Token

__all__ = ["body_heading", "bracketed_imprint", "quoted_titles", "shape_names", "surname_first"]

# lexicon keys of the words that join names or close a list of them ("и", "ve", "et al.")
_JOINS: Final = frozenset({"and", "et_al"})
_SEPARATORS: Final = frozenset({",", ";", "&"})
_YEAR_DIGITS: Final = 4


def _is_initial(text: str) -> bool:
    """ "A", "О", "Zh": one capital letter, or a capital and a small one, not a generation's
    word (`Gates Jr.` is no family and initial)."""
    return (
        1 <= len(text) <= 2
        and text.isalpha()
        and text[0].isupper()
        and (len(text) == 1 or (text[1].islower() and text not in generation_words()))
    )


def _is_surname(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text[0].isupper() and not _is_initial(text)


def _surname(tokens: Sequence[Token], i: int, b: int) -> int:
    """The end of a surname starting at `i` ("Ахмедова", "Ak-Tas"), or `i` when none."""
    if i >= b or not _is_surname(tokens[i].text):
        return i
    i += 1
    while i + 1 < b and tokens[i].text == "-" and tokens[i + 1].text[:1].isupper():
        i += 2
    return i


def _initials(tokens: Sequence[Token], i: int, b: int) -> tuple[int, int]:
    """The end of the initials starting at `i` ("И. И.", "A.-B.") and how many there are."""
    count = 0
    while i + 1 < b and _is_initial(tokens[i].text) and tokens[i + 1].text == ".":
        i += 2
        count += 1
        if i + 1 < b and tokens[i].text == "-" and _is_initial(tokens[i + 1].text):
            i += 1
    return i, count


def surname_first(
    tokens: Sequence[Token], joins: Sequence[bool], a: int, b: int
) -> tuple[list[tuple[int, int]], int | None]:
    """The names (first and last token + 1) of a surname-first run of name tokens [a, b),
    and where the first word that does not start a name sits (None: every word is in a name
    of that shape, or a form this check does not know follows). No names: the run is not
    written surname first."""
    names: list[tuple[int, int]] = []
    i = a
    while True:
        while names and i < b and (tokens[i].text in _SEPARATORS or joins[i]):
            i += 1
        if i >= b:
            return names, None
        j = _surname(tokens, i, b)
        if j == i:
            return names, None  # a particle or an unknown form: leave it
        k, count = _initials(tokens, j, b)
        if count == 0:
            return names, (i if names else None)
        names.append((i, k))
        i = k


def _middle_initials(tokens: Sequence[Token], a: int, cut: int, b: int) -> bool:
    """Whether run a..b is one name written given name first with middle initials, its
    family the one word at `cut` that ends the run before a comma (`Kenneth N. Waltz,`,
    `John J. Mearsheimer,`): its first word is a given name of the language files, not a
    surname before its initials (`Rejepbaýewa A. Gezsem, …`), or an imprint in brackets
    follows (`James C. Scott, Seeing Like a State (New Haven, CT: …, 1998)`)."""
    if cut + 1 != b or b >= len(tokens) or tokens[b].text != ",":
        return False
    return tokens[a].text.casefold() in _given() or _bracketed_imprint(tokens, b)


def _bracketed_imprint(tokens: Sequence[Token], b: int) -> bool:
    """Whether an imprint in brackets follows token `b` (`(New Haven, CT: Yale University
    Press, 1998)`): Chicago's and İSNAD's notes, which write names given name first; GOST,
    which writes `Family I.`, never brackets its imprint."""
    opened = colon = False
    for k in range(b, len(tokens) - 1):
        text = tokens[k].text
        if text == "(":
            opened, colon = True, False
        elif text == ")":
            opened = False
        elif opened and text == ":":
            colon = True
        elif (
            opened
            and colon
            and len(text) == _YEAR_DIGITS
            and text.isdigit()
            and tokens[k - 1].text == ","
            and tokens[k + 1].text == ")"
        ):
            return True  # `, 1998)`: the imprint's year closes it (no access date's `.2022)`)
    return False


bracketed_imprint = _bracketed_imprint


@functools.cache
def _given() -> frozenset[str]:
    return frozenset(w.casefold() for w in given_names())


def shape_names(tokens: Sequence[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the words of surname-first author runs that are not names given to the
    title that follows them, or made the title when the imprint follows (`Жұмабаев М.
    Шығармалары. Алматы, …`)."""
    out = list(labels)
    if "author" not in out:
        return out
    i = out.index("author")
    while i < len(out):
        if out[i] != "author":
            i = out.index("author", i) if "author" in out[i:] else len(out)  # at C speed
            continue
        b = i
        while b < len(out) and out[b] == "author":
            b += 1
        folded = [t.text.casefold() for t in tokens[i:b]]
        joins = [False] * i + [bool(m & _JOINS) for m in lexicon().marks(folded)]
        _names, cut = surname_first(tokens, joins, i, b)
        if cut is not None and _middle_initials(tokens, i, cut, b):
            cut = None  # "Kenneth N. Waltz, Theory …": a given name, initials, the family
        if cut is not None:
            n = b
            while n < len(out) and out[n] == OTHER and tokens[n].text in ",.:;—–":
                n += 1
            if n < len(out) and out[n] == "title" and tokens[n - 1].text not in LONG_DASHES:
                out[cut:n] = ["title"] * (n - cut)
            elif n < len(out) and out[n] == "publisher-place" and tokens[b].text == ".":
                # `Жұмабаев М. Шығармалары. Алматы, …`, GOST's `Ниязов С. Рухнама. — Ашхабад:`
                out[cut:b] = ["title"] * (b - cut)
        i = b
    return out


_QUOTES: Final = {"“": "”", "«": "»", "„": "“", '"': '"'}
# labels a model may give to a piece of a quoted title
_IN_TITLE: Final = frozenset({"title", "issued", OTHER})


def quoted_titles(
    tokens: Sequence[Token], labels: Sequence[str], text: str | None = None
) -> list[str]:
    """`labels` with the words inside a pair of quotes that opens with the title all given
    to the title (a year, a number or a bracketed part label inside the quotes is part of
    it, `"(ML 16.1) K-means (part 1)"`), whatever punctuation opens the quotes. `text`,
    when given, is the text the tokens come from: without an opening quote it has no pair."""
    out = list(labels)
    if text is not None and not any(mark in text for mark in _QUOTES):
        return out
    i = 0
    while i < len(tokens):
        closer = _QUOTES.get(tokens[i].text)
        if closer is None:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == closer), None)
        if end is None:
            break
        if (head := _body_before_quote(tokens, out, i)) is not None:
            out[head:i] = ["author"] * (i - 1 - head) + [OTHER]
            out[i] = OTHER
        elif (given := _name_before_quote(tokens, out, i)) is not None:
            out[given:i] = given_back(tokens, given, i)
        inner = out[i + 1 : end]
        words = [k for k in range(i + 1, end) if tokens[k].text[0].isalnum()]
        first = next((label for label in inner if label != OTHER), None)
        if first == "title" and set(inner) <= _IN_TITLE and words and inner[-1] != "title":
            start = next(k for k in range(i + 1, end) if out[k] != OTHER)
            last = max(k for k in range(i + 1, end) if out[k] != OTHER)
            # a square-bracketed part is the title translated (`Başlık [Title]`), not the title
            if words[-1] > last and all(t.text != "[" for t in tokens[last + 1 : words[-1]]):
                last = words[-1] + (tokens[words[-1] + 1].text == ")")  # `(part 1)`
            out[start : last + 1] = ["title"] * (last + 1 - start)
        if first == "title" and _host_after_closer(tokens, out, i, end):
            k = end + 2
            while k < len(out) and out[k] == "title":
                out[k] = "container-title"
                k += 1
            out[end : end + 2] = [OTHER, OTHER]
        i = end + 1
    return out


def _host_after_closer(tokens: Sequence[Token], labels: Sequence[str], i: int, end: int) -> bool:
    """Whether the title the quote at `i` opens went on over its closing quote at `end` and a
    comma or a period into a host's words (`"Osmanlı'da Kölelik", Tarih ve Toplum 12/68`,
    a wiki's `"Kazakhstan". Human Rights Watch. Retrieved …`): the quotes close the title.
    Quotes inside a title (`Екі «КамАЗ», бір …`) open no title."""
    if labels[i] == "title" or (i > 0 and labels[i - 1] == "title"):
        return False
    if i > 0 and tokens[i - 1].text.isalnum():
        return False
    after = end + 2
    if after >= len(tokens) or tokens[end + 1].text not in ",." or labels[end - 1] != "title":
        return False
    if tokens[end + 1].text == ",":
        return labels[end] == labels[end + 1] == labels[after] == "title"
    # after a period the quote and the period may be the model's "other" (`"Nüfus". TÜİK.`)
    closed = {labels[end], labels[end + 1]} <= {"title", OTHER}
    return closed and labels[after] == "title" and _site_sentence(tokens, labels, after)


def _site_sentence(tokens: Sequence[Token], labels: Sequence[str], k: int) -> bool:
    """Whether the sentence at `k` after a quoted title and its period is a site's name, as a
    wiki's rendered template writes it (`"Kazakhstan". Human Rights Watch. Archived …`): the
    note ends after it or a date, an address or a label's word follows; not a book's further
    title before its imprint (`«Тарихи роман». Оку кұралы. — Алматы: …`)."""
    while k < len(tokens) and labels[k] == "title":
        k += 1
    while k < len(tokens) and tokens[k].text == ".":
        k += 1
    if k == len(tokens) or labels[k] in AFTER_SITE:
        return True
    named = labels[k] in (OTHER, "container-title", "publisher")  # a label, the site's owner
    return named and tokens[k].text[0].isalpha() and tokens[k].text[0].isupper()


_PEOPLE: Final = frozenset({"author", "editor", "translator"})
_NAME_WORDS: Final = 3  # given names written after a family name and its comma, at most


def _name_before_quote(tokens: Sequence[Token], labels: Sequence[str], i: int) -> int | None:
    """Where the end of a person's name starts that a title run took in before the quote at
    `i` that opens the title: initials after a name (`Дмитриев В. Т. "Title"`) or given names
    after a family name and its comma (`Галиев, Сәлімбай. "Title"`), whichever quote marks
    a site types. None when the run holds no such piece."""
    if labels[i] != "title":
        return None
    start = i
    while start > 0 and labels[start - 1] == "title":
        start -= 1
    if start < 2 or start == i or tokens[i - 1].text != ".":
        return None
    piece = tokens[start : i - 1]
    before = tokens[start - 2].text
    if labels[start - 2] in _PEOPLE and tokens[start - 1].text == "." and _is_initial(before):
        initials = all(
            _is_initial(t.text) if k % 2 == 0 else t.text == "." for k, t in enumerate(piece)
        )
        return start if initials else None  # `В. Т.`: the name's further initials
    comma = tokens[start - 1].text == "," and labels[start - 2] in _PEOPLE
    given = 0 < len(piece) <= _NAME_WORDS and all(t.text.istitle() for t in piece)
    return start if comma and given else None


def given_back(tokens: Sequence[Token], start: int, i: int) -> list[str]:
    """The labels of a name's end given back to the person before the quote at `i`: the
    words, and the period of a last initial; the period after given names closes the name."""
    last = "author" if _is_initial(tokens[i - 2].text) else OTHER
    return ["author"] * (i - 1 - start) + [last]


def _body_before_quote(tokens: Sequence[Token], labels: Sequence[str], i: int) -> int | None:
    """Where a body's name starts that the title run took in before the quote at `i` and its
    comma (`Türkmenistanyň Bilim ministrligi, "Täze okuw meýilnamasy"`), in a note with no
    author: the body wrote the quoted work. None when the run holds no body's name."""
    if i < 2 or labels[i] != "title" or labels[i - 1] != "title" or tokens[i - 1].text != ",":
        return None
    if "author" in labels:
        return None
    head = i - 1
    while head > 0 and labels[head - 1] == "title":
        head -= 1
    words = " ".join(t.text for t in tokens[head : i - 1])
    if head == i - 1 or any(t.text in _QUOTES for t in tokens[head : i - 1]):
        return None
    return head if is_organisation(words) else None


_BODY_WORDS: Final = 8  # the most words of a body's name that opens a note


def body_heading(tokens: Sequence[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a body's name and its period that open a title run given to the author,
    in a note with no author (Vancouver's and GOST's corporate author: `World Health
    Organization. Turkmenistan: health system review. Copenhagen: …`): a title has no period
    after a body's name; the body wrote the work."""
    out = list(labels)
    if not out or out[0] != "title" or "author" in out:
        return out  # most notes (at C speed)
    stop = next((k for k in range(1, min(len(out), _BODY_WORDS + 1)) if tokens[k].text in ".:"), 0)
    if not stop or tokens[stop].text != "." or stop + 1 >= len(out) or out[stop + 1] != "title":
        return out
    head = tokens[:stop]
    if not (head[0].text[:1].isupper() and all(t.text.isalpha() for t in head)):
        return out
    end = next((k for k in range(stop + 1, len(out)) if out[k] != "title"), len(out))
    rest = " ".join(t.text for t in tokens[stop + 1 : end])
    if not is_organisation(" ".join(t.text for t in head)) or is_organisation(rest):
        return out  # `Ministry of … . Bureau of …`: a page of a body's part, no author
    out[:stop] = ["author"] * stop
    out[stop] = OTHER
    return out
