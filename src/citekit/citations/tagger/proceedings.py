"""A conference's proceedings as GOST writes them after `//`: the host's name and its
designation, then the conference's place and dates in brackets (`// Евразийская интеграция :
сб. материалов Всерос. науч. конф. (Москва, 5 апреля 2021 г.). М. : Изд-во РУДН, 2021.`,
`// Материалы междунар. науч.-практ. конф. «Центральная Азия в XXI веке» (Алматы, 12–13 мая
2019 г.). – Алматы : КИСИ, 2019.`). All up to the bracket's close is the host, whatever words
and quotes it holds: the bracket tells where and when the conference sat, neither the place of
publication nor the work's date (the imprint after it gives both)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import LONG_DASHES, Token, text_set
from citekit.citations.type_cues import has_cue

__all__ = ["host_mark", "proceedings_host", "title_to_host"]

_BRACKET: Final = 14  # tokens of a conference's bracket at most (`Алматы, 12–13 мая 2019 г.`)
_YEAR_DIGITS: Final = 4
_PLACE_TOKENS: Final = 5  # tokens of the place before its comma, and the comma (`Алма - Ата ,`)


def host_mark(tokens: list[Token]) -> int | None:
    """The first token after GOST's `//` (two glued slashes), or None."""
    if "/" not in text_set(tokens):
        return None
    return _slashes(tokens)


def _slashes(tokens: list[Token]) -> int | None:
    """The first token after GOST's `//` (two glued slashes), or None."""
    for k in range(len(tokens) - 2):
        if tokens[k].text == tokens[k + 1].text == "/" and tokens[k].end == tokens[k + 1].start:
            return k + 2
    return None


def _sitting(tokens: list[Token], p: int) -> int | None:
    """The closing bracket of a conference's bracket opened at `p`: a place, a comma, a date
    with a year; None when the bracket is another."""
    end = next(
        (k for k in range(p + 1, min(len(tokens), p + _BRACKET)) if tokens[k].text == ")"), None
    )
    if end is None or end < p + 4:
        return None
    inside = tokens[p + 1 : end]
    placed = inside[0].text[:1].isupper() and inside[0].text.isalpha()
    comma = any(t.text == "," for t in inside[1:_PLACE_TOKENS])  # `Алма-Ата,`, `Нур-Султан,`
    year = any(t.text.isdigit() and len(t.text) == _YEAR_DIGITS for t in inside)
    return end if placed and comma and year else None


def proceedings_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a proceedings' host after `//` read whole, the conference's bracket in."""
    if "/" not in text_set(tokens):
        return list(found)
    start = _slashes(tokens)
    if start is None or start >= len(tokens):
        return list(found)
    p = next((k for k in range(start, len(tokens)) if tokens[k].text in "(/;"), None)
    if p is None or tokens[p].text != "(" or p - start < 2:
        return _areas_host(tokens, found, start)
    end = _sitting(tokens, p)
    if end is None:
        return list(found)
    host = " ".join(t.text for t in tokens[start:p])
    if not has_cue("conference", host):
        return list(found)
    return painted(found, ("container-title", start, end + 1))


_HOST_MARKS: Final = frozenset('.,:-«»"')  # marks a host's name and designation hold


def _areas_host(tokens: list[Token], found: list[Run], start: int) -> list[Run]:
    """`found` with a proceedings' host that no bracket closes read up to the period before
    GOST's area dash (`// Ашаршылық: тарих және тағылым: халықаралық ғыл.-практ. конф.
    материалдары. – Алматы, 2013.`): its abbreviations' periods are no area's end."""
    dash = next((k for k in range(start + 2, len(tokens)) if tokens[k].text in LONG_DASHES), None)
    if dash is None or tokens[dash - 1].text != ".":
        return list(found)  # the first area's dash, after the host's period
    end = dash - 1
    if any(not (t.text.isalnum() or t.text in _HOST_MARKS) for t in tokens[start:end]):
        return list(found)  # a bracket, an emphasis's `*`, a slash: another form
    if not has_cue("conference", " ".join(t.text for t in tokens[start:end])):
        return list(found)
    return painted(found, ("container-title", start, end))


_QUOTE_MARKS: Final = frozenset('«»“”„"')


def title_to_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words between a title's run and GOST's `//` given to the title: the
    title runs to the host's mark (`… in the context of the «Belt and Road» initiative //
    Вестник КазНУ`), when only words and quotes stand between and the title is not quoted
    whole (Kazakh writes a law's kind after its quoted name: `«Білім туралы» Заңы //`)."""
    if "/" not in text_set(tokens):
        return list(found)
    start = _slashes(tokens)
    if start is None:
        return list(found)
    slashes = start - 2
    for j, (label, a, b) in enumerate(found[:-1]):
        after, c, d = found[j + 1]
        if label != "title" or b >= slashes or after != OTHER or c != b or d < slashes:
            continue
        if a > 0 and tokens[a - 1].text in _QUOTE_MARKS:
            return list(found)  # `«Білім туралы» Заңы //`: a quoted title's kind after it
        between = tokens[b:slashes]
        if any(t.text.isalpha() for t in between) and all(
            t.text.isalnum() or t.text in _QUOTE_MARKS for t in between
        ):
            return [*found[:j], ("title", a, slashes), (OTHER, slashes, d), *found[j + 2 :]]
        return list(found)
    return list(found)
