"""A volume or an issue written inside a title's quotes is the title's own words. Quotes close
around a work's title: a host's volume and issue stand after the closing quote (`“Title,”
Journal 12, no. 3`), so a label and a number before it belong to the title (a headline naming
a book's volume: `“Этнокультурное развитие. Том III,” Казинформ, 16 августа 2014`, `“Popülizm
ve Toplum. C. 3”, Haberler.com`, `«Вышел № 5 альманаха „Туран“» // Казинформ`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["volume_in_quotes"]

_NUMBERS: Final = frozenset({"volume", "issue"})
_CLOSERS: Final = frozenset(QUOTES.values()) | {"’"}
_REACH: Final = 8  # tokens from a title's run to its closing quote, at most


def volume_in_quotes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a volume's or an issue's run inside the title's quotes given to the title
    (see the module's doc)."""
    if _NUMBERS.isdisjoint(run[0] for run in found):
        return found  # most notes: no volume nor issue read
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        reach = range(b, min(len(tokens), b + _REACH))  # its own closing mark or another's
        c = next((k for k in reach if tokens[k].text in _CLOSERS), None)
        if c is None:
            return found
        inside = [run for run in found[j + 1 :] if run[1] < c]
        if any(run[0] not in _NUMBERS | {OTHER} for run in inside):
            return found  # another field's run inside the quotes
        if any(run[2] > c for run in inside if run[0] != OTHER):
            return found  # a number's run crossing the quote
        if _NUMBERS.isdisjoint(run[0] for run in inside):
            return found
        end = max(k for k in range(a, c) if tokens[k].text[:1].isalnum()) + 1
        rest = max(c, inside[-1][2])  # the marks after the quote, to the next run
        return [*found[:j], ("title", a, end), (OTHER, end, rest), *found[j + 1 + len(inside) :]]
    return found
