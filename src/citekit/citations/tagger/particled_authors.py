"""A family name opening with its particles inside a list of authors (`…, O’Brien, S. D., van
den Berg, H., Abdrakhmanova-Smith, L., …`): the particles in small letters look like a title's
words to the model. Between two authors' runs, a run of particles, one capitalised family word
and, after its comma, initials is an author's name."""

from __future__ import annotations

from citekit.citations._words import lower
from citekit.citations.name_sets import family_particles
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import capitalised, is_initial
from citekit.citations.tagger.tokens import Token

__all__ = ["particled_author"]


def _particled(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b (and the period after) are `van den Berg, H.`."""
    k = a
    while k < b and tokens[k].text.islower() and lower(tokens[k].text) in family_particles():
        k += 1
    if k == a or k + 2 >= b + 1 or not capitalised(tokens[k].text.replace("-", "")):
        return False
    if tokens[k + 1].text != ",":
        return False
    rest = [t.text for t in tokens[k + 2 : min(b + 1, len(tokens))]]
    return bool(rest) and all(is_initial(t) or t == "." for t in rest)


def particled_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a name between authors read as an author's (see the module's doc)."""
    for j in range(2, len(found) - 2):
        label, a, b = found[j]
        if label != "title" or found[j - 2][0] != "author" or found[j + 2][0] != "author":
            continue
        if found[j - 1][0] != OTHER or found[j + 1][0] != OTHER:
            continue
        if _particled(tokens, a, b):
            return [*found[:j], ("author", a, b), *found[j + 1 :]]
    return found
