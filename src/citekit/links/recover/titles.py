"""Title matching across scripts and spellings, by token overlap.

A note's title and a page's title rarely agree letter for letter: the page adds "| Akorda", the
note drops quotes, the site's slug is a romanization of a Kazakh title, a number is written
``$74,6`` on one side and ``74.6`` on the other. Each title becomes a list of token
*skeletons* (see ``languages/data/translit/title-match.toml``: case, marks and script folded
away), and two titles score by the weighted Dice coefficient of the tokens they share. A token
matches another of the same skeleton fully, or of the same five-letter stem (an inflected
form: Turkmen ``Türkmenistanyň`` and ``Türkmenistan``) in part. No substring luck: a short
title inside a long one scores low.

>>> similarity("Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev")
1.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from attrs import frozen

from citekit.languages.skeletons import skeleton

__all__ = [
    "TitleKey",
    "best_part_similarity",
    "compare",
    "key_similarity",
    "similarity",
    "slug_title",
    "title_key",
    "title_parts",
]

_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = re.compile(r"\s+[|–—:·•»-]\s+|\s+-{2}\s+")
_STEM = 5
_STEM_CREDIT = 0.85
_LONGEST = 1000  # characters of a title compared: longer text is not a title, and work stays linear
_SLUG_TAIL = re.compile(r"\.(?:html?|php|aspx?)$", re.IGNORECASE)


@frozen
class TitleKey:
    """A title's token skeletons with their weights, ready for comparison."""

    tokens: tuple[str, ...]
    weights: tuple[float, ...]

    @property
    def total(self) -> float:
        """The sum of the weights."""
        return sum(self.weights)


def _weight(token: str, proper: bool) -> float:
    if token.isdigit():
        return 2.0  # $74,6 against $62: a figure tells stories apart
    if len(token) <= 2:
        return 0.3
    return 1.5 if proper else 1.0  # a place or a person: Eýran against Owganystan


def title_key(text: str) -> TitleKey:
    """Tokens of a title, folded to skeletons (empty skeletons dropped).

    Numbers weigh double and capitalised words inside a title (names) one and a half times:
    the words that tell two stories on one site apart.
    """
    words = _WORD.findall(text[:_LONGEST])
    shouting = all(not w.islower() for w in words)
    tokens: list[str] = []
    weights: list[float] = []
    for index, word in enumerate(words):
        token = skeleton(word)
        if token:
            tokens.append(token)
            proper = index > 0 and not shouting and word[:1].isupper()
            weights.append(_weight(token, proper))
    return TitleKey(tuple(tokens), tuple(weights))


def _credit(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if len(a) >= _STEM and len(b) >= _STEM and a[:_STEM] == b[:_STEM]:
        return _STEM_CREDIT
    return 0.0


def compare(a: TitleKey, b: TitleKey) -> tuple[float, float]:
    """A note's title key `a` against a page's `b`: the weighted Dice overlap (0 to 1), and
    the factor its contradictions cost.

    A figure or a name that one title has where the other has another word (the note says
    Eýran, the page Owganystan; $74,6 against $62) is a contradiction, not a gap: each costs
    a share of the score (0.7 a figure, 0.8 a name), so a sibling story stays below a write
    threshold that a title missing a word still reaches.
    """
    total = a.total + b.total
    if not total:
        return 0.0, 1.0
    free = list(range(len(b.tokens)))
    shared = 0.0
    missing: list[tuple[str, float]] = []
    for token, weight in zip(a.tokens, a.weights, strict=True):
        best, where = 0.0, -1
        for slot, index in enumerate(free):
            credit = _credit(token, b.tokens[index])
            if credit > best:
                best, where = credit, slot
                if credit == 1.0:
                    break
        if where >= 0:
            other = b.weights[free.pop(where)]
            shared += best * (weight + other)
        elif weight >= 1.0:
            missing.append((token, weight))
    extra = [(b.tokens[i], b.weights[i]) for i in free if b.weights[i] >= 1.0]
    factor = 1.0
    for (mine, my_weight), (theirs, their_weight) in zip(
        sorted(missing, key=lambda t: -t[1]), sorted(extra, key=lambda t: -t[1]), strict=False
    ):
        if max(my_weight, their_weight) < 1.5:
            break
        factor *= 0.7 if mine.isdigit() or theirs.isdigit() else 0.8
    return min(1.0, shared / total), factor


def key_similarity(a: TitleKey, b: TitleKey) -> float:
    """How alike a note's title key is to a page's, contradictions counted (see `compare`)."""
    raw, factor = compare(a, b)
    return round(raw * factor, 4)


def similarity(a: str, b: str) -> float:
    """How alike two titles are, 0 to 1, insensitive to case, quotes, script and spelling."""
    return key_similarity(title_key(a), title_key(b))


def title_parts(page_title: str) -> list[str]:
    """A page title, and its parts when the site added its name (``Title | Site``)."""
    page_title = page_title[:_LONGEST]
    return [page_title, *(p for p in _SEPARATORS.split(page_title) if p.strip())]


def best_part_similarity(note: TitleKey, page_title: str) -> float:
    """Similarity to a page title, or to its best part when the site added its name."""
    return max(key_similarity(note, title_key(p)) for p in title_parts(page_title))


def slug_title(url: str, note: Sequence[str] = ()) -> str:
    """The words of a URL's last meaningful path segment (its slug), for matching a title.

    Numeric ids (``/post/7770/``) are dropped unless the note's own tokens contain them.
    """
    path = urlsplit(url).path.rstrip("/")
    segments = [unquote(s) for s in path.split("/") if s]
    for segment in reversed(segments):
        words = re.split(r"[-_+.\s]+", _SLUG_TAIL.sub("", segment))
        kept = [w for w in words if w and (not w.isdigit() or skeleton(w) in note)]
        if sum(1 for w in kept if not w.isdigit()) >= 2:
            return " ".join(kept)
    return ""
