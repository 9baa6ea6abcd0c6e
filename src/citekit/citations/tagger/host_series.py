"""A journal's series after its name and a comma (`Philosophical Transactions of the Royal
Society, Series B, 2012`, `Journal of the Royal Statistical Society, Ser. A, vol. 5`): the
series word and its letter or number are the host's name (`[words] host_series`), no person
and no volume. GOST's series after a period is `host_numbers`'."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import unmixed_word
from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.volumes import volume_number
from citekit.languages import shipped_words

__all__ = ["series_in_host"]

_HOST: Final = "container-title"
_CLOSE: Final = frozenset({",", ".", ";"})  # what closes the series' number


@functools.cache
def _series() -> frozenset[str]:
    """The series words, without their period."""
    return frozenset(w.removesuffix(".") for w in shipped_words("host_series"))


def _series_end(tokens: list[Token], k: int) -> int | None:
    """The end of `, Series B` opened by the comma at `k`, or None."""
    if k + 2 >= len(tokens) or tokens[k].text != ",":
        return None
    if unmixed_word(tokens[k + 1].text) not in _series():
        return None
    at = k + 3 if tokens[k + 2].text == "." else k + 2
    if at >= len(tokens):
        return None
    mark = tokens[at].text
    letter = len(mark) == 1 and mark.isalpha() and mark.isupper()
    if not (letter or volume_number(mark)):
        return None
    return at + 1 if at + 1 == len(tokens) or tokens[at + 1].text in _CLOSE else None


def series_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's series after its comma read with the host's name."""
    if "," not in text_set(tokens):
        return list(found)
    for label, _, b in found:
        if label != _HOST:
            continue
        end = _series_end(tokens, b)
        if end is not None:
            start = next(a for lab, a, e in found if lab == _HOST and e == b)
            return painted(found, (_HOST, start, end))
    return list(found)
