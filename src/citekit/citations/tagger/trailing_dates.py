"""A day's date after the title's last comma, where a page read online writes its date
(`Кыргызстандагы жаңы салык кодекси. Kaktus.media, 2022-жыл 10-январь. https://…`), is the
work's date even when the model, not knowing how the language writes it (`2022-жыл
10-январь`, `2022-nji ýylyň 5-nji maýy`), read it into the title: the words after the comma
are a day, a month and a year the date reader reads, and no other date is in the note. A site
named by its domain between the title's period and that comma (`Kaktus.media`) is the host.
So is such a date after the host's last comma or period (`«Жаңы мектеп курулат» // Кабар,
2022-жылдын 7-октябры.`, `“…”, Kun.uz, 2023-yil 5-may, https://…`): the host is the name
before it; a host that is such a date alone, after the title, is the date (`Азаттык, «…»,
2023-жылдын 12-апрели.`). A title's last sentence that is such a date alone is the date too
(`Kun.uz. Title. 2024-yil 3-mart. https://…`: the outlet named first, the date after the
headline), and so is one before GOST's host (`… Жолдауы. 1 қыркүйек 2023 жыл // Ақорда.`).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.tokens import Token
from citekit.dates import parse_date

__all__ = ["trailing_date"]

_TITLE: Final = "title"
_YEAR: Final = re.compile(r"\d{4}")
_WORDS: Final = 2  # words of a date's month and year word at most (`жыл`, `январь`)
_DOMAIN: Final = re.compile(r"[^\W\d_][\w-]*\.[a-z]{2,6}", re.IGNORECASE)  # `Kaktus.media`
_AFTER: Final = frozenset({OTHER, "URL", "accessed"})
_HOST: Final = "container-title"
_CLOSED: Final = frozenset({_TITLE, _HOST})  # the runs a date may close


def _parts(tokens: list[Token], k: int, label: str) -> bool:
    """Whether token `k` parts a date off the run: a comma, or a spaced period (a host's, or a
    title's: `Kun.uz. Title. 2024-yil 3-mart.`, the date a sentence of its own)."""
    return tokens[k].text == "," or (label in _CLOSED and _sentence_end(tokens, k))


def trailing_date(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a day's date closing the title after its last comma, or the host after
    its last comma or period, read as the date, and a site named by its domain before a
    title's date as the host (see the module's doc)."""
    if any(run[0] == "issued" for run in found):
        return found
    last = next((j for j in range(len(found) - 1, -1, -1) if found[j][0] not in _AFTER), None)
    if last is None or found[last][0] not in _CLOSED:
        return found
    out = _closing(tokens, text, found, last)
    if out is found and found[last][0] == _HOST:  # `Title. 1 қыркүйек 2023 жыл // Ақорда.`
        title = next((j for j in range(last - 1, -1, -1) if found[j][0] == _TITLE), None)
        if title is not None:
            dated = _closing(tokens, text, found, title, periods=True)
            return found if _before_the_web(tokens, found, dated) else dated
    return out


def _closing(
    tokens: list[Token], text: str, found: list[Run], last: int, *, periods: bool = False
) -> list[Run]:
    """`found` with a day's date closing run `last` (the title or the host) read as the
    date, as `trailing_date` reads it; with `periods`, only a sentence of its own (a comma's
    date before GOST's host is a place's and day's bracket: `(Астана, 29 мая 2014 г.)`)."""
    label, a, b = found[last]
    if label == _TITLE and any(run[0] == _TITLE for run in found[:last]):
        return found
    parts = _sentence_end if periods else functools.partial(_parts, label=label)
    comma = next((k for k in range(b - 1, a, -1) if parts(tokens, k)), None)
    whole = text[tokens[a].start : tokens[b - 1].end]
    if label == _HOST and comma is None and _date_only(tokens[a:b], whole) and last:
        before = next((run[0] for run in reversed(found[:last]) if run[0] != OTHER), None)
        if before == _TITLE:  # `Азаттык, «…», 2023-жылдын 12-апрели.`: the date read as host
            return [*found[:last], ("issued", a, b), *found[last + 1 :]]
    if comma is None or comma + 1 >= b:
        return found
    tail = text[tokens[comma + 1].start : tokens[b - 1].end]
    if not _date_only(tokens[comma + 1 : b], tail):
        return found
    labels = [lb for lb, p, q in found for _ in range(p, q)]
    labels[comma] = OTHER
    labels[comma + 1 : b] = ["issued"] * (b - comma - 1)
    period = next((k for k in range(comma - 1, a, -1) if _sentence_end(tokens, k)), None)
    if period is not None and _named_by_domain(text, tokens, period + 1, comma):
        labels[period] = OTHER
        labels[period + 1 : comma] = ["container-title"] * (comma - period - 1)
    return runs(labels)


def _date_only(tokens: list[Token], tail: str) -> bool:
    """Whether the tokens after the comma are a day's date alone: a year, another number and
    a month's and a year's word at most, read to the day."""
    words = [t.text for t in tokens if t.text.isalpha()]
    numbers = [t.text for t in tokens if t.text.isdigit()]
    if len(words) > _WORDS or len(numbers) != 2 or not any(_YEAR.fullmatch(n) for n in numbers):
        return False
    date = parse_date(tail)
    return date is not None and date.day is not None


def _sentence_end(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a period a space follows (no domain's dot)."""
    return tokens[k].text == "." and k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end


def _named_by_domain(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` spell a site's domain (`Kaktus.media`, `24.kg`)."""
    name = text[tokens[a].start : tokens[b - 1].end].strip()
    return a < b and _DOMAIN.fullmatch(name) is not None


_WEB: Final = 1995  # no page read online was published before this year


def _before_the_web(tokens: list[Token], found: list[Run], dated: list[Run]) -> bool:
    """Whether the date read in `dated` is older than the web while the note is read online
    (an address or an access date): a headline's event (`Желтоқсан көтерілісі. 16 желтоқсан
    1986 жыл // Qazaqstan tarihy. URL: …`), no page's date."""
    if not any(label in ("URL", "accessed") for label, _, _ in found):
        return False
    years = [
        int(t.text)
        for label, a, b in dated
        if label == "issued"
        for t in tokens[a:b]
        if _YEAR.fullmatch(t.text)
    ]
    return bool(years) and years[0] < _WEB
