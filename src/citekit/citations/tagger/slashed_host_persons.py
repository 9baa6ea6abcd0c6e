"""A part's host after GOST's `//` opened by its author's name (`Предисловие // Хобсбаум Э.
Эпоха крайностей. М., 2004`, `// Светоний Транквилл Г. Жизнь двенадцати цезарей`, `//
Абай Құнанбайұлы. Шығармаларының толық жинағы`): the name is the book's author, none of its
title's words. When the model read the name into the host, the host starts after it: a family
and its initials, or a given name and a family that ends as one does, then a period and a
capitalised word."""

from __future__ import annotations

from citekit.citations.family_endings import ends_as_family
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import Token

__all__ = ["person_before_host"]

_MAX_WORDS = 2  # words of a family, or of a given name and a family (`Светоний Транквилл`)


def _word(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text.isalpha() and text[0].isupper() and not text.isupper()


def _initials_end(tokens: list[Token], k: int, b: int) -> int | None:
    """Where one to three initials (`Г .`, `М . Л .`) opening at `k` end, before `b`."""
    count = 0
    while k + 1 < b and len(tokens[k].text) == 1 and tokens[k].text.isupper():
        if tokens[k + 1].text != ".":
            return None
        k, count = k + 2, count + 1
    return k if 1 <= count <= 3 else None


def _name_end(tokens: list[Token], a: int, b: int) -> int | None:
    """Where a person's name opening the run `a:b` ends, its closing period included."""
    words = 0
    while words < _MAX_WORDS and a + words < b and _word(tokens[a + words]):
        words += 1
    if not words:
        return None
    end = _initials_end(tokens, a + words, b)
    if end is None:
        # `Абай Құнанбайұлы.`: a given name, then a family that ends as one does
        last = a + words - 1
        if words != _MAX_WORDS or not ends_as_family(tokens[last].text):
            return None
        if a + words >= b or tokens[a + words].text != ".":
            return None
        end = a + words + 1
    if end >= b or not tokens[end].text[:1].isupper():
        return None  # the host's own title goes on after the name
    return end


def person_before_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author's name opening the host after `//` given to no field (see the
    module's doc), when the part's title stands before `//`."""
    s = slashes_at(tokens)
    if s < 1:
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or a != s + 2:
            continue
        if not any(lab == "title" and e <= s for lab, _, e in found[:j]):
            return found
        end = _name_end(tokens, a, b)
        if end is None:
            return found
        return [*found[:j], (OTHER, a, end), ("container-title", end, b), *found[j + 1 :]]
    return found
