"""A hand-written note's title read into its author's run: `Hüseyin Algül, İslâm Tarihi, Cilt
1, Gonca Yayınevi, İstanbul 1986, s. 201.` A note that names no title gives one in the words
after its author's comma: the run opens with a person's name (a known given name first) and
goes on, after a comma, with words that are no person's (no given name first, no initial).
The host the model then read after it, named by a publisher's word (`Gonca Yayınevi`), is the
book's publisher."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["publisher_words", "title_in_author"]

_NAME_WORDS: Final = range(2, 5)  # a person's name's words (`Ahmet Cevdet Yılmaz`)
_IMPRINT: Final = frozenset({"publisher", "publisher-place", "volume", "issued"})


def _words(tokens: list[Token], a: int, b: int) -> list[str] | None:
    """The tokens a..b if all are capitalised words (hyphens and apostrophes inside kept)."""
    words = [t.text for t in tokens[a:b]]
    if all(w[:1].isupper() and w.isalpha() for w in words):
        return words
    return None


def title_in_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words after the comma of the note's one author run read as the title,
    in a note with no title and an imprint's field after them."""
    labels = [run[0] for run in found]
    if labels.count("author") != 1 or "title" in labels or _IMPRINT.isdisjoint(labels):
        return found
    j = labels.index("author")
    _, a, b = found[j]
    commas = [k for k in range(a, b) if tokens[k].text == ","]
    if len(commas) != 1:
        return found
    c = commas[0]
    name, rest = _words(tokens, a, c), _words(tokens, c + 1, b)
    if name is None or rest is None or len(name) not in _NAME_WORDS or len(rest) < 2:
        return found
    if lower(name[0]) not in given_names() or lower(rest[0]) in given_names():
        return found
    runs = [("author", a, c), (OTHER, c, c + 1), ("title", c + 1, b)]
    out = [*found[:j], *runs, *found[j + 1 :]]
    k = next((i for i, run in enumerate(out) if run[0] == "container-title"), None)
    if (
        k is not None
        and "publisher" not in labels
        and tokens[out[k][2] - 1].text in publisher_words()
    ):
        out[k] = ("publisher", out[k][1], out[k][2])
    return out


@functools.cache
def publisher_words() -> frozenset[str]:
    """The publisher's words of every language file (`Yayınevi`, `Press`)."""
    return frozenset(shipped_words("publisher"))
