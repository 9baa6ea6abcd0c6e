"""The order of an imprint and a host's date as notes in Romance languages write them: `Place,
Publisher, Year` (`Bologna, Il Mulino, 2012`: the name after the place is its publisher), and a
newspaper's date after its name, joined by words (`El País, 14 de octubre de 2019`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, written_text
from citekit.dates import read_date

__all__ = ["author_after_place", "date_after_host", "quoted_host_after_title"]

_MAX_DATE_TOKENS: Final = 8  # `14 de octubre de 2019`, `3 de mayo del 2021`
_NAMES: Final = frozenset({"author", "container-title"})  # what the model calls a publisher
_OPENING: Final = {"„": "”", "«": "»", "“": "”"}  # a quoted name's opening and closing marks


def _is(tokens: list[Token], run: Run, text: str) -> bool:
    return run[0] == OTHER and run[2] - run[1] == 1 and tokens[run[1]].text == text


def author_after_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name the model called an author or a host between a place's comma and a
    comma before the year read as the publisher (`Storia della Turchia, Bologna, Il Mulino,
    2012`, `Barcelona, Ariel, 2015`, or after the place's colon: `Cambridge (MA): W. W. Norton,
    2001`): an imprint names its publisher after its place, never an author nor a periodical;
    only when the note names no publisher and a title comes before the place."""
    labels = [run[0] for run in found]
    if "publisher" in labels or "publisher-place" not in labels:
        return list(found)
    for j in range(1, len(found) - 4):
        if found[j][0] != "publisher-place" or "title" not in labels[:j]:
            continue
        comma, name, after, year = found[j + 1 : j + 5]
        # after a colon a periodical may stand (`М.: Вестник МГУ, 2019, № 4`), an author not
        opened = _is(tokens, comma, ",") or (_is(tokens, comma, ":") and name[0] == "author")
        if not opened or name[0] not in _NAMES or year[0] != "issued":
            continue
        if not _is(tokens, after, ","):
            continue
        return [*found[: j + 2], ("publisher", name[1], name[2]), *found[j + 3 :]]
    return list(found)


def _full_date(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are wholly a date to the day (`14 de octubre de 2019`)."""
    if not 0 < b - a <= _MAX_DATE_TOKENS:
        return False
    if not (tokens[a].text.isdecimal() and tokens[b - 1].text.isdecimal()):
        return False
    text = written_text(tokens, a, b)
    reading = read_date(text)
    return (
        reading.date is not None
        and reading.date.day is not None
        and reading.start == 0
        and reading.end == len(text)
    )


def date_after_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a full date after a host's comma read as the issued date, whether the
    host's run took it in (all of it, or all but its year), or the model called it a title
    (`El País, 14 de octubre de 2019`: a month the note tagger does not know, of a language
    whose dates join their parts with words)."""
    labels = [run[0] for run in found]
    if "container-title" not in labels:
        return list(found)
    dated = "issued" in labels
    for j, (label, a, b) in enumerate(found):
        if label != "container-title":
            continue
        if j + 2 < len(found) and _is(tokens, found[j + 1], ","):
            _next, c, d = found[j + 2]
            year = j + 3 < len(found) and found[j + 3][0] == "issued" and found[j + 3][1] == d
            end = found[j + 3][2] if year else d
            if _next in ("title", OTHER) and (year or not dated) and _full_date(tokens, c, end):
                return [*found[: j + 2], ("issued", c, end), *found[j + (4 if year else 3) :]]
        comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
        if comma is None:
            continue
        year = j + 1 < len(found) and found[j + 1][0] == "issued" and found[j + 1][1] == b
        if dated and not year:
            continue
        end = found[j + 1][2] if year else b
        if not _full_date(tokens, comma + 1, end):
            continue
        runs = [
            ("container-title", a, comma),
            (OTHER, comma, comma + 1),
            ("issued", comma + 1, end),
        ]
        return [*found[:j], *runs, *found[j + (2 if year else 1) :]]
    return list(found)


def quoted_host_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted name that ends the title's run after a comma, its closing mark
    then at once a year, read as the periodical (`Tytuł, „Sprawy Międzynarodowe” 2016, nr 2`: the
    journal's name in quotes before its year, as Polish notes write it), when the note has no
    host."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "title" not in labels:
        return list(found)
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "title":
            continue
        closing, year = found[j + 1], found[j + 2]
        mark = next((k for k in range(a + 2, b - 1) if tokens[k].text in _OPENING), None)
        if mark is None or tokens[mark - 1].text != "," or year[0] != "issued":
            continue
        if not _is(tokens, closing, _OPENING[tokens[mark].text]):
            continue  # the year right after the closing mark: `„…” 2016`, not `“…”, 2010`
        if any(tokens[k].text in _OPENING for k in range(mark + 1, b)):
            continue
        runs = [("title", a, mark - 1), (OTHER, mark - 1, mark + 1)]
        return [*found[:j], *runs, ("container-title", mark + 1, b), *found[j + 1 :]]
    return list(found)
