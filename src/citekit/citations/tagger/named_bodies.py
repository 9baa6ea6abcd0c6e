"""A body named for a person writes the person after its name in Russian and Ukrainian
(`Институт истории и этнологии имени Ч. Ч. Валиханова`, `КазНУ им. аль-Фараби`: `[names]
named_for`): the person's initials and family end the body's name, up to the period that
closes its sentence, and the title opens after that period; the model reads the person as the
title's head."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import available_languages, language

__all__ = ["initialled_house", "named_body", "named_publisher"]

_PERSON: Final = 8  # tokens of the person's name after the word at most (`Ч. Ч. Валиханова`)
_BODY_RUNS: Final = frozenset({"author", "container-title", "title", "publisher"})
_PIECE: Final = 2  # runs back to the name's piece before its "and" (the piece and the word)
_WORD: Final = 2  # letters of the family before the closing period at least (no initial)


@functools.cache
def _named_for() -> frozenset[str]:
    """The `[names] named_for` words of every shipped language, without their period."""
    found = (w for code in available_languages() for w in language(code).named_for)
    return frozenset(w.removesuffix(".") for w in found)


def _sentence_end(tokens: list[Token], k: int, *, opens_next: bool = True) -> int | None:
    """The period that closes the person's name opened at `k`: glued to a word of two letters
    or more (not an initial's) and, when `opens_next`, followed by a capitalised word; None
    when a comma or a number comes first."""
    for p in range(k + 1, min(len(tokens) - (1 if opens_next else 0), k + _PERSON)):
        word, mark = tokens[p - 1], tokens[p]
        if mark.text in ",;:/" or word.text.isdecimal():
            return None
        if mark.text != "." or mark.start != word.end or len(word.text) < _WORD:
            continue
        if not opens_next:
            return p
        after = tokens[p + 1]
        return p if after.text[:1].isupper() and after.start > mark.end else None
    return None


def named_body(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an author's run that ends inside a body's person (`… имени Ч` + `. Ч.
    Валиханова. Title`) read to the period after the person, the title after it."""
    if text_set(tokens).isdisjoint(_named_for()):
        return found  # most notes (at C speed): no such word
    words = _named_for()
    j = next(
        (
            j
            for j, (label, a, b) in enumerate(found)
            if label == "author" and any(tokens[m].text in words for m in range(a, b))
        ),
        None,
    )
    if j is None:
        return found
    _, a, b = found[j]
    word = next(m for m in range(a, b) if tokens[m].text in words)
    if word == a:  # `Институт философии и права` + `имени А. Х. …`: the body's run before
        if j == 0 or found[j - 1][2] != a or found[j - 1][0] not in _BODY_RUNS:
            return found
        j -= 1
        a = found[j][1]
    # `Институт литературы` + `и` + `искусства имени …`: the model cut the name at its "and"
    while j >= _PIECE and found[j - 1][0] == OTHER and found[j - 2][0] == "author":
        between = found[j - 1]
        if between[2] - between[1] != 1 or "and" not in marks[between[1]]:
            break
        j -= 2
        a = found[j][1]
    p = _sentence_end(tokens, word + 1)
    if p is None or p < b:
        return found
    labels = [label for label, c, d in found for _ in range(c, d)]
    if len(labels) != len(tokens) or set(labels[b:p]) - {"title", OTHER}:
        return found
    if labels[p + 1] not in ("title", OTHER) or "title" not in labels[b : p + 2]:
        return found
    end = p + 1
    while end < len(labels) and labels[end] in ("title", OTHER) and labels[end] == labels[p + 1]:
        end += 1
    head: list[Run] = [("author", a, p), (OTHER, p, p + 1), ("title", p + 1, end)]
    rest = [(label, max(c, end), d) for label, c, d in found[j + 1 :] if d > end]
    return [*found[:j], *head, *rest]


_PUBLISHING: Final = frozenset({"publisher", "container-title"})


def named_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a publisher's or host's run that ends inside its person (`МГУ им. М` +
    `. В. Ломоносова` read as a translator) read on to the person's family."""
    if text_set(tokens).isdisjoint(_named_for()):
        return found  # most notes: no such word
    words = _named_for()
    for j, (label, a, b) in enumerate(found):
        if label not in _PUBLISHING:
            continue
        word = next((m for m in range(a, b) if tokens[m].text in words), None)
        if word is None:
            continue
        p = _sentence_end(tokens, word + 1, opens_next=False)  # `им. М. В. Ломоносова. –`
        if p is None or p <= b:
            return found
        if not all(t.text == "." or t.text[:1].isupper() for t in tokens[b:p]):
            return found  # the person's initials and family only
        rest = [(lab, max(c, p), d) for lab, c, d in found[j + 1 :] if d > p]
        return [*found[:j], (label, a, p), *rest]
    return found


def initialled_house(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place run of a person's initials alone before the house's run, only
    their period between, read as the house's head (`[PhD dissertation]. L. N. Gumilyov
    Eurasian National University.`): no place is written as initials."""
    for j in range(len(found) - 2):
        (label, a, b), gap, (house, _, d) = found[j], found[j + 1], found[j + 2]
        if label != "publisher-place" or gap[0] != OTHER or house != "publisher":
            continue
        if any(t.text != "." for t in tokens[gap[1] : gap[2]]):
            continue
        words = [t.text for t in tokens[a:b] if t.text != "."]
        if words and all(len(w) == 1 and w.isupper() for w in words):
            return [*found[:j], ("publisher", a, d), *found[j + 3 :]]
    return found
