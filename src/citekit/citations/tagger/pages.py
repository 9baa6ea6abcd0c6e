"""A periodical's page written as an extent: `Тәуелсіздік жылнамасы // Егемен Қазақстан. –
2021. – 16 желтоқсан. – 5 б.` An article in a paper or journal (a part after GOST's `//`
whose host has no publisher and no place) has pages, never a whole's extent: the number with
its page word after the host is the page. A host book's imprint (`// Сборник. — М. : Наука,
2010. — 320 с.`) keeps its extent. And the converse: a book's number with an extent's word
after it, last in a note with an imprint and no host (`Wiesbaden: Steiner, 1963. 558 S.`), is
its extent, never a page. A range of numbers with no access word the model called an access
date is the page (`Uluslararası İlişkiler 15 (2018): 1-22`): a date has its year. Of two
pages, the first labelled by a word that is also an issue's (Turkish `S.`: sayı and sayfa)
after a host is the issue (`Türk Kültürü, S. 245, Ankara 1983, s. 12-18`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, unlabelled_after
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = [
    "book_extent",
    "counted",
    "extent_words",
    "issue_before_page",
    "page_after_issue",
    "periodical_page",
    "range_is_page",
    "roman_count",
    "turkmen",
]

_IMPRINT: Final = frozenset({"publisher", "publisher-place", "page", "ISBN"})


def periodical_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the one extent after the host of a part (after its `//`) read as the
    page, when nothing of a book's imprint is in the note."""
    if "number-of-pages" not in (label for label, _, _ in found):
        return list(found)  # most notes (at C speed)
    slash = next(
        (k for k in range(len(tokens) - 1) if tokens[k].text == tokens[k + 1].text == "/"), None
    )
    if slash is None:
        return list(found)
    labels = [label for label, _, _ in found]
    if labels.count("number-of-pages") != 1 or not _IMPRINT.isdisjoint(labels):
        return list(found)
    host = next((a for label, a, _ in found if label == "container-title" and a > slash), None)
    j = labels.index("number-of-pages")
    if host is None or found[j][1] < host:
        return list(found)
    return [*found[:j], ("page", found[j][1], found[j][2]), *found[j + 1 :]]


