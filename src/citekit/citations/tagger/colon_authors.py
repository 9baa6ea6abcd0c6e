"""An author's name closed by a colon at the note's head, as German notes write it (DIN 1505
and the humanities' house styles): `Andreas Kappeler: Russland als Vielvölkerreich. München:
Beck 1992, S. 145.`, `Uwe Halbach: Zentralasien … In: Osteuropa 57 (2007)`. The head before
the first colon is the author when it is written as a person's name (two to four capitalised
words) that opens with a known given name (the language files' `[names] given`), or when the
note is written in that form (a host after `In:`, a page after `S.`): the title follows the
colon, so a title run the model opened at the name starts after it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set, token_texts
from citekit.languages import language

__all__ = ["colon_author"]

_MIN_WORDS: Final = 2
_MAX_WORDS: Final = 4
_GLUED: Final = frozenset({"-", "."})  # inside a name: `Hans-Jürgen`, `C. H.`


def _name_words(tokens: list[Token], a: int, k: int) -> list[str] | None:
    """The words of tokens `a`..`k` when they are written as a person's name, else None."""
    words: list[str] = []
    for i in range(a, k):
        text = tokens[i].text
        if text in _GLUED and i > a:
            continue
        if not text.isalpha() or not text[:1].isupper() or (text.isupper() and len(text) > 1):
            return None
        words.append(text)
    return words if _MIN_WORDS <= len(words) <= _MAX_WORDS else None


@functools.cache
def _in_forms() -> tuple[tuple[str, ...], ...]:
    """The tokens of German's host words (`In:`): the language file's `[words] in`."""
    return tuple(tuple(token_texts(w)) for w in language("de").words.in_)


@functools.cache
def _page_forms() -> tuple[tuple[str, ...], ...]:
    """The tokens of German's abbreviated page words (`S.`): its `[words] page` with a period."""
    return tuple(tuple(token_texts(w)) for w in language("de").words.page if w.endswith("."))


def _at(tokens: list[Token], i: int, form: tuple[str, ...]) -> bool:
    """Whether `form`'s tokens are written from token `i` on."""
    return i + len(form) <= len(tokens) and all(
        tokens[i + j].text == text for j, text in enumerate(form)
    )


def _written_so(tokens: list[Token], colon: int) -> bool:
    """Whether the note after token `colon` has the form's host (`In:`) or page (`S. 5`)."""
    for i in range(colon + 1, len(tokens) - 2):
        if any(_at(tokens, i, form) for form in _in_forms()):
            return True
        for form in _page_forms():
            end = i + len(form)
            if end < len(tokens) and _at(tokens, i, form) and tokens[end].text[:1].isdigit():
                return True
    return False


def colon_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's name before the colon that opens a title's run read as the
    author, the title after the colon."""
    if ":" not in text_set(tokens) or any(run[0] == "author" for run in found):
        return found  # no colon, or an author found (most notes)
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title":
        return found
    _, a, b = found[j]
    if a > 0 and tokens[a - 1].text in QUOTES:
        return found  # `“David Kindersley: In ‘Love with Letters’.”`: the quotes hold a title
    colon = next((k for k in range(a + 2, b - 1) if tokens[k].text == ":"), None)
    if colon is None or tokens[colon - 1].end != tokens[colon].start:
        return found
    words = _name_words(tokens, a, colon)
    if words is None or not tokens[colon + 1].text[:1].isupper():
        return found
    if words[0].lower() not in given_names() and not _written_so(tokens, colon):
        return found
    split: list[Run] = [("author", a, colon), (OTHER, colon, colon + 1), ("title", colon + 1, b)]
    return [*found[:j], *split, *found[j + 1 :]]
