"""A journal's volume in Roman numerals and its issue after a slash, glued: `Belleten,
XXIV/95, Ankara 1960`, İSNAD's `Belleten XXIV/95 (1960)`. Turkish editors write a journal's
volume so (its issue after the slash); a Roman number joined to a number by a bare slash right
after the host is no title's word and no page. And a number after a Roman volume and its comma,
closing the note, is the page (`“Kerbelâ”, DİA, XXV, 271.`): a volume's pages follow it. So
are a Roman number and a number after a book's imprint bracket, closing the note: the volume
and the page (İSNAD's `Gök-Türkler (Ankara: Türk Tarih Kurumu, 2003), I, 55.`). So are a
Roman number between commas and the number closing the note after a work's short form, the
Roman number read on with the title, the host or a person's name before it (`Kâtib Çelebi,
Keşfü'z-Zunûn, I, 233.`, `Mukaddime, çev. Süleyman Uludağ, II, 712.`, `“Kazan”, DİA, X,
365-371.`), or left to no field after the imprint's year (`Ankara: TTK, 1995, I, 120.`): a
work in volumes is cited by its volume and page so, and a title or a name ends on no lone Roman
number after a comma."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = [
    "page_after_roman_volume",
    "roman_before_place",
    "roman_volume_issue",
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
    if any(t.text != "." for t in tokens[b + 2 :]):
        return found
    return painted(found, ("page", b + 1, b + 2))


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
