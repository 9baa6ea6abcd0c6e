"""A host's title holds its own commas (İSNAD's `Türk Dış Politikası: Kurtuluş Savaşından
Bugüne Olgular, Belgeler, Yorumlar, C. II, ed. Baskın Oran, İstanbul: İletişim …`): the words
after the host's (or the title's) comma that the model called a place, when no lexicon knows
them as one and the note's imprint names its place later, before the publisher's colon or as a
city the lexicon knows (`…, İletişim Yayınları, İstanbul 2001`), are the host's (the title's): a
book has one place of publication, written in its imprint. So is a year written right after
the host's name, no mark between, before the volume's or issue's label, when the note dates
the issue later in its own bracket (`"…", Kadın/Woman 2000, C. 1, S. 1 (2000), s. 1-42.`): an
issue has one date (ACS writes the year there, then the bare volume: `Journal 2002, 141`). A
place run that holds a list of words no lexicon knows before a known city's own sentence or comma
(`Şiddet: Eylem, Neden, Çözüm, Ankara, Turhan`, `L’Empire des steppes. Attila, Gengis-Khan,
Tamerlan. Paris: Payot`) gives those words back to the title before it: the place is the
city. And a known city read as a second title, right before the year (`…, YKY, İstanbul 2003`),
is the place: İSNAD 1's imprint writes `Place Year`, and no title is followed by a bare year;
the note's one host is then its title when no serial's word names it (`Türk Dili Tarihi, C. I,
… Yay., İstanbul 1958`: a book in volumes)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.tokens import Token

_YEAR: Final = 4  # digits of a year

__all__ = ["city_after_title", "place_in_host", "year_in_host"]

_HOST: Final = "container-title"
_PLACE: Final = "publisher-place"
_NUMBERS: Final = frozenset({"volume", "issue"})


def _imprint_place(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether a place run after run `j` closes before the publisher's colon."""
    return any(
        label == _PLACE and b < len(tokens) and tokens[b].text == ":"
        for label, _, b in found[j + 1 :]
    )


def place_in_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the unknown place right after a host's comma read with the host."""
    labels = [run[0] for run in found]
    if labels.count(_PLACE) < 2 or (_HOST not in labels and "title" not in labels):
        return found
    for j in range(len(found) - 3):
        named = found[j][0]
        if named not in (_HOST, "title") or found[j + 1][0] != OTHER or found[j + 2][0] != _PLACE:
            continue
        _, a, _ = found[j]
        _, c, d = found[j + 1]
        _, e, f = found[j + 2]
        if [t.text for t in tokens[c:d]] != [","] or f >= len(tokens) or tokens[f].text != ",":
            continue
        if any(marks[k] & PLACE_MARKS for k in range(e, f)):
            continue
        if not (_imprint_place(tokens, found, j + 2) or _known_place(marks, found, j + 2)):
            continue
        return [*found[:j], (named, a, f), *found[j + 3 :]]
    return found


def _known_place(marks: list[set[str]], found: list[Run], j: int) -> bool:
    """Whether a place run after run `j` is a city the lexicon knows (`…, İstanbul 2001`)."""
    return any(
        label == _PLACE and all(marks[k] & PLACE_MARKS for k in range(a, b))
        for label, a, b in found[j + 1 :]
    )


def _bracketed(tokens: list[Token], run: Run) -> bool:
    _, a, b = run
    return a > 0 and b < len(tokens) and tokens[a - 1].text == "(" and tokens[b].text == ")"


def year_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year glued by a space to the host's name read with the name, when a
    bracketed date follows."""
    dates = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dates) < 2 or not _bracketed(tokens, found[dates[-1]]):
        return found
    j = dates[0]
    if j == 0 or found[j - 1][0] != _HOST:
        return found
    _, a, b = found[j - 1]
    _, c, d = found[j]
    if b != c or d - c != 1 or not tokens[c].text.isdecimal() or _bracketed(tokens, found[j]):
        return found
    if d >= len(tokens) or tokens[d].text != ",":
        return found
    if j + 2 >= len(found) or found[j + 1][0] != OTHER or found[j + 2][0] not in _NUMBERS:
        return found
    _, e, f = found[j + 1]
    if not any(t.text.isalpha() for t in tokens[e:f]):
        return found  # ACS's `Journal 2002, 141, 39-78`: the year, then the bare volume
    return [*found[: j - 1], (_HOST, a, d), *found[j + 1 :]]


_CITY: Final = "cities"
_SEPARATORS: Final = frozenset({",", "."})


def city_after_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the unknown words a place run took before its city given to the title."""
    for j in range(len(found) - 2):
        if found[j][0] != "title" or found[j + 1][0] != OTHER or found[j + 2][0] != _PLACE:
            continue
        _, a, _ = found[j]
        _, c, d = found[j + 1]
        _, e, f = found[j + 2]
        if [t.text for t in tokens[c:d]] not in ([","], ["."]):
            continue
        cut = max((k for k in range(e, f) if tokens[k].text in _SEPARATORS), default=None)
        if cut is None or cut + 1 >= f or "B" + _CITY not in marks[cut + 1]:
            continue
        if not all(_CITY in marks[k] for k in range(cut + 1, f)):
            continue
        if any(marks[k] & PLACE_MARKS for k in range(e, cut)):
            continue  # `Boca Raton, FL`, `Washington, DC`: a known place's own parts
        if not tokens[e].text[:1].isupper() or not any(
            tokens[k].text in _SEPARATORS for k in range(e, cut)
        ):
            continue  # `TTK, Ankara`: one name before the city is the publisher's
        return [
            *found[:j],
            ("title", a, cut),
            (OTHER, cut, cut + 1),
            (_PLACE, cut + 1, f),
            *found[j + 3 :],
        ]
    return found


def city_before_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known city the model read as the title, set off by the comma before it
    and written right before the year (İSNAD 1's imprint, `…, YKY, İstanbul 2003, C. 3`), read
    as the place, when the note names its work in a run before it (its title or its host): a
    title is followed by no year with no mark between, a book's imprint is."""
    named = False
    for i, (label, a, b) in enumerate(found):
        if label == "title" and named and a > 0 and tokens[a - 1].text == ",":
            after = found[i + 1] if i + 1 < len(found) else None
            if (
                after is not None
                and after[0] == "issued"
                and after[1] == b
                and tokens[b].start > tokens[b - 1].end
                and len(tokens[b].text) == _YEAR
                and tokens[b].text.isdecimal()
                and all(marks[k] & PLACE_MARKS for k in range(a, b))
            ):
                out = list(found)
                out[i] = ("publisher-place", a, b)
                return _host_titled(marks, out)
        named = named or label in ("container-title", "title")
    return found


_SERIAL_MARKS: Final = frozenset({"journal", "newspaper", "conference", "encyclopedia"})


def _host_titled(marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with its one host read as the title when no title is left (`Türk Dili Tarihi, C.
    I, … Yay., İstanbul 1958`: the book the model read as a host, its place as the title), and
    no serial's word names the host."""
    labels = [run[0] for run in found]
    if "title" in labels or labels.count("container-title") != 1:
        return found
    k = labels.index("container-title")
    _, a, b = found[k]
    if any(marks[j] & _SERIAL_MARKS for j in range(a, b)):
        return found
    return [*found[:k], ("title", a, b), *found[k + 1 :]]
