"""A quoted headline's subtitle outside its quotes.

News and interviews are cited by the quoted headline, a colon and the subtitle the outlet gave
it, then the outlet and the day (`“We Need a Common Market for Central Asia”: Interview with
Uzbek Deputy Minister Jamshid Karimov, The Diplomat, June 5, 2023, https://…`, `“…”: Büyükelçi
Ahmet Yıldız ile Röportaj, Anadolu Ajansı, 4 Mayıs 2023`). The part after the colon, up to its
comma, is the title's (the one interviewed is no author of it); the part after that comma,
right before the date, is the outlet.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["subtitle_after_headline"]

_CLOSERS: Final = frozenset(QUOTES.values())
_PART: Final = 16  # tokens of the subtitle, and of the outlet's name, at most
_LOOSE: Final = frozenset({OTHER, "container-title", "author", "title"})


def _comma_after(tokens: list[Token], start: int) -> int | None:
    """The first comma at or after `start`, within a part's reach."""
    return next(
        (k for k in range(start, min(len(tokens), start + _PART)) if tokens[k].text == ","),
        None,
    )


def subtitle_after_headline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted headline's subtitle after its colon read as the title's and the
    part after the subtitle's comma, before the date, as the outlet (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        if b + 2 >= len(tokens) or tokens[b].text not in _CLOSERS or tokens[b + 1].text != ":":
            return found
        c = _comma_after(tokens, b + 2)
        d = _comma_after(tokens, c + 1) if c is not None else None
        if c is None or d is None or c == b + 2 or d == c + 1:
            return found
        issued = next((run for run in found if run[0] == "issued"), None)
        if issued is None or not d < issued[1] <= d + 4:
            return found  # the outlet's name right before the date
        inside = {run[0] for run in found[j + 1 :] if run[1] < d}
        if inside - _LOOSE:
            return found
        out = painted(found, ("title", a, c))
        return painted(painted(out, (OTHER, c, c + 1)), ("container-title", c + 1, d))
    return found
