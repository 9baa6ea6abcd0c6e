"""A journal's volume in Roman numerals and its issue after a slash, glued: `Belleten,
XXIV/95, Ankara 1960`, İSNAD's `Belleten XXIV/95 (1960)`. Turkish editors write a journal's
volume so (its issue after the slash); a Roman number joined to a number by a bare slash right
after the host is no title's word and no page. And a number after a Roman volume and its comma,
closing the note (or before a closing remark in brackets: `I, 214 (193. mektup).`), is the
page (`“Kerbelâ”, DİA, XXV, 271.`): a volume's pages follow it. So
are a Roman number and a number after a book's imprint bracket, closing the note: the volume
and the page (İSNAD's `Gök-Türkler (Ankara: Türk Tarih Kurumu, 2003), I, 55.`). So are a
Roman number between commas and the number closing the note after a work's short form, the
Roman number read on with the title, the host or a person's name before it (`Kâtib Çelebi,
Keşfü'z-Zunûn, I, 233.`, `Mukaddime, çev. Süleyman Uludağ, II, 712.`, `“Kazan”, DİA, X,
365-371.`), or left to no field after the imprint's year (`Ankara: TTK, 1995, I, 120.`): a
work in volumes is cited by its volume and page so, and a title or a name ends on no lone Roman
number after a comma."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = [
    "dotted_volume",
    "labelled_roman",
    "page_after_roman_volume",
    "roman_before_place",
    "roman_volume_issue",
    "roman_volume_range",
    "volume_after_imprint",
    "volume_before_page",
]


def _roman_slash(tokens: list[Token], i: int) -> bool:
    """Whether tokens `i`, `i + 1`, `i + 2` are `XXIV`, `/`, `95`, glued, and no slash or digit
    is glued after them (a date's or a shelf mark's `XII/3/1905`)."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "/" or not tokens[i + 2].text.isdecimal():
        return False
    if not set(tokens[i].text) <= ROMAN:
        return False
    if not (tokens[i].end == tokens[i + 1].start and tokens[i + 1].end == tokens[i + 2].start):
        return False
    return i + 3 >= len(tokens) or tokens[i + 3].text not in "/-–."


def roman_volume_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the Roman volume and the issue after the host's name read as above, in a
    note with no issue and no other volume (at C speed for notes with no such host)."""
    labels = [run[0] for run in found]
    if "container-title" not in labels or "issue" in labels or labels.count("volume") > 1:
        return found
    _, _, h = found[labels.index("container-title")]
    i = h + 1 if h < len(tokens) and tokens[h].text == "," else h
    if not _roman_slash(tokens, i):
        if not _roman_slash(tokens, h - 1):
            return found
        i = h - 1  # the host's run took the volume in (`Belleten XXIV/95`)
    if i == h - 1 and tokens[i - 1].text == ",":
        return found
    if "volume" in labels and found[labels.index("volume")][1:] != (i, i + 1):
        return found  # the model read the volume as this number alone, or read another
    out = painted(found, ("volume", i, i + 1))
    return painted(out, ("issue", i + 2, i + 3))


def page_after_roman_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a Roman volume's comma, closing the note, read as the page,
    in a note with no page."""
    labels = [run[0] for run in found]
    if "volume" not in labels or "page" in labels:
        return found
    _, a, b = found[labels.index("volume")]
    if b - a != 1 or not set(tokens[a].text) <= ROMAN or b + 1 >= len(tokens):
        return found
    if tokens[b].text != "," or not tokens[b + 1].text.isdecimal():
        return found
    if not _closing(tokens, b + 2):
        return found
    return painted(found, ("page", b + 1, b + 2))


def _closing(tokens: list[Token], k: int) -> bool:
    """Whether the note closes at token `k`, or on a remark in brackets there that holds a word
    in small letters (`I, 214 (193. mektup).`, `XII, 45 (note 3).`)."""
    if tokens[k : k + 1] and tokens[k].text == "(":
        close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in "()"), None)
        if close is None or tokens[close].text != ")":
            return False
        if not any(t.text.isalpha() and t.text.islower() for t in tokens[k + 1 : close]):
            return False
        k = close + 1
    return all(t.text == "." for t in tokens[k:])


_IMPRINT: Final = frozenset({"publisher", "publisher-place", "issued"})


