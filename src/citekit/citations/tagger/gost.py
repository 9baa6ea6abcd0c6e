"""GOST's `//` parts the model misread: before `//` stand the part's author and title, after it
the host's title up to its imprint or numbers. A name run that holds the title too (`Petrov P.
Central Asian Security // …`) gives the title back; a quoted name inside the host (`//
Proceedings of the Conference "Eurasia-2019". Almaty, 2019`) is the host's, not a second
title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import LONG_DASHES, Token, double_slash, text_set

__all__ = ["gost_part", "other_title_info"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_CLOSERS: Final = frozenset("»”\"'’")
_OPENERS: Final = frozenset("«“„\"'‘")
_ABBREVIATION: Final = 9  # letters of a shortened word at most (`междунар.`)
_SHORT_WORD: Final = 3  # and at least (`Сер.`; `т.`, `б.` are label words)


def _name_end(tokens: list[Token], a: int, b: int) -> int:
    """Where `Family I. I.` that opens tokens a..b ends (`a` when the run opens otherwise)."""
    if not (tokens[a].text.isalpha() and tokens[a].text[0].isupper() and len(tokens[a].text) > 1):
        return a
    k = a + 1
    while k + 1 < b and tokens[k].text.isalpha() and len(tokens[k].text) == 1:
        if tokens[k + 1].text != ".":
            break
        k += 2
    return k if k > a + 1 else a


def _titled(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b after a name are a title: they open with a capital or a quote mark
    and are no second name (`Иванов И. И., Петров П. П. // …`: two authors, no title)."""
    first = tokens[a].text
    if not (first[:1].isupper() or first in _OPENERS):
        return False
    return _name_end(tokens, a, b) < b - (tokens[b - 1].text == ".")


def _joins(text: str) -> bool:
    """Whether a token outside any run may stand inside a host's title: an abbreviation's
    lower-case word (`междунар.`, `конф.`), its period, a colon, a comma or a quote mark."""
    if text in (".", ",", ":") or text in _CLOSERS or text in _OPENERS:
        return True
    return text.isalpha() and text.islower() and len(text) <= _ABBREVIATION


