"""Chicago's pinpoint after a bracketed description and date (`“Shareholder Voice After
Say-on-Pay” (working paper, March 2, 2020), 17, https://ssrn.com/…`): a bare number between
the bracket's comma and the address's (or the note's end) is the cited page; the model, seeing
no label, may call it a volume. With no host read, no volume is written so. OSCOLA writes it
right after the bracket with no comma (`(Doktora Tezi, Marmara Üniversitesi 2017) 122.`), where
the model may leave it to no field."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["pinpoint_after_bracket"]

_AFTER: Final = frozenset({"URL", "DOI"})


def pinpoint_after_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a number read as the page (see the module's doc)."""
    labels = {run[0] for run in found}
    if "page" in labels or "container-title" in labels:
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "volume" or b - a != 1 or not tokens[a].text.isdecimal() or a < 2:
            continue
        if [t.text for t in tokens[a - 2 : a]] != [")", ","]:
            continue
        nxt = found[j + 1] if j + 1 < len(found) else None
        rest = [t.text for t in tokens[nxt[1] : nxt[2]]] if nxt is not None else []
        last = j + 1 == len(found) - 1 and set(rest) <= {"."}
        addressed = rest == [","] and j + 2 < len(found) and found[j + 2][0] in _AFTER
        if nxt is None or last or addressed:
            return painted(found, ("page", a, b))
    return _oscola_pinpoint(tokens, found)


def _oscola_pinpoint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bare number closing the note right after the bracket that closes on its
    year (`… 2017) 122.`), read as no field, read as the page."""
    if len(found) < 2 or found[-1][0] != OTHER or found[-2][0] != "issued":
        return found
    _label, a, b = found[-1]
    texts = [t.text for t in tokens[a:b]]
    if texts[-1:] == ["."]:
        texts = texts[:-1]
    if len(texts) != 2 or texts[0] != ")" or not texts[1].isdecimal():
        return found
    return painted(found, ("page", a + 1, a + 2))