def volume_after_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `), I, 55.` after an imprint's bracket read as the volume and the page, in
    a note with neither."""
    labels = [run[0] for run in found]
    if "volume" in labels or "page" in labels or "issued" not in labels:
        return found
    end = len(tokens) - 1 if tokens and tokens[-1].text == "." else len(tokens)
    first = end - 5
    tail = [t.text for t in tokens[max(first, 0) : end]]
    if first < 1 or tail[:2] != [")", ","] or tail[3] != ",":
        return found
    if not set(tail[2]) <= ROMAN or not tail[4].isdecimal():
        return found
    bracket = next((run for run in found if run[2] in (first, first + 1)), None)
    if bracket is None or bracket[0] not in _IMPRINT:
        return found  # the bracket closes no imprint (`(1836-1856)` in a title)
    out = painted(found, ("volume", first + 2, first + 3))
    return painted(out, ("page", first + 4, first + 5))


# what took the number in: a title, a person's name, an encyclopedia's (`DİA, X, 365-371.`)
_HELD: Final = frozenset({"title", "container-title", "author", "editor", "translator"})


def volume_before_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `…, I, 233.` closing the note read as the volume and the page when a
    title's or a person's run took the Roman number in, in a note with no volume (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if "volume" in labels:
        return found
    end = len(tokens) - 1 if tokens and tokens[-1].text == "." else len(tokens)
    page = end - 3 if end > 3 and tokens[end - 2].text in DASHES else end - 1  # `365-371`
    first = page - 3  # `,`, `I`, `,`, the page
    if first < 2 or not all(t.text.isdecimal() for t in tokens[page:end:2]):
        return found
    tail = [t.text for t in tokens[first:page]]
    if tail[0] != "," or tail[2] != "," or not set(tail[1]) <= ROMAN:
        return found
    if any(run[0] == "issued" and run[2] == first for run in found) and all(
        run[0] == OTHER for run in found if run[2] > first
    ):  # `Ankara: TTK, 1995, I, 120.`: after the imprint's year, left to no field
        return painted(painted(found, ("volume", first + 1, first + 2)), ("page", page, end))
    held = next((run for run in found if run[1] < first and run[2] == first + 2), None)
    if held is None or held[0] not in _HELD:
        return found
    out = painted(painted(found, ("volume", first + 1, first + 2)), ("page", page, end))
    cut = (held[0], held[1], first)  # the name without the comma before the volume
    return [cut if run == (held[0], held[1], first + 1) else run for run in out]


# what a lone Roman number was misread as: a person (`DİA, XXXIX, İstanbul`), no field
_MISREAD: Final = frozenset({"author", "editor", "translator", "publisher", OTHER})


def volume_between_commas(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a lone Roman number between commas right after a host's or a title's name
    (İSNAD 1's `“Şeyhülislam”, DİA, XXXIX, İstanbul 2010`, `Tarih-i Cevdet, V, İstanbul 1309`,
    `EI², IV, Leiden 1978`) read as the volume, in a note with no volume: a name ends on no lone
    Roman number after a comma, and a work in volumes is cited by its volume right after its
    name."""
    volumed: bool | None = None  # whether a run is the volume's, asked at the first candidate
    for a in range(2, len(tokens) - 1):
        if tokens[a - 1].text != "," or tokens[a + 1].text != ",":
            continue
        if not set(tokens[a].text) <= ROMAN:
            continue
        if volumed is None:
            volumed = any(run[0] == "volume" for run in found)
        if volumed:
            return found
        named = next((run for run in found if run[1] <= a - 2 < run[2]), None)
        if named is None or named[0] not in ("container-title", "title"):
            continue
        if named[2] == a + 1:  # the name's run took the number in: the name ends before it
            cut = (named[0], named[1], a - 1)
            return [cut if run == named else run for run in painted(found, ("volume", a, a + 1))]
        held = next((run for run in found if run[1] <= a < run[2]), None)
        if held is None or held[0] not in _MISREAD or held[2] > a + 2:
            continue
        return painted(found, ("volume", a, a + 1))
    return found


