"""An unsigned work cited Harvard's way, its quoted title first and its year in brackets after it
(`‘Russia blocks access to Tor network’ (2021) Meduza, 8 December. Available at: …`): the quoted
words are the title, the bracketed year its date, the capitalised words after the bracket up to
a comma or a period its host (no place before its colon, no label before an address, no `In …`),
and a day with its month after the host's comma the rest of its date. The model, which learned
the year after an author, runs the title on."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["quoted_title_year"]

_MAX_TITLE: Final = 40  # tokens of a quoted title at most
_MAX_HOST: Final = 8  # tokens of the host at most
_JOINING: Final = 3  # letters of a host's joining word in small letters at most (`of`, `the`)


@functools.cache
def _ins() -> frozenset[str]:
    """The bare words that open a host (`[words] in_bare`: `in`, `içinde`), casefolded."""
    return frozenset(w.casefold() for w in shipped_words("in_bare"))


@functools.cache
def _cities() -> frozenset[str]:
    return frozenset(c.casefold() for c in shipped_words("cities"))


def _imprint_or_label(tokens: list[Token], host: int, end: int) -> bool:
    """Whether the words before a colon are an imprint's place (`London: …`) or a label before
    an address (`Available at: https://…`), no host (`The Diplomat: Asia` is one)."""
    if end + 1 >= len(tokens) or tokens[end].text != ":":
        return False
    place = " ".join(t.text for t in tokens[host:end]).casefold()
    after = tokens[end + 1].text.casefold()
    return place in _cities() or after.startswith(("http", "www"))


def _closing(tokens: list[Token], close: str) -> int | None:
    """Where the quote that the note's first token opens closes."""
    for k in range(2, min(len(tokens), _MAX_TITLE)):
        if tokens[k].text == close:
            return k
    return None


def quoted_title_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an unsigned work's quoted title, bracketed year, host and day read as such
    (see the module's doc)."""
    if len(tokens) < 7 or (close := QUOTE_PAIRS.get(tokens[0].text)) is None:
        return found
    q = _closing(tokens, close)
    if (
        q is None
        or q + 4 >= len(tokens)
        or [t.text for t in tokens[q + 1 : q + 4 : 2]] != ["(", ")"]
    ):
        return found
    if not is_year(tokens[q + 2].text):
        return found
    host = end = q + 4
    while end < len(tokens) and tokens[end].text not in {",", ".", "(", ":"}:
        end += 1
    words = [t.text for t in tokens[host:end] if t.text.isalnum()]
    if not words or end - host > _MAX_HOST or not words[0][:1].isupper():
        return found
    if _imprint_or_label(tokens, host, end) or words[0].casefold() in _ins():
        return found  # `(2019) London: …`, `Available at: …`, `(2022) In Smith, J. (ed.) …`
    if any(w[:1].islower() and len(w) > _JOINING for w in words):
        return found  # `“Stalker” (1979) Tarkovsky'nin en önemli filmidir.`: prose, no host
    out = painted(found, (OTHER, 0, 1))
    out = painted(out, ("title", 1, q))
    out = painted(out, (OTHER, q, q + 2))
    out = painted(out, ("issued", q + 2, q + 3))
    out = painted(out, (OTHER, q + 3, host))
    out = painted(out, ("container-title", host, end))
    day = end + 1
    if end < len(tokens) and tokens[end].text == "," and day + 1 < len(tokens):
        first, second = tokens[day].text, tokens[day + 1].text
        if first.isdecimal() and len(first) <= 2 and second.isalpha() and second[0].isupper():
            out = painted(out, ("issued", day, day + 2))  # `8 December`
        elif first.isalpha() and first[0].isupper() and second.isdecimal() and len(second) <= 2:
            out = painted(out, ("issued", day, day + 2))  # `December 8`
    return out
