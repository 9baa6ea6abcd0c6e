"""Notes written in the Arabic script (Persian, Arabic): `محمد رضایی، تاریخ آسیای مرکزی، تهران:
نشر نی، ۱۳۹۵، ص. ۴۵.`, `علی اکبر ولایتی، «ایران و آسیای مرکزی»، فصلنامه …، شماره ۴۵، ۱۳۸۳، ص ۱۲-۳۴.`
Their notes write the fields in a row, each closed by a comma (`،`): the author, the title
(quoted when a part of a host), the host or the imprint `Place: Publisher`, the numbers after
their words (`شماره`, `العدد`, `جلد`), the year, the page. The script has no capitals, so the
model reads such a row as one title: its segments are the fields in that order."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["arabic_row"]

_MAX_NAME: Final = 4  # words of an author's name at most


def _arabic(text: str) -> bool:
    """Whether a token opens with a letter of the Arabic script, or is the zero-width
    non-joiner Persian writes inside a word (`زرین‌کوب`, `کتاب‌ها`)."""
    return "\u0620" <= text[:1] <= "\u06ff" or text == "\u200c"


def _inverted_name(tokens: list[Token], a: int, b: int) -> int:
    """The index of the period that closes a name written family name first at `a`, as a
    Persian or Arabic bibliography writes its entries (`زرین‌کوب، عبدالحسین. تاریخ مردم
    ایران. تهران: امیرکبیر، ۱۳۷۸.`): a few words, a comma, a few words, a period; else `a`."""
    comma = _next_comma(tokens, a, b)
    stop = next(
        (i for i in range(comma + 1, min(b, comma + _MAX_NAME + 1)) if tokens[i].text == "."), b
    )
    if (
        stop >= b - 1
        or comma - a > _MAX_NAME + 2
        or stop - comma < 2
        or not all(_arabic(t.text) for t in tokens[a:comma])
        or not all(_arabic(t.text) for t in tokens[comma + 1 : stop])
    ):
        return a
    return stop


def _next_comma(tokens: list[Token], k: int, b: int) -> int:
    """The first comma at or after token `k` before `b`, else `b`."""
    return next((i for i in range(k, b) if tokens[i].text == ","), b)


def _segment(tokens: list[Token], marks: list[set[str]], a: int, b: int, host: bool) -> list[Run]:
    """The runs of one comma-closed segment `a`..`b` after the title: `Place: Publisher`, a
    number after its word, or the host's name (when `host`: after a quoted title)."""
    colon = next((i for i in range(a + 1, b - 1) if tokens[i].text == ":"), None)
    if colon is not None:
        return [
            ("publisher-place", a, colon),
            (OTHER, colon, colon + 1),
            ("publisher", colon + 1, b),
        ]
    for key in ("issue", "volume"):
        if "B" + key in marks[a]:
            digit = next((i for i in range(a + 1, b) if tokens[i].text[:1].isdigit()), None)
            if digit is None:
                return [(OTHER, a, b)]
            return [(OTHER, a, digit), (key, digit, b)]
    if host and all(_arabic(t.text) for t in tokens[a:b]):
        return [("container-title", a, b)]
    return [(OTHER, a, b)]


def arabic_row(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an Arabic-script note's opening title run, holding commas, read as its
    row of fields: the author before the first comma, the title after it, then the rest."""
    if not tokens or not _arabic(tokens[0].text) or not found or found[0][0] != "title":
        return found  # a note that opens in another script (nearly all)
    if any(run[0] == "author" for run in found):
        return found
    _, a, b = found[0]
    period = _inverted_name(tokens, a, b)
    if period > a:
        return [*_period_row(tokens, marks, a, period, b), *found[1:]]
    first = _next_comma(tokens, a, b)
    if first >= b - 1 or not 1 <= first - a <= _MAX_NAME:
        return found
    if not all(_arabic(t.text) for t in tokens[a:first]):
        return found
    new: list[Run] = [("author", a, first), (OTHER, first, first + 1)]
    s = first + 1
    quoted = tokens[s].text in QUOTES
    if quoted:
        close = next((i for i in range(s + 1, b) if tokens[i].text == QUOTES[tokens[s].text]), None)
        if close is None:
            return found
        new += [(OTHER, s, s + 1), ("title", s + 1, close), (OTHER, close, close + 1)]
        pos = close + 1
    else:
        pos = _next_comma(tokens, s, b)
        new.append(("title", s, pos))
    host = quoted
    while pos < b:
        if tokens[pos].text == ",":
            new.append((OTHER, pos, pos + 1))
            pos += 1
            continue
        end = _next_comma(tokens, pos, b)
        new += _segment(tokens, marks, pos, end, host)
        host = False
        pos = end
    return [*new, *found[1:]]


def _period_row(
    tokens: list[Token], marks: list[set[str]], a: int, period: int, b: int
) -> list[Run]:
    """The runs of a bibliography's entry whose inverted name closes at `period`: the author,
    the title up to the next period, then the imprint's comma-set segments."""
    new: list[Run] = [("author", a, period), (OTHER, period, period + 1)]
    end = next((i for i in range(period + 1, b) if tokens[i].text == "."), b)
    new.append(("title", period + 1, end))
    pos = end
    while pos < b:
        if tokens[pos].text in (",", "."):
            new.append((OTHER, pos, pos + 1))
            pos += 1
            continue
        stop = next((i for i in range(pos, b) if tokens[i].text in (",", ".")), b)
        new += _segment(tokens, marks, pos, stop, False)
        pos = stop
    return new
