"""A person named in direct order, a known given name then the family (`Асқар Есімов`,
`Marat Seyitov`), is whole: initials after its comma are never its own (an inverted name is
`Family, I.`), so initials that open the next segment and run into a capitalised word are
the opening of a title about a person (`Иван Петров, А. С. Пушкин и его эпоха`). A note that
opens with an initial, a known given name and a family before a comma (`M. Şakir Ülkütaşır,
Title`, `M. Fuad Köprülü, Title`) opens with its author, whatever the model made of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.glued_initials import glued_initials
from citekit.citations.tagger.tokens import Token

__all__ = ["direct_order", "initials_after_direct_name"]

_TITLE: Final = "title"
_WORDS: Final = 2  # a given name and a family


def direct_order(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether the two words `a`..`b` are a name in direct order: a known given name
    (`[names] given`), then a capitalised word that is none."""
    if b - a != _WORDS or not all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[a:b]):
        return False
    names = given_names()
    return lower(tokens[a].text) in names and lower(tokens[a + 1].text) not in names


def initials_after_direct_name(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the initials a direct-order name's run took after its comma given to the
    title they open, when that run ends at them and the title goes on at once."""
    out = _opening_author(tokens, list(labels))
    n = len(tokens)
    for a in range(n - 4):
        label = out[a]
        if label not in ("author", "editor") or (a and out[a - 1] == label):
            continue
        if tokens[a + 2].text != "," or not direct_order(tokens, a, a + 2):
            continue
        end = glued_initials(tokens, a + 3)
        if end == a + 3 or end >= n or any(x != label for x in out[a:end]):
            continue
        if out[end] != _TITLE or not tokens[end].text[:1].isupper():
            continue
        out[a + 2] = OTHER
        out[a + 3 : end] = [_TITLE] * (end - a - 3)
    return out


def _opening_author(tokens: list[Token], out: list[str]) -> list[str]:
    """`out` with a title run that opens the note with `I. Given Family,` and goes on after the
    comma given its author (`M. Şakir Ülkütaşır, Atatürk ve Harf Devrimi, Ankara`)."""
    j = glued_initials(tokens, 0)
    e = j + _WORDS
    if j == 0 or e + 1 >= len(tokens) or tokens[e].text != "," or not direct_order(tokens, j, e):
        return out
    if any(x != _TITLE for x in out[: e + 2]) or not tokens[e + 1].text[:1].isupper():
        return out
    return ["author"] * e + [OTHER] + out[e + 1 :]