def gost_part(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the part's title given back from its author's run before `//`, and a
    title run inside the host's title after `//` joined to the host."""
    if "container-title" not in [run[0] for run in found] or "/" not in text_set(tokens):
        return list(found)  # no host, or no slash (at C speed, in one look-up)
    slashes = double_slash(tokens)
    if slashes is None:
        return list(found)
    out = list(found)
    before = [j for j, run in enumerate(out) if run[2] <= slashes]
    if before and not any(out[j][0] == "title" for j in before):
        j = before[-1]
        label, a, b = out[j]
        end = _name_end(tokens, a, b)
        words = [t for t in tokens[end:b] if t.text.isalpha()]
        if (
            label in _PERSONS
            and end > a
            and b == slashes
            and len(words) >= 2
            and _titled(tokens, end, b)
        ):
            out[j : j + 1] = [(label, a, end), ("title", end, b)]
    if not any(run[0] == "title" and run[2] <= slashes for run in out):
        return out
    host = next((j for j, run in enumerate(out) if run[1] > slashes and run[0] != OTHER), None)
    if host is None or out[host][0] != "container-title":
        return out
    for k in range(host + 1, len(out)):
        label, start, end = out[k]
        if label == OTHER and not all(_joins(t.text) for t in tokens[start:end]):
            break  # the host's title ended: a dash, an address, a number, a capital word
        if label not in (OTHER, "title") or (
            label == "title" and tokens[start - 1].text not in _OPENERS
        ):
            break
        if label == "title" and start and tokens[start - 1].text in _OPENERS:
            while end < len(tokens) and tokens[end].text in _CLOSERS:
                end += 1  # the quoted name's closing mark
            rest = [(lab, max(s, end), e) for lab, s, e in out[k + 1 :]]
            out[host:] = [("container-title", out[host][1], end), *rest]
            break
    return _abbreviated_host(tokens, marks, [run for run in out if run[1] < run[2]], host)


_NUMBERS: Final = frozenset({"issued", "volume", "issue", "page"})
_PLACE: Final = "publisher-place"
_PREPOSITION: Final = 2  # letters of a preposition between shortened words at most (`по`)


def _abbreviated_host(
    tokens: list[Token], marks: list[set[str]], out: list[Run], host: int
) -> list[Run]:
    """`out` with the host's title carried over the shortened words the model left after it
    (`// Вестник КазНУ. Сер. филол. — 2010`): lower-case abbreviations and their periods,
    up to GOST's dash or the host's date or numbers."""
    if host + 1 >= len(out) or out[host][0] != "container-title" or out[host + 1][0] != OTHER:
        return out
    _, a, b = out[host + 1]
    k = a
    while k < b and (_shortened(tokens[k].text) or _joining(tokens, k, b)):
        if _joining(tokens, k, b):
            k += 1  # `конф. с междунар. участием`: a preposition between the shortened words
            continue
        if tokens[k].text != "." and (marks[k] or k + 1 >= b or tokens[k + 1].text != "."):
            break  # a label word (`vol.`, `вып.`), or a whole word: no host's abbreviation
        k += 1
    words = [i for i in range(a, k) if tokens[i].text.isalpha()]
    ends = (k < b and tokens[k].text in LONG_DASHES) or (
        k == b and host + 2 < len(out) and out[host + 2][0] in _NUMBERS
    )
    # `… Всерос. науч. конф. Казань: …`: the shortened words, then the imprint's place
    ends = ends or (k == b and host + 2 < len(out) and out[host + 2][0] == _PLACE)
    if not words or not ends:
        return out
    last = words[-1] + 1
    return [
        *out[:host],
        ("container-title", out[host][1], last),
        (OTHER, last, b),
        *out[host + 2 :],
    ]


def _joining(tokens: list[Token], k: int, b: int) -> bool:
    """Whether token `k` is a preposition between a host's shortened words (`с`, `по`: two
    letters at most, in small letters, a shortened word after it)."""
    text = tokens[k].text
    if not (text.isalpha() and text.islower() and len(text) <= _PREPOSITION) or k + 2 >= b:
        return False
    return tokens[k - 1].text == "." and tokens[k + 2].text == "."


def _shortened(text: str) -> bool:
    """A shortened word of a host's title (`Сер.`, `филол.`: three letters or more) or its
    period: not a colon's other title information, not a volume's `т.`."""
    return text == "." or (text.isalpha() and _SHORT_WORD <= len(text) <= _ABBREVIATION)


_INFO_MARKS: Final = frozenset({".", ",", "-"})  # between other title information's words


def other_title_info(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with GOST's other title information given to the title: words after the
    title's colon and before the ` / ` of its responsibility (`Абай жолы: ғылыми мақалалар
    жинағы / жалпы ред. …`, `История : хрестоматия / сост. …`) are the title's, whatever the
    model made of them. No number stands there: a volume's or a thesis's code is no title's
    (a thesis's, a report's words are cut off later: `designations.py`)."""
    if "/" not in text_set(tokens):
        return list(found)
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        after, s, e = out[j + 1]
        if label != "title" or after != OTHER:
            continue
        # the colon after the title, or one inside its run the model ended in the other
        # title information (`Казахстан в цифрах: стат` + `. сб. /`)
        if tokens[s].text != ":" and not any(t.text == ":" for t in tokens[a + 1 : b - 1]):
            continue
        slash = next((k for k in range(s + 1, e) if tokens[k].text == "/"), None)
        if slash is None or (slash + 1 < len(tokens) and tokens[slash + 1].text == "/"):
            continue  # no responsibility, or GOST's `//` host
        words = tokens[s + (tokens[s].text == ":") : slash]
        if not any(t.text.isalpha() for t in words) or not all(
            t.text.isalpha() or t.text in _INFO_MARKS for t in words
        ):
            continue
        if any(marks[k] & {"editor", "translator"} for k in range(s + 1, slash)):
            continue  # a role word before the slash: the responsibility began
        out[j : j + 2] = [("title", a, slash), (OTHER, slash, e)]
    return out
