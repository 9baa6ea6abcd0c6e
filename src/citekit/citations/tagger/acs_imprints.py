"""ACS names a book's house before its place, after the parts' semicolon: `Porous Carbon
Materials, 2nd ed.; Springer: Cham, 2019; pp 45–67.`, `In Kirk-Othmer Encyclopedia of Chemical
Technology; Wiley: Hoboken, NJ, 2003.`, `ACS Symposium Series 1342; American Chemical Society:
Washington, DC, 2019`. After a semicolon, the words before the colon are the publisher and the
city the lexicon knows after it (with its state: `Hoboken, NJ`), up to the comma before the
year, the place: the reverse of Chicago's `(London: Routledge, 2015)`. A title's last part read as a
place before that semicolon is the title's (`Otsenka, Prognoz, Upravlenie; Nur-Print: Almaty`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["house_before_place", "series_after_semicolon"]

_HOUSE: Final = 14  # tokens of a house's name at most (`Food and … Nations (FAO)`)
# tokens of a place, its state and country at most (`San Diego , CA`, `Halle ( Saale ) ,
# Germany`, MDPI's `Berlin / Heidelberg , Germany`)
_PLACE: Final = 8
_PLACE_MARKS: Final = frozenset(",/()")


def house_before_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with ACS's `; House: City, Year` read as the publisher and the place (see the
    module's doc)."""
    texts = text_set(tokens)
    if ";" not in texts or ":" not in texts:
        return found  # most notes
    n = len(tokens)
    for k in range(2, n - 3):
        if tokens[k].text != ":":
            continue
        s = next(
            (i for i in range(k - 1, max(k - _HOUSE - 2, -1), -1) if tokens[i].text == ";"), None
        )
        if s is None or s + 1 >= k or not tokens[s + 1].text[:1].isupper():
            continue
        if _person_or_sentence(tokens, s + 1, k):
            continue  # `; Jones, K. Land Use …: Almaty, Kazakhstan, 2000–2020.`: a person
        if "cities" in marks[s + 1] or "cities" not in marks[k + 1]:
            continue  # a city before the colon (Chicago's order), or none after it
        year = next(
            (y for y in range(k + 2, min(n, k + _PLACE + 2)) if is_year(tokens[y].text)), None
        )
        if year is None or tokens[year - 1].text != ",":
            continue
        if any(
            not (t.text[:1].isupper() or t.text in _PLACE_MARKS) for t in tokens[k + 1 : year - 1]
        ):
            continue
        out = painted(found, (OTHER, s + 1, year - 1))
        out = painted(out, ("publisher", s + 1, k))
        out = painted(out, ("publisher-place", k + 1, year - 1))
        return _title_before(tokens, out, s)
    return found


def _person_or_sentence(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` before the colon hold an initial's period or a sentence's end (a
    period before a capitalised word): a person and a title, no house (`Encyclopaedia
    Britannica, Inc.:` is one)."""
    for k in range(a + 1, b):
        if tokens[k].text != ".":
            continue
        before = tokens[k - 1].text
        spaced = k + 1 >= b or tokens[k + 1].start > tokens[k].end  # `B.V.`: an initialism
        if len(before) == 1 and before.isupper() and spaced:
            return True  # `Jones, K.`
        if k + 1 < b and tokens[k + 1].start > tokens[k].end and tokens[k + 1].text[:1].isupper():
            return True  # `… Heat Islands. Water`
    return False


def _title_before(tokens: list[Token], found: list[Run], s: int) -> list[Run]:
    """`found` with a title's last part after its comma, read as a place before the parts'
    semicolon at `s`, given back to the title (`Otsenka, Prognoz, Upravlenie; Nur-Print:`)."""
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label != "publisher-place" or b not in (s, s + 1) or tokens[a - 1].text != ",":
            continue
        before = next((run for run in reversed(found[:j]) if run[0] != OTHER), None)
        if before is not None and before[0] == "title" and before[2] == a - 1:
            return painted(painted(found, ("title", before[1], s)), (OTHER, s, s + 1))
    return found


_SERIES: Final = 8  # tokens of a series' name and its number at most


@functools.cache
def _number_words() -> frozenset[str]:
    """The words before a report's number (`[words] number_labels`: `No.`, `Nr.`, `N°`), as
    tokens (no period)."""
    return frozenset(w.rstrip(".") for w in shipped_words("number_labels") if w.rstrip("."))


@functools.cache
def _series_words() -> frozenset[str]:
    """The last words of the report's kinds (`[types] report`: `Discussion Paper`, `Brief`,
    `Report`): a series' name closes on one (`IAMO Discussion Paper No. 189`)."""
    return frozenset(kind.split()[-1] for kind in shipped_type_words("report") if kind.split())


def _volume_part(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are a volume's label and its number (`Vol. 1`, `T. 2`)."""
    return (
        b - a in (_LABELLED, _LABELLED + 1)
        and "Bvolume" in marks[a]
        and tokens[b - 1].text.isalnum()
        and (any(c.isdigit() for c in tokens[b - 1].text) or tokens[b - 1].text.isupper())
    )


_LABELLED: Final = 2  # a label and its number (`T 2`), or with its period between


def series_after_semicolon(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a series and its number after the title's semicolon given to the series
    and the issue (MDPI's `Title; IAMO Discussion Paper No. 189; Leibniz Institute …: Halle`):
    the parts' semicolon closes the title, as it closes each part."""
    if ";" not in text_set(tokens):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        while b > a and tokens[b - 1].text in ";,.":
            b -= 1  # the parts' semicolon the run took in
        semi = next((k for k in range(a + 2, b) if tokens[k].text == ";"), None)
        if semi is None or b - semi - 1 > _SERIES or not tokens[b - 1].text.isalnum():
            continue
        if _volume_part(tokens, marks, semi + 1, b):  # `Capital; Vol. 1; Penguin: London`
            volume: list[Run] = [
                ("title", a, semi),
                (OTHER, semi, semi + 1),
                ("volume", semi + 1, b),
            ]
            return [*found[:j], *volume, *found[j + 1 :]]
        no = next((k for k in range(semi + 2, b) if tokens[k].text in _number_words()), None)
        if no is None or not any(c.isdigit() for c in tokens[b - 1].text):
            continue
        words = tokens[semi + 1 : no]
        if not words or not all(t.text[:1].isupper() or t.text in "-&" for t in words):
            continue
        if words[-1].text not in _series_words():
            continue  # `Symphony No. 5; Piano Concerto No. 3`: two works, no series
        series: list[Run] = [
            ("title", a, semi),
            (OTHER, semi, semi + 1),
            ("collection-title", semi + 1, no),
            ("issue", no, b),
        ]
        return [*found[:j], *series, *found[j + 1 :]]
    return found
