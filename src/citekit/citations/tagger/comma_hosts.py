"""A periodical's name between commas (`Петров А. Н. Реформа местного самоуправления,
Государство и право, 2012, № 7, с. 45–52.`, `Смирнов К. Земство, Новый мир, 2001, № 2`): a
note written with commas alone, no `//` nor "in", names the article's host as the last comma's
part before the year when an issue's number follows that year. The model reads the title and
the host as one title; the host is that part, a name of a few words opening with a capital.
A short title the model read into GOST's name before it (`Смирнов К. Земство, Новый мир`) is
the title: a name written family first ends at its initials, and the comma's part after it is
the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["comma_host"]

_HOST_WORDS: Final = 6  # words of a periodical's name at most
_NAME_TOKENS: Final = 5  # a family and two initials with their periods


def comma_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host cut from a title run that holds it after its last comma."""
    if "," not in text_set(tokens) or "/" in text_set(tokens):
        return found  # no comma, or GOST's `//` (its host is marked)
    if any(label == "container-title" for label, _, _ in found):
        return found
    found = _title_from_name(tokens, found)
    if any(label == "container-title" for label, _, _ in found):
        return found
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "title":
            continue
        mark, year = found[j + 1], found[j + 2]
        if mark != (OTHER, b, b + 1) or tokens[b].text != ",":
            return found
        if year[0] != "issued" or year[2] - year[1] != 1 or not is_year(tokens[year[1]].text):
            return found
        if not any(run[0] == "issue" for run in found[j + 3 :]):
            return found  # a book's year (`Власть, общество, 2012`): no issue after it
        comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
        if comma is None:
            return found
        words = [t.text for t in tokens[comma + 1 : b]]
        if not (words[0].isalpha() and words[0][0].isupper()) or not all(
            w.isalpha() or w in "-." for w in words
        ):
            return found
        if sum(w.isalpha() for w in words) > _HOST_WORDS:
            return found
        return painted(painted(found, (OTHER, comma, comma + 1)), ("container-title", comma + 1, b))
    return found


def _initials_end(tokens: list[Token], a: int, b: int) -> int | None:
    """Where GOST's name `Family I. [I.]` opening tokens a..b ends, or None."""
    if not (tokens[a].text.isalpha() and tokens[a].text[:1].isupper() and len(tokens[a].text) > 1):
        return None
    k = a + 1
    while k + 1 < b and len(tokens[k].text) == 1 and tokens[k].text.isupper():
        if tokens[k + 1].text != ".":
            return None
        k += 2
    return k if k > a + 1 else None


def _title_from_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words after a name's initials (`Смирнов К. Земство`) cut to the title,
    and the title after the comma (`, Новый мир, 2001, № 2`) made the host."""
    for j in range(len(found) - 3):
        label, a, b = found[j]
        if label != "author":
            continue
        end = _initials_end(tokens, a, b)
        if end is None or end >= b or end - a > _NAME_TOKENS:
            return found
        words = [t.text for t in tokens[end:b]]
        if not (words[0][:1].isupper() and all(w.isalpha() for w in words)):
            return found
        if len(words) > 1 and len(words[1]) == 1:
            return found  # `Иванов И. Петров П.`: a second name, no title
        mark, host, comma, year = found[j + 1 : j + 5] if j + 4 < len(found) else (None,) * 4
        if mark != (OTHER, b, b + 1) or tokens[b].text != "," or host is None or comma is None:
            return found
        if host[0] != "title" or comma[0] != OTHER or tokens[comma[1]].text != ",":
            return found
        if year is None or year[0] != "issued" or not is_year(tokens[year[1]].text):
            return found
        if not any(run[0] == "issue" for run in found[j + 5 :]):
            return found
        return [
            *found[:j],
            ("author", a, end),
            ("title", end, b),
            mark,
            ("container-title", host[1], host[2]),
            *found[j + 3 :],
        ]
    return found
