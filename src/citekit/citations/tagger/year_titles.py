"""A year that opens or closes a title (`Türkiye İş Bankası A.Ş., 2022 Faaliyet Raporu,
İstanbul, 2023`, `OPEC (2020) Annual Statistical Bulletin 2020.`): a report of a year is named
by it. The model
reads the year as the work's date and the words after it as the title; when the year touches
the title's words (no mark between them) and another date dates the work, the year is the
title's own."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue

_SUBTITLE: Final = 24  # tokens of a subtitle after the slashed years at most

__all__ = [
    "bracketed_original",
    "bracketed_original_year",
    "date_inside_title",
    "slashed_years_title",
    "year_closing_title",
    "year_opening_title",
]

_DATES: Final = 2  # the year in the title and the work's date
_BRACKETED: Final = 3  # tokens of `1867 ] 1990` at least
_CLOSING: Final = frozenset({".", ",", ":", ";"})  # what may follow a title's closing year


def year_opening_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a year given to the title (see the module's doc)."""
    dated = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dated) < _DATES:
        return found
    for j in dated[:-1]:
        _, a, b = found[j]
        if b - a != 1 or not is_year(tokens[a].text) or j + 1 >= len(found):
            continue
        label, c, d = found[j + 1]
        if label != "title" or c != b or not tokens[c].text[:1].isupper():
            continue
        before = found[j - 1] if j else None
        if before is not None and (before[0] != OTHER or tokens[before[2] - 1].text != ","):
            continue
        return [*found[:j], ("title", a, d), *found[j + 2 :]]
    return found


def year_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year that closes the title, touching its words, given to it when a date
    before the title dates the work (`OPEC (2020) Annual Statistical Bulletin 2020. 55th edn.`):
    a yearly publication is named by its year; so is a sentence of that same year alone after
    the title's period (`Росстат (2022). Российский статистический ежегодник. 2022. М.:`)."""
    dated = [j for j, run in enumerate(found) if run[0] == "issued"]
    if len(dated) < _DATES:
        return found
    for j in dated[1:]:
        _, a, b = found[j]
        if b - a != 1 or not is_year(tokens[a].text) or j == 0:
            continue
        label, c, d = found[j - 1]
        t = j - 1
        if label == OTHER and d == a and c == a - 1 and tokens[c].text == "." and j >= 2:
            if not _same_year(tokens, found, dated, j):
                continue  # `Ежегодник. 2022.` after `(2022)`: the yearbook's own year sentence
            t = j - 2
            label, c, d = found[t]
            if not _yearly(tokens, c, d):
                continue  # `Kitap. 2019. Ankara`: a book's date written again
            d = a if d == a - 1 else d
        if label != "title" or d != a or not any(k < t for k in dated):
            continue
        if b < len(tokens) and tokens[b].text not in _CLOSING:
            continue
        return [*found[:t], ("title", c, b), *found[j + 1 :]]
    return found


def _yearly(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the title at `a`..`b` names a yearly publication (`[types] periodical_kind`,
    `report` words: `ежегодник`, `yearbook`, `Yıllığı`)."""
    words = " ".join(t.text for t in tokens[a:b])
    return has_type_cue("periodical_kind", words) or has_type_cue("report", words)


def _same_year(tokens: list[Token], found: list[Run], dated: list[int], j: int) -> bool:
    """Whether the year of the date run `j` is the year of a date run before it."""
    year = tokens[found[j][1]].text
    return any(
        tokens[k].text == year for i in dated if i < j for k in range(found[i][1], found[i][2])
    )


def bracketed_original_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Chicago's original year in square brackets before the edition's (`London:
    Penguin, [1867] 1990`) read as a date of its own, apart from the edition's: the work's date
    is the edition's, the bracketed one its original's (`bracketed_original`)."""
    out = found
    for label, a, b in found:
        if label != "issued" or b - a < _BRACKETED or not bracketed_original(tokens, a, a + 1):
            continue
        out = painted(painted(out, (OTHER, a - 1, a)), (label, a, a + 1))
        out = painted(out, (OTHER, a + 1, a + 2))
    return out


def bracketed_original(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the date a..b is a year in square brackets with the edition's year after it
    (`[1867] 1990`): the original's."""
    return (
        b - a == 1
        and a > 0
        and b + 1 < len(tokens)
        and tokens[a - 1].text == "["
        and tokens[b].text == "]"
        and is_year(tokens[a].text)
        and is_year(tokens[b + 1].text)
    )


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether token `k` touches the token before it."""
    return tokens[k].start == tokens[k - 1].end


def slashed_years_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a report's two years joined by a slash closing its title (`Human
    Development Report 2021/2022: Uncertain Times, Unsettled Lives. New York, 2022.`) read as
    the title's, and its subtitle after the colon up to the sentence's period too: the model
    read the second year as the date and the subtitle as a host or a person."""
    for label, a, b in found:
        k = b - 1
        if label != "title" or b + 2 > len(tokens) or not is_year(tokens[k].text):
            continue
        if tokens[b].text != "/" or not (_glued(tokens, b) and _glued(tokens, b + 1)):
            continue
        if not is_year(tokens[b + 1].text):
            continue
        end = b + 2
        if end < len(tokens) and tokens[end].text == ":":
            stop = next((m for m in range(end, len(tokens)) if tokens[m].text == "."), None)
            if stop is None or stop - end > _SUBTITLE:
                return found
            end = stop
        out = painted(found, ("title", a, end))
        return [_placed(tokens, run) if end <= run[1] <= end + 1 else run for run in out]
    return found


def _placed(tokens: list[Token], run: Run) -> Run:
    """A publisher's run after the title's sentence that is the place before the year (`. New
    York, 2022.`): the rest of the subtitle's run the model read as the publisher."""
    label, a, b = run
    after = [t.text for t in tokens[b : b + 2]]
    if label == "publisher" and len(after) == 2 and after[0] == "," and is_year(after[1]):
        return ("publisher-place", a, b)
    return run


def date_inside_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a date between two pieces of the title, after a comma and before a colon
    (`Republic of Uzbekistan Early Presidential Election, 4 December 2016: OSCE/ODIHR …
    Final Report`), given to the title when a date before the title dates the work: an event's
    day names the report on it."""
    for j in range(2, len(found) - 2):
        label, a, b = found[j]
        if label != "issued" or found[j - 2][0] != "title" or found[j + 2][0] != "title":
            continue
        if found[j - 1] != (OTHER, a - 1, a) or found[j + 1] != (OTHER, b, b + 1):
            continue
        if tokens[a - 1].text != "," or tokens[b].text != ":":
            continue
        if not any(run[0] == "issued" for run in found[: j - 2]):
            continue
        return [*found[: j - 2], ("title", found[j - 2][1], found[j + 2][2]), *found[j + 3 :]]
    return found
