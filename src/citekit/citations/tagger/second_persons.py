"""Turkish and other hand-written notes list a book's editors after one role word, commas
between (`Yay. haz. Ahmet B. Ercilasun, Ziyat Akkoyunlu, Ankara, TDK, 2014`): a full name
written given name first after the first editor's comma is the second editor, not a host or
a publisher, when the place follows it and either its given name is a known one or the
publisher is named after the place (so the name took no publisher's slot: `ed. Ali Kaya,
Metis Kitap, İstanbul, 2010` keeps its publisher); so is such a name before the publisher
and the place, whose slots others hold (`Der. Mümtaz’er Türköne, Tuncay Önder, İletişim
Yayınları, İstanbul 1991`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["second_listed_person"]

_ROLES: Final = frozenset({"editor", "translator"})
_TAKEN: Final = frozenset({"author", "container-title", "publisher", OTHER})  # never the title
_MAX_WORDS: Final = 3  # `Zühal Kargı Ölmez`
_PLACE_MARKS: Final = frozenset({"cities", "Bcities"})


def _full_name(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are two or three capitalised words the lexicon marks not at all."""
    words = tokens[a:b]
    if not 2 <= len(words) <= _MAX_WORDS or any(marks[k] for k in range(a, b)):
        return False
    return all(t.text.isalpha() and t.text[0].isupper() and not t.text.isupper() for t in words)


def _comma(tokens: list[Token], run: Run) -> bool:
    return run[0] == OTHER and [t.text for t in tokens[run[1] : run[2]]] == [","]


def _published_after(tokens: list[Token], found: list[Run], j: int, place: int) -> bool:
    """Whether a publisher is named after the place at token `place`: a publisher's run, or
    the place's run going on over a comma to a body's capitals (`Ankara, TDK`)."""
    for label, a, b in found[j:]:
        if label == "publisher" and a > place:
            return True
        if label == "publisher-place" and a == place:
            texts = [t.text for t in tokens[a:b]]
            if "," in texts and texts[-1].isupper() and len(texts[-1]) > 1:
                return True
    return False


def _publisher_then_place(
    tokens: list[Token], marks: list[set[str]], found: list[Run], k: int
) -> bool:
    """Whether run `k` is a publisher's and a comma and a place follow it."""
    if k + 1 >= len(found) or found[k][0] != "publisher" or not _comma(tokens, found[k + 1]):
        return False
    place = found[k + 1][2]
    return place < len(tokens) and bool(marks[place] & _PLACE_MARKS)


def second_listed_person(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the second of an editor's or translator's comma list read with its role."""
    if _PLACE_MARKS.isdisjoint(marks_union(marks)):
        return list(found)  # no place of the lexicon (most notes)
    for j in range(len(found) - 3):
        role = found[j][0]
        if role not in _ROLES:
            continue  # most runs: no role's before them
        label, a, b = found[j + 2]
        if label not in _TAKEN or label == role:
            continue
        if not _comma(tokens, found[j + 1]) or not _comma(tokens, found[j + 3]):
            continue
        if not _full_name(tokens, marks, a, b):
            continue
        known = tokens[a].text.casefold() in given_names()
        place = found[j + 3][2]
        # `Der. A, Tuncay Önder, İletişim Yayınları, İstanbul 1991`: the publisher's slot is taken
        before = _publisher_then_place(tokens, marks, found, j + 4)
        if not before and (place >= len(tokens) or not marks[place] & _PLACE_MARKS):
            continue
        if known or before or _published_after(tokens, found, j + 4, place):
            out = list(found)
            out[j + 2] = (role, a, b)
            return out
    return list(found)
