"""Co-authors written family first after one so written. A list of persons keeps one form:
after `Tret’yakova, D. A., ` the next `Dement’yeva, V. R.` is a second author (the References
lists of Russian and Kazakh journals, APA's and GOST's inverted lists): a capitalised family
word (a glued hyphen or apostrophe and its letters with it: `Vasil’yev`), a comma and initials
glued to their periods are a person's name, never a title's first words, whatever run the
model laid over them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.glued_initials import glued_initials, glued_word
from citekit.citations.tagger.name_words import name_particles
from citekit.citations.tagger.tokens import Token

__all__ = ["inverted_coauthors"]

_PERSON: Final = "author"
_TITLE: Final = "title"
_JOINERS: Final = frozenset({"-", "'", "’"})


def _family(tokens: list[Token], k: int) -> int:
    """The index after a capitalised family word at `k` (`Tret’yakova`, `Ivanova-Petrova`
    whole; `Lopes da Silva`, its particle and last word with it), or `k`."""
    end = glued_word(tokens, k, _JOINERS)
    if end == k or end + 1 >= len(tokens) or tokens[end].text not in name_particles():
        return end
    last = glued_word(tokens, end + 1, _JOINERS)
    return last if last > end + 1 else end


def _name(tokens: list[Token], k: int) -> int:
    """The index after `Family, I. I.` opening at `k`, or `k`."""
    f = _family(tokens, k)
    if f == k or f >= len(tokens) or tokens[f].text != ",":
        return k
    end = glued_initials(tokens, f + 1)
    return k if end == f + 1 else end


def inverted_coauthors(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the names written `Family, I. I.` that follow, each after a comma, a first
    author written so given to the authors."""
    out = list(labels)
    if _PERSON not in out:
        return out  # the cheap precheck: no author
    a = out.index(_PERSON)
    k = _name(tokens, a)
    if k == a or any(label != _PERSON for label in out[a : k - 1]):
        return out  # the first author is no `Family, I. I.` the model read as one
    while k + 1 < len(tokens) and tokens[k].text == ",":
        end = _name(tokens, k + 1)
        if end == k + 1:
            break
        if any(label not in (_PERSON, _TITLE, OTHER) for label in out[k + 1 : end]):
            break
        out[k] = OTHER
        out[k + 1 : end] = [_PERSON] * (end - k - 1)
        k = end
    return out
