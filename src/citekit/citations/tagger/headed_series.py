"""A title whose quoted head is followed by an unquoted subtitle (`"Kazakhstan's Oil Boom":
Promise and Peril`) ends at the subtitle's period when the words after that period, up to a
comma, come right before a periodical's or a series' number (`. Central Asia Policy Brief,
no. 12 (2013)`): those words name the periodical or series, the work's host; a title says
no issue's number of its own. A note has one publisher: a name read as a publisher right
after the title's colon, with a publisher named by its own word after its comma
(`Karagöz: Turkish Shadow Theatre, Dost Yayınları, İstanbul`), is the title's subtitle."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["series_after_subtitle", "subtitle_before_publisher"]

_NUMBERS: Final = frozenset({"issue", "volume"})
_MIN_HOST: Final = 2  # words of the series' name at least


def _head_close(tokens: list[Token], a: int, b: int) -> int | None:
    """The index of the quote closing a head opened just before (or at) `a`, inside a..b."""
    opener = tokens[a - 1].text if a > 0 and tokens[a - 1].text in QUOTES else None
    if opener is None and tokens[a].text in QUOTES:
        opener = tokens[a].text
    if opener is None:
        return None
    closer = QUOTES[opener]
    return next((k for k in range(a + 1, b) if tokens[k].text == closer), None)


def series_after_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the last sentence of a quoted-head title read as its series (see the
    module's doc)."""
    labels = [run[0] for run in found]
    if "container-title" in labels or _NUMBERS.isdisjoint(labels) or "title" not in labels:
        return found
    if text_set(tokens).isdisjoint(QUOTES):
        return found
    j = labels.index("title")
    _, a, b = found[j]
    close = _head_close(tokens, a, b)
    if close is None or close + 2 >= b or tokens[close + 1].text != ":":
        return found
    period = max((k for k in range(close + 2, b - 1) if tokens[k].text == "."), default=None)
    if period is None:
        return found
    words = [t.text for t in tokens[period + 1 : b]]
    if len(words) < _MIN_HOST or not all(w[:1].isupper() and w.isalpha() for w in words):
        return found
    if j + 2 >= len(found) or found[j + 1][0] != OTHER or tokens[b].text != ",":
        return found
    if found[j + 2][0] not in _NUMBERS:
        return found
    runs: list[Run] = [("title", a, period), (OTHER, period, period + 1)]
    return [*found[:j], *runs, ("container-title", period + 1, b), *found[j + 1 :]]


def subtitle_before_publisher(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a publisher's run after the title's colon joined to the title when a
    publisher named by its word follows (see the module's doc)."""
    labels = [run[0] for run in found]
    if labels.count("publisher") != 2 or labels.count("title") != 1:
        return found  # most notes: one publisher at most
    j = labels.index("title")
    if j + 4 >= len(found) or labels[j + 1 : j + 5] != [OTHER, "publisher", OTHER, "publisher"]:
        return found
    (_, a, b), (_, c, d), (_, e, f) = found[j], found[j + 2], found[j + 4]
    colon = [t.text for t in tokens[b:c]] == [":"] and [t.text for t in tokens[d:e]] == [","]
    if not colon or any("publisher" in m for m in marks[c:d]):
        return found
    if not any("publisher" in m for m in marks[e:f]):
        return found
    return [*found[:j], ("title", a, d), *found[j + 3 :]]
