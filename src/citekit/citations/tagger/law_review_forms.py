"""How legal scholarship is cited in the law's own styles, the Bluebook and OSCOLA, whose
numbers stand where no other style puts them:

- OSCOLA's article: `‘Title’ (2019) 68 ICLQ 811, 829`: the year in brackets right after the
  quoted title, then the volume, the journal's (often abbreviated) name, its first page and the
  pinpoint. The numbers around the journal's name are no part of the title's run;
- OSCOLA's book: `Title (CUP 2008) 77`, `Title (2nd edn, Hart Publishing 2019) 45`: the
  bracket closing with the year holds the publisher, no place and no comma before the year;
- the Bluebook's book: `Title 214 (2d ed. 2018).`, `Title 117–18 (Thomas W. Wälde ed.,
  1996).`, `Title 245 (2d ed., Oxford Univ. Press 2012).`: the number (or range) between the
  title and the bracket that holds the year and only the edition, editors and house before it
  (an edition's or editors' word among them, when a house is named: OSCOLA's `Title (CUP
  2008)` has none, and `Catch 22 (Knopf 1961)` is a title's number) is the page cited, not
  the title's; a year (`The Age of Empire 1875–1914`) never is;
- the Bluebook's editors: `(Thomas W. Wälde ed., 1996)`: the names before `ed.`/`eds.` in the
  bracket closing with the year, one of them at least with an initial or a listed given name
  (`(Norton Critical ed., 2002)` names an edition).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = ["law_review_forms"]

_YEAR: Final = 4  # digits of a year
_NUMBER: Final = 5  # digits of a volume or a page at most
_JOURNAL: Final = 14  # tokens of a journal's abbreviated name at most (`Ann . Rev . L . & Soc`)
_HOUSE: Final = 4  # words of a publisher's name in the year's bracket at most
_CLOSING: Final = frozenset({"’", "”", "»", "'", '"'})
_TITLE: Final = frozenset({"title", "container-title"})
_EDITION: Final = frozenset({"edn", "ed", "rev", "eds", "edition"})  # the edition's words
_JOINERS: Final = frozenset({"&", "'", "’", ".", "—"})  # `ICSID Rev.—Foreign Inv. L.J.`
_ORDINALS: Final = frozenset({"d", "nd", "rd", "th", "st"})  # `2d ed.`: an ordinal's letters
_WORDS: Final = 3  # a title's words before a page when a house shares the year's bracket
_NAME_JOINS: Final = frozenset({",", "&"})
_NAME_WORDS: Final = 5
_SMALL: Final = frozenset({"of", "and", "for", "the", "on"})  # a journal's small words


def _number(word: str) -> bool:
    return word.isdecimal() and len(word) <= _NUMBER


def _year(word: str) -> bool:
    return word.isdecimal() and len(word) == _YEAR


def _tail_end(tokens: list[Token], k: int) -> bool:
    """Whether only the note's closing marks follow token `k`."""
    return all(not t.text[0].isalnum() and t.text not in "([" for t in tokens[k:])


def _tail_after_bracket(tokens: list[Token], k: int) -> bool:
    """Whether the year's bracket closes the citation at token `k`: the note's end, its
    address after a comma (`(2021), https://doi.org/…`) or an explanatory parenthetical
    (`(2022) (documenting …)`)."""
    if _tail_end(tokens, k) or (k < len(tokens) and tokens[k].text == "("):
        return True
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return tokens[k].text == "," and after.startswith(("http", "www.", "doi"))


def _journal_end(tokens: list[Token], k: int) -> int | None:
    """The end of a journal's name opening at `k` (capitalised words and their dots,
    ampersands and apostrophes: `ICLQ`, `Va . L . Rev .`), when a page's number follows it."""
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return None
    end = k
    while end < len(tokens) and end - k < _JOURNAL:
        word = tokens[end].text
        elided = end > k and tokens[end - 1].text in {"'", "’"}  # `Int'l`: its `l`
        if not (word[:1].isupper() or word in _JOINERS or elided or word in _SMALL):
            break
        end += 1
    return end if end < len(tokens) and _number(tokens[end].text) else None


