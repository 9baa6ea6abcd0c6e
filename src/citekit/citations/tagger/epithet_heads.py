"""A classical author known by an epithet heading a book. Turkic, Persian and Ottoman authors are
cited by a name closed by the word they are known by (`Abulgazy Bahadyr han`, `Yusuf Has Hacib`,
`Ebulgazi Bahadır Han`, `Абулгази Бахадур хан`, `Бұхар жырау`: `[names] epithet`); such a name
written as the note's first sentence, before the sentence of the title, is its author, whole: a
title never closes its first sentence on a person's epithet after capitalised names."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import epithets, is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["epithet_head"]

_WORDS: Final = (2, 4)  # words of the name, its epithet included


def _name_end(tokens: list[Token], b: int) -> int | None:
    """The full stop closing a name of capitalised words and an epithet that opens the note
    within tokens 0..b (the stop may be token b), or None."""
    last = min(b + 1, len(tokens), _WORDS[1] * 2 + 1)
    stop = next((k for k in range(1, last) if tokens[k].text == "."), None)
    if stop is None:
        return None
    words = [t.text for t in tokens[:stop] if t.text != "-"]
    if not _WORDS[0] <= len(words) <= _WORDS[1] or not all(w.isalpha() for w in words):
        return None
    if lower(words[-1]) not in epithets() or not all(w[:1].isupper() for w in words[:-1]):
        return None
    if is_organisation(" ".join(words)):
        return None
    return stop


def epithet_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name closed by an epithet, the first sentence of a title's run that opens
    the note (or the whole of that run, another title's run following it), read as the author
    (see the module's doc)."""
    if not found or any(run[0] == "author" for run in found):
        return found
    label, a, b = found[0]
    if label != "title" or a != 0 or (stop := _name_end(tokens, b)) is None:
        return found
    if stop + 1 < b:
        runs: list[Run] = [("author", 0, stop), (OTHER, stop, stop + 1), ("title", stop + 1, b)]
        return [*runs, *found[1:]]
    rest = found[1:3]
    if stop == b and len(rest) == 2 and rest[0][2] - rest[0][1] == 1 and rest[1][0] == "title":
        return [("author", 0, b), *found[1:]]
    return found
