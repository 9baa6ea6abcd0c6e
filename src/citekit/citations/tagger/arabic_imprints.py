"""A classical Arabic work as theology and law footnotes cite it in Latin letters (`Serahsî,
el-Mebsût, Dâru’l-Ma‘rife, Beyrut 1989, X, 12`, `al-Sarakhsī, al-Mabsūṭ, Dār al-Maʿrifa,
Beirut 1989`): the author known by one name, the title opening with the Arabic article glued
to its word by a hyphen, the publishing house named by its Arabic head word (`[words]
house_head`: `Dâru`, `Mektebetü`, `Dār`), then the place and the year.

- A part after the author's one-name comma (`Serahsî`, `al-Ghazali`) that opens with the article
  (`el-`, `et-`, `al-`) is the title, never the name's second part: an inverted name's given
  names never open with it.
- A part between commas headed by a house's word, right before the place or the year, is the
  publisher, never the title or the host."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, label_at, painted
from citekit.citations.tagger.article_titles import article_word
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["arabic_imprint"]

_IMPRINT: Final = frozenset({"publisher-place", "issued"})


@functools.cache
def _house_heads() -> frozenset[str]:
    """The head words of Arabic publishing houses' names, case-folded (`Dâru`, `Mektebetü`)."""
    return frozenset(w.casefold() for w in shipped_words("house_head"))


def _part_end(tokens: list[Token], k: int) -> int:
    """The index of the comma that closes the part opening at `k`, or the note's end."""
    return next((i for i in range(k, len(tokens)) if tokens[i].text == ","), len(tokens))


def arabic_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a classical Arabic work's title and house read (see the module's doc)."""
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return found
    out = found
    for c in commas:
        end = _part_end(tokens, c + 1)
        if end >= len(tokens) or c + 1 >= end:
            continue
        if tokens[c + 1].text.casefold() in _house_heads() and label_at(out, end + 1) in _IMPRINT:
            out = painted(out, ("publisher", c + 1, end))
    c = commas[0]
    end = _part_end(tokens, c + 1)
    start = next((a for label, a, b in out if label == "author" and a < c < b), None)
    if start is None or not article_word(tokens, c + 1):
        return out
    words = [
        k for k in range(start, c) if tokens[k].text[:1].isalpha() and not article_word(tokens, k)
    ]
    if len(words) != 1:
        return out  # `İbn Âbidîn`, `Ebû Bekr el-Kâsânî`: a name of several words
    if end < len(tokens) and label_at(out, end + 1) in {"publisher", *_IMPRINT}:
        out = painted(out, ("author", start, c))
        out = painted(painted(out, (OTHER, c, c + 1)), ("title", c + 1, end))
    return out