def _issue_bracket(tokens: list[Token], k: int) -> bool:
    """Whether an issue's number in brackets opens at token `k`, glued to the volume (`(3)`)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == "("
        and tokens[k].start == tokens[k - 1].end
        and _number(tokens[k + 1].text)
        and tokens[k + 2].text == ")"
    )


def _oscola_article(tokens: list[Token], labels: list[str]) -> None:
    """`‘Title’ (2019) 68 ICLQ 811, 829`, `‘Title’ (2021) 46(3) Water International 321, 330`:
    year, volume (its issue), journal, first page and pinpoint."""
    for i in range(1, len(tokens) - 6):
        if tokens[i].text not in _CLOSING or labels[i - 1] not in _TITLE:
            continue
        if tokens[i + 1].text != "(" or not _year(tokens[i + 2].text) or tokens[i + 3].text != ")":
            continue
        if not _number(tokens[i + 4].text):
            continue
        named = i + 5  # where the journal's name opens: after the issue's bracket (`46(3)`)
        if _issue_bracket(tokens, named):
            named += 3
        first = _journal_end(tokens, named)
        if first is None:
            continue
        labels[i + 1 : i + 4] = [OTHER, "issued", OTHER]
        labels[i + 4] = "volume"
        if named > i + 5:
            labels[i + 5 : named] = [OTHER, "issue", OTHER]
        labels[named:first] = ["container-title"] * (first - named)
        pin = first + 2
        if pin < len(tokens) and tokens[first + 1].text == "," and _number(tokens[pin].text):
            labels[first], labels[first + 1], labels[pin] = OTHER, OTHER, "page"
        else:
            labels[first] = "page"
        return


def _title_goes_on(tokens: list[Token], labels: list[str], c: int) -> bool:
    """Whether the words the model left unread before the comma at `c` go on the title run
    before them (`The Afterlife of Strasbourg Case| Law in Russian Courts, 33 …`)."""
    a = c - 1
    while a > 0 and labels[a - 1] == OTHER and tokens[a - 1].text[:1].isalpha():
        a -= 1
    return a > 0 and labels[a - 1] == "title" and tokens[c - 1].text[:1].isalpha()


def _title_before(tokens: list[Token], labels: list[str], c: int) -> None:
    """The run before the comma at `c` as the title, when the model read it as a second name
    after the author's comma (`Mark Tushnet, Authoritarian Constitutionalism, 100 …`) or as
    the host (the journal is the one after the volume)."""
    if labels[c - 1] == "title":
        return
    if labels[c - 1] == OTHER:  # the title's words the model left unread
        a = c - 1
        while labels[a - 1] == OTHER:
            a -= 1
        labels[a:c] = ["title"] * (c - a)
        return
    a = c - 1
    while a > 0 and tokens[a - 1].text != ",":
        a -= 1
    if labels[c - 1] == "container-title" or (
        a >= 2 and labels[c - 1] == "author" and "author" in labels[: a - 1]
    ):
        labels[a:c] = ["title"] * (c - a)


def _bluebook_article(tokens: list[Token], labels: list[str]) -> None:
    """`Title, 97 Va. L. Rev. 1573, 1590 (2011).`: after the title's comma, the volume, the
    journal's abbreviated name, the first page, the pinpoint and the year's bracket closing
    the note."""
    for c in range(1, len(tokens) - 5):
        if tokens[c].text != "," or not _number(tokens[c + 1].text):
            continue
        if labels[c - 1] == OTHER and not _title_goes_on(tokens, labels, c):
            continue
        first = _journal_end(tokens, c + 2)
        if first is None:
            continue
        page = first
        if (
            first + 2 < len(tokens)
            and tokens[first + 1].text == ","
            and _number(tokens[first + 2].text)
        ):
            page = first + 2
        a = page + 1
        close = next((k for k in range(a, min(len(tokens), a + 6)) if tokens[k].text == ")"), -1)
        if (
            a >= len(tokens)
            or tokens[a].text != "("
            or close < 0
            or not _year(tokens[close - 1].text)
        ):
            continue
        if not _tail_after_bracket(tokens, close + 1):
            continue
        _title_before(tokens, labels, c)
        labels[c] = OTHER
        labels[c + 1] = "volume"
        labels[c + 2 : first] = ["container-title"] * (first - c - 2)
        labels[first : close + 1] = [OTHER] * (close + 1 - first)
        labels[page], labels[close - 1] = "page", "issued"
        if close + 1 < len(tokens) and tokens[close + 1].text == "(":  # `(documenting …)`
            shut = next((k for k in range(close + 2, len(tokens)) if tokens[k].text == ")"), None)
            end = len(tokens) if shut is None else shut + 1
            labels[close + 1 : end] = [OTHER] * (end - close - 1)  # a comment, no field
        return


def _house_bracket(tokens: list[Token], marks: list[set[str]], a: int) -> tuple[int, int] | None:
    """The publisher's tokens in an OSCOLA bracket opening at `a` (`(CUP 2008)`, `(2nd edn,
    Hart 2019)`), as (start, end), or None: capitalised words right before the year, which no
    place or month is."""
    close = next((k for k in range(a + 1, min(len(tokens), a + 12)) if tokens[k].text == ")"), -1)
    if close < a + 3 or not _year(tokens[close - 1].text):
        return None
    start = a + 1
    inside = [t.text for t in tokens[a + 1 : close - 1]]
    if "," in inside:  # `(2nd edn, OUP 2019)`: the edition before the comma
        comma = a + 1 + inside.index(",")
        if not _EDITION & {t.text.casefold() for t in tokens[a + 1 : comma]}:
            return None
        start = comma + 1
    house = tokens[start : close - 1]
    if (
        not house
        or len(house) > _HOUSE
        or not all(t.text[:1].isupper() or t.text == "&" for t in house)
    ):
        return None
    if any(m & {"cities", "month"} for m in marks[start : close - 1]):
        return None  # `(Oxford 2015)`: a place; `(ECtHR 13 April 2017)`: a date
    return start, close - 1


def _oscola_book(tokens: list[Token], marks: list[set[str]], labels: list[str]) -> None:
    """`Title (CUP 2008) 77`: the bracket closing with the year after a title holds its house."""
    for a in range(1, len(tokens) - 3):
        if tokens[a].text != "(" or labels[a - 1] not in _TITLE:
            continue
        found = _house_bracket(tokens, marks, a)
        if found is None:
            continue
        start, end = found
        after = end + 2  # past the year and the bracket
        if not (_tail_end(tokens, after) or (after < len(tokens) and _number(tokens[after].text))):
            continue
        labels[a + 1 : end + 2] = [OTHER] * (end + 1 - a)
        labels[start:end] = ["publisher"] * (end - start)
        labels[end] = "issued"
        if after < len(tokens) and _number(tokens[after].text) and _tail_end(tokens, after + 1):
            labels[after] = "page"
        return


def _bluebook_page(tokens: list[Token], labels: list[str]) -> None:
    """`Title 214 (2d ed. 2018).`: the number closing the title before the year's bracket that
    ends the note is the page cited."""
    for a in range(2, len(tokens) - 2):
        if tokens[a].text != "(" or not _number(tokens[a - 1].text) or labels[a - 1] not in _TITLE:
            continue
        close = next((k for k in range(a + 1, len(tokens)) if tokens[k].text == ")"), -1)
        if close < 0 or not _year(tokens[close - 1].text):
            continue
        if not _tail_after_bracket(tokens, close + 1):
            continue  # … the note's end, or a comment's bracket (`(unpublished Ph.D. …)`)
        if not all(_in_book_bracket(t.text) for t in tokens[a + 1 : close - 1]):
            continue  # not the Bluebook's year, edition, editor and house alone
        first = a - 1  # a range's first page: `117–18 (2d ed. 2009)`
        if a > 3 and tokens[a - 2].text in DASHES and _number(tokens[a - 3].text):
            first = a - 3
        if labels[first - 1] not in _TITLE or not tokens[first - 1].text[:1].isalpha():
            continue
        if _year(tokens[first].text):
            continue  # `Agenda 2030 (UN 2015)`, `The Age of Empire 1875–1914 (…)`: a title's years
        inside = {t.text.casefold() for t in tokens[a + 1 : close - 1]}
        housed = any(t.text[:1].isupper() for t in tokens[a + 1 : close - 1])
        if housed and inside.isdisjoint(_EDITION):
            continue  # `Catch 22 (Knopf 1961)`, OSCOLA's `Title (CUP 2008)`: a title's number
        if housed and sum(t.text.isalpha() for t in tokens[first - _WORDS : first]) < _WORDS:
            continue  # `Fahrenheit 451 (Ballantine Books ed. 1991)`: a short title's number
        if "author" not in labels[: first - 1]:
            continue  # a work by its author, as the Bluebook cites books
        labels[first:a] = ["page"] * (a - first)
        return


def _in_book_bracket(word: str) -> bool:
    """Whether a token may stand in a Bluebook book's bracket before its year: the edition's
    words (`2d ed.`), an editor's or a house's capitalised names (`Thomas W. Wälde ed.,`,
    `Oxford Univ. Press`) and their marks; no sentence's small words (`holding that`)."""
    folded = word.casefold()
    return (
        folded in _EDITION
        or folded in _ORDINALS
        or word.isdecimal()
        or word[:1].isupper()
        or word in _JOINERS
        or word == ","
    )


@functools.cache
def _editor_words() -> frozenset[str]:
    """The editors' abbreviated words, without their period (`[words] editor`: `ed.`, `eds.`,
    `Hrsg.`), casefolded: the word before the bracket's comma and year."""
    words = (w for w in shipped_words("editor") if w.endswith(".") and " " not in w)
    return frozenset(w[:-1].casefold() for w in words if w[:1].isalpha())


def _bluebook_editors(tokens: list[Token], labels: list[str]) -> None:
    """`(Thomas W. Wälde ed., 1996)`, `(Andrea K. Bjorklund, Ian A. Laird & Sergey Ripinsky
    eds., 2009)`: the Bluebook's editors before their word, in the bracket closing with the
    year; each name its capitalised words and initials, joined by commas and `&`."""
    for a in range(1, len(tokens) - 6):
        if tokens[a].text != "(":
            continue
        close = next((k for k in range(a + 1, len(tokens)) if tokens[k].text in "()"), -1)
        if close < a + 6 or tokens[close].text != ")" or not _year(tokens[close - 1].text):
            continue
        word = close - 4
        if [t.text for t in tokens[word + 1 : close - 1]] != [".", ","]:
            continue
        if tokens[word].text.casefold() not in _editor_words():
            continue
        pieces: list[tuple[int, int]] = []
        start = a + 1
        for k in range(a + 1, word + 1):
            if k == word or tokens[k].text in _NAME_JOINS:
                pieces.append((start, k))
                start = k + 1
        if not all(_bracket_name(tokens, x, y) for x, y in pieces):
            continue
        if not any(_initialled_or_given(tokens, x, y) for x, y in pieces):
            continue  # `(Norton Critical ed., 2002)`, `(New York ed., 1909)`: an edition's name
        labels[a + 1 : close + 1] = [OTHER] * (close - a)
        for x, y in pieces:
            labels[x:y] = ["editor"] * (y - x)
        labels[close - 1] = "issued"
        _chapter_pages(tokens, labels, a)
        return


def _chapter_pages(tokens: list[Token], labels: list[str], a: int) -> None:
    """A chapter's first page and the pinpoint before its editors' bracket at `a` (`Book 211,
    219–22 (… eds., 2009)`): the pinpoint is the page cited, the first page no volume."""
    pin = a - 1
    if pin > 0 and tokens[pin].text.isdecimal() and tokens[pin - 1].text in DASHES:
        pin -= 2
    if pin < 2 or not _number(tokens[pin].text) or tokens[pin - 1].text != ",":
        return
    first = pin - 2
    if not _number(tokens[first].text) or labels[first - 1] not in _TITLE:
        return
    if _year(tokens[first].text):
        return  # `in Russia and Central Asia, 1800–1917, 45 (…)`: the host's years
    labels[first:pin] = [OTHER, OTHER]
    labels[pin:a] = ["page"] * (a - pin)


def _initialled_or_given(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a name holds an initial (`Thomas W. Wälde`) or opens on a given name a language
    file lists (`Sergey Ripinsky`)."""
    if any(len(t.text) == 1 and t.text.isupper() for t in tokens[a:b]):
        return True
    return lower(tokens[a].text) in given_names()


def _bracket_name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`–`b` are one person's name: two to five capitalised words and
    initials with their periods, a capitalised word last."""
    words = [t.text for t in tokens[a:b] if t.text != "."]
    return (
        2 <= len(words) <= _NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and tokens[b - 1].text != "."
        and len(tokens[b - 1].text) > 1
    )


def law_review_forms(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with the Bluebook's and OSCOLA's numbers around a bracketed year read as the
    year, volume, journal, publisher and page they are."""
    out = list(labels)
    if "(" not in text_set(tokens):
        return out  # no bracket (most notes)
    _oscola_article(tokens, out)
    _bluebook_article(tokens, out)
    _oscola_book(tokens, marks, out)
    _bluebook_page(tokens, out)
    _bluebook_editors(tokens, out)
    return out