def roman_before_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Roman number and its comma opening a place's run read as the volume, in a
    note with no volume: an encyclopedia's volume between its name and its place (`TDV İslâm
    Ansiklopedisi, XXIV, İstanbul 2001`, `Encyclopaedia Iranica, V, Costa Mesa: Mazda`); no
    place's name opens on a lone Roman number."""
    if any(run[0] == "volume" for run in found):
        return found
    for label, a, b in found:
        if label != "publisher-place" or b - a < 3 or tokens[a + 1].text != ",":
            continue
        if set(tokens[a].text) <= ROMAN and a > 0 and tokens[a - 1].text == ",":
            return painted(painted(found, ("volume", a, a + 1)), (OTHER, a + 1, a + 2))
    return found


_NUMBERED: Final = ("volume", "issue")


@functools.cache
def _labels(key: str) -> frozenset[str]:
    """A volume's or an issue's labels that are no page's (`S.`, `C.`: `S. XII–XV.` cites the
    front matter's pages)."""
    return bare_labels((key,)) - bare_labels(("page",))


def _opens(tokens: list[Token], k: int) -> bool:
    """Whether a one-letter label at `k` opens a sentence or an area after a word in small
    letters or a number (`наречий. Т. I–IV.`, `1947. – Т. XII.`), as an initial does not
    (`Young, S. L.`, `Smith J. T. V.`)."""
    i = k - 1
    if i >= 0 and tokens[i].text in DASHES:
        i -= 1
    if i < 1 or tokens[i].text != ".":
        return False
    word = tokens[i - 1].text
    return word.isdecimal() or (word.isalpha() and word.islower())


def _opens_title(tokens: list[Token], found: list[Run], k: int) -> bool:
    """Whether token `k` opens the note's first title run, or follows its opening quote (a
    later run the model read as a title after the host is no title)."""
    if k >= 1 and tokens[k - 1].text in OPENING_MARKS:
        return True  # `“Том II. «Топоніміка»”`: a quoted title's own words
    run = next((r for r in found if r[0] == "title"), None)
    return run is not None and run[1] == k


def _no_initial(tokens: list[Token], n: int) -> bool:
    """Whether the Roman number at `n` can be no initial: two letters or more (`XII`), or a
    range (`I–IV`)."""
    if len(tokens[n].text) > 1:
        return True
    return n + 2 < len(tokens) and tokens[n + 1].text in DASHES and set(tokens[n + 2].text) <= ROMAN


def labelled_roman(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Roman number right after a volume's or an issue's label and its period
    (`Вып. XVIII.`, `Issue XVIII,`, `Т. XII.`) read as that volume or issue, in a note the
    model gave none: a label names the number that follows it, Roman or not."""
    texts = text_set(tokens)
    out = found
    for key in _NUMBERED:
        labels = _labels(key)
        if texts.isdisjoint(labels) or any(run[0] == key for run in out):
            continue
        for k in range(len(tokens) - 1):
            if tokens[k].text not in labels or (k and tokens[k - 1].text.isalpha()):
                continue  # `Symphony No. IX`: a label inside a title's words
            n = k + 2 if tokens[k + 1].text == "." else k + 1
            if n >= len(tokens) or not set(tokens[n].text) <= ROMAN:
                continue
            if tokens[n].start == tokens[n - 1].end or _opens_title(tokens, out, k):
                continue  # `T.C.`: a state's initials; `«Том I. …»`: a title's own words
            if len(tokens[k].text) == 1 and not (_opens(tokens, k) and _no_initial(tokens, n)):
                continue  # `ed. T. V. Paul`, `pod red. S. V. Ivanova`: initials
            if n + 1 < len(tokens) and tokens[n + 1].text not in ".,;)–—":
                continue
            dashed = n + 2 < len(tokens) and tokens[n + 1].text in DASHES
            if dashed and not set(tokens[n + 2].text) <= ROMAN:
                continue  # `Том I — До питання …`: a part's own title after its number
            glued = n + 2 < len(tokens) and tokens[n + 2].start == tokens[n + 1].end
            if glued and tokens[n + 1].text == ".":
                continue  # `no. C.123-1954`: a code's letter, glued on
            out = painted(painted(out, (OTHER, k, n)), (key, n, n + 1))
            break
    return out


def roman_volume_range(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Roman volume's or issue's range whole (`Т. I–IV.`, `Vol. II–III.`, `Вып.
    III–IV.`): the volumes a work in several is cited by, the second number left to the
    title's run or to none."""
    for j, (label, a, b) in enumerate(found):
        if label not in ("volume", "issue") or b - a != 1 or not set(tokens[a].text) <= ROMAN:
            continue
        if a >= 2 and tokens[a - 2].text in bare_labels(("page",)):
            return found  # `C. XII–XV.`: front matter's pages, however the model read them
        if b + 1 >= len(tokens) or tokens[b].text not in DASHES:
            return found
        last = tokens[b + 1].text
        if not set(last) <= ROMAN or (b + 2 < len(tokens) and tokens[b + 2].text not in ".,;"):
            return found
        if any(
            run[1] < b + 2 and run[2] > b and run[0] not in (OTHER, "title")
            for run in found[j + 1 :]
        ):
            return found
        return painted(found, (label, a, b + 2))
    return found


def dotted_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with MLA's volume before its issue's period (`Gazi Akademik Bakış 11.21 (2017):
    57-76.`, as Google Scholar writes it) out of the host's name: a host's run that closes on a
    number glued to the issue's period, the date's bracket after the issue."""
    for label, a, b in found:
        if label != "container-title" or b - a < 2 or b + 2 >= len(tokens):
            continue
        number, period, issue = tokens[b - 1], tokens[b], tokens[b + 1]
        if not (number.text.isdecimal() and period.text == "." and issue.text.isdecimal()):
            continue
        if not (number.end == period.start and period.end == issue.start):
            continue
        if b + 2 >= len(tokens) or tokens[b + 2].text != "(" or tokens[b - 2].end == number.start:
            continue
        if any(run[0] == "volume" for run in found):
            return found
        out = painted(found, (label, a, b - 1))
        out = painted(out, ("volume", b - 1, b))
        return painted(out, ("issue", b + 1, b + 2))
    return found
