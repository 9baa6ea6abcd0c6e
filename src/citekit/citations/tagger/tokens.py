"""Cut a citation into tokens that keep their character offsets.

Words, runs of digits and single punctuation marks are tokens; an address (``https://…``,
``www.…``) and a DOI (``10.1177/…``) are one token each, since the exact rules find them whole.
"""

from __future__ import annotations

import itertools
import re

from attrs import frozen

__all__ = ["Token", "token_texts", "tokenize"]

# one alternation, each branch opening with a distinct class: the scan is linear
_TOKEN = re.compile(
    r"(?i:https?://|www\.)[^\s<>\"“”«»]+"
    r"|10\.\d{4,9}/[^\s<>\"“”«»,;]+"
    r"|(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,6}(?!\w|\.\w)"  # a site named by its domain
    r"|[^\W\d_]+"
    r"|\d+"
    r"|\S"
)


@frozen
class Token:
    """One token: its text and where it sits in the citation's text."""

    text: str
    start: int
    end: int


def tokenize(text: str, limit: int | None = None) -> list[Token]:
    """The tokens of `text`, in order, with offsets (whitespace is never a token); at most
    `limit` of them when given (the rest of the text is not even scanned).

    >>> [t.text for t in tokenize("Сулейменов О. Аз и Я. 304 с.")]
    ['Сулейменов', 'О', '.', 'Аз', 'и', 'Я', '.', '304', 'с', '.']
    """
    found = _TOKEN.finditer(text)
    return [Token(m.group(), m.start(), m.end()) for m in itertools.islice(found, limit)]


def token_texts(text: str, limit: int | None = None) -> list[str]:
    """The texts of `tokenize`'s tokens (no offsets: nothing is built per token).

    >>> token_texts("Сулейменов О. Аз и Я.", 3)
    ['Сулейменов', 'О', '.']
    """
    return [m.group() for m in itertools.islice(_TOKEN.finditer(text), limit)]
