"""The ACM reference format OJS exports (`Journal. 104, 1 (Mar. 2022), 45–56.`, `Bilig. 12, 3
(Sep. 2020), 201–219.`) writes the volume, a comma, the issue and the issue's date in brackets
after the host: of two bare numbers so written, the first is the volume, the second the
issue, never a second volume."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["issue_before_date"]

_DIGITS: Final = 4  # digits of a volume's or an issue's number at most
_BRACKET: Final = 5  # tokens of a bracketed date at most (`Mar . 2022`)
_YEAR_DIGITS: Final = 4
_HOSTS: Final = frozenset({"container-title", "collection-title"})


def _number(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a volume's or an issue's number: a few digits alone."""
    return 0 <= k < len(tokens) and tokens[k].text.isdecimal() and len(tokens[k].text) <= _DIGITS


def _dated(tokens: list[Token], k: int) -> bool:
    """Whether a bracket's words from token `k` hold a year before the bracket closes (`Mar.
    2022)`, `2019)`), a few tokens at most."""
    for j in range(k, min(len(tokens), k + _BRACKET)):
        if tokens[j].text == ")":
            return False
        if tokens[j].text.isdecimal() and len(tokens[j].text) == _YEAR_DIGITS:
            return True
    return False


def issue_before_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the second of two numbers after the host, before a bracketed date the
    model read, as the issue (see the module's doc)."""
    if "(" not in text_set(tokens):
        return found
    labels: dict[int, str] | None = None  # each token's run label, made when first asked
    for k in range(2, len(tokens) - 2):
        if tokens[k].text != "(" or not _number(tokens, k - 1) or tokens[k - 2].text != ",":
            continue
        if labels is None:
            labels = {k: label for label, a, b in found for k in range(a, b)}
        if not _number(tokens, k - 3) or labels.get(k - 3) != "volume":
            continue
        if not _dated(tokens, k + 1):
            continue
        host = k - 4
        if host < 0 or not (tokens[host].text in ".," or labels.get(host) in _HOSTS):
            continue
        return painted(found, ("issue", k - 1, k))
    return found
