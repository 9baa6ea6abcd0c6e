"""A report's code after its title and comma, before the imprint's bracket: `Assessing Russian
Military Logistics, RR-4471-A (Santa Monica, CA: …, 2022)`, `…, WP/19/45 (Washington, DC: …)`.
A code of capitals and digits joined by hyphens or slashes, glued together, is no title's word
nor a host's name: a think tank numbers its reports so, and the code is the report's number
(its issue, as `report_numbers.py` reads `Working Paper No. 5`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["report_code"]

_JOINS: Final = frozenset({"-", "/"})
_MAX_PARTS: Final = 7  # `RR`, `-`, `4471`, `-`, `A`: a code's tokens at most


def _code_start(tokens: list[Token], end: int) -> int | None:
    """Where a glued code of capitals and digits ending at `end` (exclusive) starts: it has a
    capital part and a digit part, joined by hyphens or slashes, after a comma."""
    k = end - 1
    parts: list[str] = []
    while k >= 0 and end - k <= _MAX_PARTS:
        text = tokens[k].text
        if not (text in _JOINS or text.isdecimal() or (text.isalpha() and text.isupper())):
            return None
        parts.append(text)
        if k == 0 or tokens[k - 1].end != tokens[k].start:
            break
        k -= 1
    if k < 1 or tokens[k - 1].text != ",":
        return None
    joined = any(p in _JOINS for p in parts) and parts[0] not in _JOINS
    if not joined or parts[-1] in _JOINS:
        return None
    if not any(p.isdecimal() for p in parts) or not any(p.isalpha() for p in parts):
        return None
    return k


def report_code(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run closing on `, CODE`, or a host run that is only the code after
    the title's comma, right before the imprint's bracket, read as the report's number."""
    for j, (label, a, b) in enumerate(found):
        if label not in ("title", "container-title") or b >= len(tokens) or tokens[b].text != "(":
            continue
        start = _code_start(tokens, b)
        if start is None:
            continue
        if label == "title" and start - 1 > a:
            runs = [("title", a, start - 1), (OTHER, start - 1, start), ("issue", start, b)]
            return [*found[:j], *runs, *found[j + 1 :]]
        if label == "container-title" and start == a and j >= 2 and found[j - 2][0] == "title":
            return [*found[:j], ("issue", a, b), *found[j + 1 :]]
    return _split_code(tokens, found)


def _split_code(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a code the model split between the title and the punctuation around it
    (`…: Uzbekistan, ECE/CEP/188 (Geneva: …)`, `ECE / CEP` read as the title's, `/ 188` as
    nothing) read as the report's number, the title closing before its comma."""
    for p, token in enumerate(tokens):
        if token.text != "(" or (start := _code_start(tokens, p)) is None:
            continue
        title = next((r for r in found if r[0] == "title" and r[1] < start - 1 < r[2]), None)
        inside = [r[0] for r in found if r[1] < p and start < r[2]]
        if title is None or any(label not in ("title", OTHER) for label in inside):
            continue
        out = painted(found, ("title", title[1], start - 1))
        out = painted(out, (OTHER, start - 1, start))
        return painted(out, ("issue", start, p))
    return found
