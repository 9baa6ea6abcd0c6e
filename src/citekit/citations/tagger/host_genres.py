"""A blog named as a host carries its kind in brackets after its name (Chicago's `Registan
(blog), 3 October 2017`): the bracket (a `[types] blog` word in it) is no part of the host's
name. The model reads it now in the name, now out of it. So is a podcast's or a video's kind
after its host, in brackets or as a last word in small letters (`Medyascope (podcast)`, `War on
the Rocks podcast`, `YouTube video`: `[types] podcast`, `[words] video`); a name's own capital
word stays (`The Lawfare Podcast`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["bracketed_blog", "capital_in_name"]


@functools.cache
def _blog_words() -> frozenset[str]:
    words = shipped_type_words("blog") | shipped_type_words("podcast")
    return frozenset(w.casefold() for w in words if " " not in w)


@functools.cache
def _trailing_words() -> frozenset[str]:
    """Kinds written in small letters after a host's name (`podcast`, `video`); a blog's word
    stays, the name's (`The Diplomat blog`, `Бақыт Жақыпов блогы`)."""
    words = shipped_type_words("podcast") | shipped_words("video")
    return frozenset(w for w in words if w.islower() and " " not in w)


def bracketed_blog(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's closing `(blog)`, `(podcast)` or small `podcast` left to no
    field; a name left to no field before `(blog)`, after a quoted title's comma, the host."""
    found = _unread_host(tokens, found)
    out: list[Run] = []
    for label, a, b in found:
        if label == "container-title" and b - a > 3 and _closing_kind(tokens, b):
            out.extend([(label, a, b - 3), (OTHER, b - 3, b)])
        elif label == "container-title" and b - a > 1 and _kind_after_name(tokens, b):
            out.extend([(label, a, b - 1), (OTHER, b - 1, b)])
        else:
            out.append((label, a, b))
    return out


_HOST_WORDS: Final = 8  # words of a blog's name at most


def _unread_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the capitalised words before `(blog)` that no run holds, after a quoted
    title's closing quote and comma (`“Title,” Steppe Archives (blog), May 2, 2020`), read as
    the host: Chicago names a blog so, and its kind in brackets tells it is a host."""
    if "(" not in {t.text for t in tokens}:
        return found  # most notes
    for k in range(2, len(tokens) - 2):
        if tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        if tokens[k + 1].text.casefold() not in _blog_words():
            continue
        s = k
        while s > 0 and k - s < _HOST_WORDS and tokens[s - 1].text[:1].isupper():
            s -= 1
        if s == k or s < 2 or tokens[s - 1].text not in _CLOSING_QUOTES | {","}:
            return found
        if any(label != OTHER and a < k and b > s for label, a, b in found):
            return found  # the model read the words as some field
        return painted(found, ("container-title", s, k))
    return found


def _kind_after_name(tokens: list[Token], b: int) -> bool:
    """Whether the run ending at `b` closes on a small kind word after a capitalised word of
    the name (`War on the Rocks podcast`, `YouTube video`; not `The Oxford handbook of film`,
    `Эстетика кино и видео`, where the word is the title's)."""
    before = tokens[b - 2].text
    return tokens[b - 1].text in _trailing_words() and before[:1].isupper() and before.isalpha()


def _closing_kind(tokens: list[Token], b: int) -> bool:
    """Whether the run ending at `b` closes on `(blog)` or `(podcast)`."""
    opening, word, closing = (t.text for t in tokens[b - 3 : b])
    return opening == "(" and closing == ")" and word.casefold() in _blog_words()


_CLOSING_QUOTES: Final = frozenset(QUOTES.values()) | frozenset("’'")


def capital_in_name(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a blog's or a podcast's host that opens after a capital "in" word (the
    lexicon's `in` mark) inside a note's sentence read with it: after a comma a note writes the
    host's "in" in small letters, and a book's host carries no `(blog)` bracket, so `, In`
    before one opens the name (`“Prigozhin’s Last Telegram,” In Moscow’s Shadows (blog), …`)."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or a < 3 or "in" not in marks[a - 1]:
            continue
        if (
            not tokens[a - 1].text[:1].isupper()
            or b + 3 > len(tokens)
            or not _closing_kind(tokens, b + 3)
        ):
            return found
        before = a - 2
        if tokens[before].text in _CLOSING_QUOTES:
            before -= 1
        if tokens[before].text != "," or found[j - 1][0] != OTHER:
            return found
        return painted(found, (label, a - 1, b))
    return found