_BOOK_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def book_extent(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the one page read from a book's last number, its page word after it an
    extent's word too and nothing after but a period (`… Wiesbaden: Steiner, 1963. 558 S.`),
    read as the extent: the note names a place or publisher and no host, and the number opens
    GOST's area of its own after a period (`. 558 S.`, `. – 558 S.`); after a comma it is the
    cited page (`Алматы, «Ана тілі», 1991, 57 бет.`)."""
    labels = [label for label, _, _ in found]
    if labels.count("page") != 1 or "container-title" in labels or _BOOK_IMPRINT.isdisjoint(labels):
        return list(found)  # most notes (at C speed)
    j = labels.index("page")
    _, a, b = found[j]
    last = _before_isbn(tokens, found)
    # what follows is no field's: one run, or several (`sayfa` `.`)
    if b - a != 1 or not tokens[a].text.isdecimal() or j + 1 >= last:
        return list(found)
    if any(run[0] != OTHER for run in found[j + 1 : last]):
        return list(found)
    worded = b < len(tokens) and counted(tokens, b) and not turkmen(tokens)
    front = a - 2 if a > 1 and tokens[a - 1].text in ",+" and roman_count(tokens[a - 2].text) else a
    if not (_area_opens(tokens, front) or (worded and tokens[front - 1].text == ",")):
        return list(found)  # `Aşgabat: Ylym, 1990, 45 sah.`: after a comma, the cited page
    rest = (OTHER, found[j + 1][1], found[last - 1][2])
    # the ISBN's word the model left with the page word (`304 s., ISBN …`) is no word of it
    rest = (OTHER, rest[1], next((k for k in range(*rest[1:]) if _isbn_word(tokens[k])), rest[2]))
    words = [k for k in range(rest[1], rest[2]) if tokens[k].text.isalnum()]
    if len(words) != 1 or words[0] != b:
        return list(found)
    if "Bpage" not in marks[b] or not ("Bextent" in marks[b] or worded):
        return list(found)  # `215 b.`: a page's word that counts the pages in its language
    if any(
        tokens[k].text not in (".," if last < len(found) else ".") for k in range(b + 1, rest[2])
    ):
        return list(found)
    return [*found[:j], ("number-of-pages", a, b), *found[j + 1 :]]


@functools.cache
def _counted_words() -> frozenset[str]:
    return frozenset(shipped_words("extent_counted"))


@functools.cache
def extent_words() -> frozenset[str]:
    """The words after a whole's count of pages (`[words] extent`, `extent_counted`)."""
    return frozenset(shipped_words("extent")) | _counted_words()


_TURKMEN: Final = frozenset("ňýžäŇÝŽÄ")  # letters of Turkmen that Turkish does not write


def turkmen(tokens: list[Token]) -> bool:
    """Whether the note is Turkmen's, which writes a cited page after its number (`Aşgabat:
    Ylym, 1990, 45 s.`) where Turkish writes it first (`s. 45`)."""
    return not _TURKMEN.isdisjoint("".join(text_set(tokens)))  # one scan of its texts


def counted(tokens: list[Token], k: int, words: frozenset[str] | None = None) -> bool:
    """Whether token `k` (with its period) is a page word that after a number counts the
    whole's pages in its language (`352 s.`, `304 с.`): the cited page's word goes first.
    `words` are the page words to read (`[words] extent_counted` unless given)."""
    word, words = tokens[k].text, _counted_words() if words is None else words
    dotted = k + 1 < len(tokens) and tokens[k + 1].text == "."
    # a whole word's period may be the sentence's (`608 sayfa.`)
    return (word + "." in words or word in words) if dotted else word in words


_ISBN_WORDS: Final = frozenset({"ISBN", "e-ISBN", "ISBN-13", "ISBN-10", ":", ",", ".", "-"})


def _isbn_word(token: Token) -> bool:
    """Whether `token` is the ISBN's own word (`ISBN`, `ISBN-13`)."""
    return token.text.upper().startswith("ISBN")


def _before_isbn(tokens: list[Token], found: list[Run]) -> int:
    """How many of `found` come before a closing ISBN and its word (`…, ISBN 975-…`)."""
    j = len(found)
    while (
        j > 0
        and found[j - 1][0] == OTHER
        and all(t.text in ".," for t in tokens[found[j - 1][1] : found[j - 1][2]])
    ):
        j -= 1
    if j == 0 or found[j - 1][0] != "ISBN":
        return len(found)
    j -= 1
    while j > 0 and all(
        t.text in _ISBN_WORDS or t.text.upper() == "ISBN"
        for t in tokens[found[j - 1][1] : found[j - 1][2]]
    ):
        j -= 1
    return j


def roman_count(text: str) -> bool:
    """Whether `text` is a Roman count of front matter (`XII`, `xiv`)."""
    return bool(text) and set(text) <= _ROMAN and (text.isupper() or text.islower())


_ROMAN: Final = frozenset("IVXLCivxlc")


def _area_opens(tokens: list[Token], a: int) -> bool:
    """Whether token `a` opens a description's area: a period before it, or a dash after one."""
    k = a - 1
    if k >= 1 and tokens[k].text in DASHES:
        k -= 1
    return k >= 0 and tokens[k].text == "."


_RANGE: Final = 3  # tokens of `1-22`
_TWO: Final = 2  # an issue and a page


def range_is_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an access date of two numbers and a dash, no year among them and no access
    word before them, read as the page: the model's `1-22` after a journal's `(2018):`."""
    out = list(found)
    if "page" in (label for label, _, _ in found):
        return out
    for j, (label, a, b) in enumerate(found):
        if label != "accessed" or b - a != _RANGE or tokens[a + 1].text not in DASHES:
            continue
        first, last = tokens[a].text, tokens[b - 1].text
        if not (first.isdecimal() and last.isdecimal()) or is_year(first) or is_year(last):
            continue
        before = found[j - 1] if j else (OTHER, 0, 0)
        if any("accessed" in marks[k] for k in range(before[1], a)):
            continue
        out[j] = ("page", a, b)
        break
    return out


_WORKS: Final = frozenset({"title", "container-title", "author"})


def _label_at(tokens: list[Token], a: int) -> int:
    """The label word just before token `a` (its period skipped), or -1."""
    k = a - 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    return k if k >= 0 and tokens[k].text.isalpha() else -1


def _small_label_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an issue read after a page, its label word in small letters and the
    page's in capitals (`S. 209, 1990, s. 1147-1170`, the two read the wrong way round),
    read as a second page (its range whole) for `issue_before_page` to judge."""
    pages = [j for j, run in enumerate(found) if run[0] == "page"]
    issues = [j for j, run in enumerate(found) if run[0] == "issue"]
    if len(pages) != 1 or len(issues) != 1 or issues[0] < pages[0]:
        return list(found)
    k = issues[0]
    _, a, b = found[k]
    word = _label_at(tokens, a)
    if word < 0 or not tokens[word].text.islower() or b - a != 1:
        return list(found)
    end = b
    if b + 1 < len(tokens) and tokens[b].text in DASHES and tokens[b + 1].text.isdecimal():
        end = b + 2  # `1147-1170`: the range whole
    if end > b and (k + 1 >= len(found) or found[k + 1][0] != OTHER or found[k + 1][2] < end):
        end = b
    rest = [(OTHER, end, found[k + 1][2])] if end > b and end < found[k + 1][2] else []
    after = found[k + 2 :] if end > b else found[k + 1 :]
    return [*found[:k], ("page", a, end), *rest, *after]


def issue_before_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first of two pages read as the issue when its label word is also an
    issue's, written in capitals, and it follows the host: a note cites one page, after the
    issue's number."""
    swapped = _small_label_issue(tokens, found)
    if swapped != found:  # `S. 209, 1990, s. 1147-1170` read the wrong way round
        judged = _issue_before_page(tokens, marks, swapped)
        return judged if judged != swapped else list(found)
    return _issue_before_page(tokens, marks, found)


def _issue_before_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    pages = [j for j, run in enumerate(found) if run[0] == "page"]
    labels = [label for label, _, _ in found]
    if len(pages) != _TWO or "issue" in labels or "container-title" not in labels[: pages[0]]:
        return list(found)
    j, k = pages
    first, second = _label_at(tokens, found[j][1]), _label_at(tokens, found[k][1])
    if first < 0 or second < 0 or "issue" not in marks[first]:
        return list(found)
    # Turkish writes the issue's `S.` in capitals, the page's `s.` not; an issue is one number
    if not (tokens[first].text.isupper() and tokens[second].text.islower()):
        return list(found)
    if found[j][2] - found[j][1] != 1 or any(label in _WORKS for label, _, _ in found[j + 1 : k]):
        return list(found)  # a range, or a second source's pages
    out = list(found)
    out[j] = ("issue", found[j][1], found[j][2])
    return out


def page_after_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Vancouver's page after the issue's bracket and its colon read as the page
    (`2020;20(1):1234`), or APA's article number after the bracket's comma (`13(9), 5012.`),
    when the model left it to no field and no page is in the note: after a
    journal's `(issue):` comes its page or article number."""
    j = unlabelled_after(found, "issue", "page")
    if j is None:
        return list(found)
    _, a, b = found[j]
    if b - a < _RANGE or tokens[a].text != ")" or tokens[a + 1].text not in (":", ","):
        return list(found)
    number = tokens[a + 2].text
    # APA's `13(9), 5012.`: an article's number alone before the note's period
    numbered = number.isdecimal()
    if tokens[a + 1].text == "," and not (numbered and (b == a + 3 or tokens[a + 3].text == ".")):
        return list(found)
    end = a + 3 if numbered else a + 2
    if end + 1 < b and tokens[end].text in DASHES and tokens[end + 1].text.isdecimal():
        end += 2  # `45-51`
    if end == a + 2:
        return list(found)
    rest = [(OTHER, end, b)] if end < b else []
    return [*found[:j], (OTHER, a, a + 2), ("page", a + 2, end), *rest, *found[j + 1 :]]


def range_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page range whose end the model read with the year after it as the date
    (ABNT's `p. 10-25, 2013`): the dash and the number after the page's first number close
    the range; the year after the comma is the date."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        after, c, d = found[j + 1]
        if label != "page" or after != "issued" or c != b or d - c < _RANGE + 1:
            continue
        if tokens[c].text not in DASHES or not tokens[c + 1].text.isdecimal():
            continue
        if is_year(tokens[c + 1].text) or not is_year(tokens[d - 1].text):
            continue
        if any(tok.text not in ",." for tok in tokens[c + 2 : d - 1]):
            continue
        runs = [("page", a, c + 2), (OTHER, c + 2, d - 1), ("issued", d - 1, d)]
        return [*found[:j], *runs, *found[j + 2 :]]
    return found


def range_after_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with APA's page range after a journal's volume and its comma read as the page
    (`Europe-Asia Studies, 67, 1101-1125.`), when the model left it to no field and it closes
    the note: after a volume and its comma comes the article's page range."""
    j = unlabelled_after(found, "volume", "page")
    if j is None or j != len(found) - 1:
        return found
    _, a, b = found[j]
    words = [t.text for t in tokens[a:b]]
    if len(words) < _RANGE + 1 or words[0] != "," or words[2] not in DASHES:
        return found
    if not (words[1].isdecimal() and words[3].isdecimal()) or any(w != "." for w in words[4:]):
        return found
    rest = [(OTHER, a + 4, b)] if a + 4 < b else []
    return [*found[:j], (OTHER, a, a + 1), ("page", a + 1, a + 4), *rest]


def dangling_range(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page range the model ended at its dash (`pp. 1502 –` + `1511, Apr.
    2020` read as a date) whole: the greater number after the dash is the range's end."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "page" or b - a < _RANGE - 1 or tokens[b - 1].text not in DASHES:
            continue
        first, (after, c, d) = tokens[b - 2].text, found[j + 1]
        second = tokens[c].text if c == b else ""
        if after == "page" or not (first.isdecimal() and second.isdecimal()):
            return found
        if (is_year(second) and len(second) > len(first)) or int(second) <= int(first):
            return found  # a year after a dash (`pp. 12 – 2020`) is no page
        rest = [(after, c + 1, d)] if c + 1 < d else []
        return [*found[:j], ("page", a, c + 1), *rest, *found[j + 2 :]]
    return found
