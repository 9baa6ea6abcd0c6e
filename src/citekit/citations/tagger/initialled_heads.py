"""Two forms the model misreads at their edges:

- A note that opens with a family name and its initials between commas (`Bartol'd, V. V.,
  "Dvenadtsat' lektsii …"`) opens with its author, whatever the model read: an initial that
  is also a Roman numeral (`V.`, `I.`) looked like a volume to it, and a family name written
  with an apostrophe (`Bartol'd`, `Gumilev`'s kin) like a title.
- GOST's heading (`Гарднер, Дж. Степные империи Евразии / Джеймс Гарднер ; …`), a family
  name, its comma (or none before a two-letter initial: `Гарднер Дж.`) and initials before
  the title, with the slash of a statement of
  responsibility after the title, is the author's, though the model ran it into the title.
- A given name after the family's comma that the model ran into the title (`Auezov, Mukhtar.
  The Path of Abai.`: the title's run holding `Mukhtar. The Path …`) is the author's: a
  title's run opens on no one-word sentence (two words, when the first is a given name of the
  language files: `Olcott, Martha Brill.`).
- A host after GOST's `//` that opens with an ordinal in Roman numerals (`// IV. Uluslararası
  Türk Dili Kurultayı Bildirileri`, `// XIV Всерос. конф.`) keeps it: the number is the
  host's, never no field's.
"""

from __future__ import annotations

import re
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token

__all__ = ["given_in_title", "inverted_initials_head", "roman_ordinal_host"]

_APOSTROPHES: Final = frozenset("'’")
_ROMAN: Final = re.compile(r"[IVXLC]{1,6}")
_MOST_INITIALS: Final = 3
_DIGRAPH: Final = 2  # letters of an initial at most (`Дж.`)
_PEOPLE: Final = frozenset({"author", "editor", "translator"})


def _family_end(tokens: list[Token]) -> int | None:
    """Where a capitalised family name opening the note ends (pieces joined by a glued
    apostrophe or hyphen: `Bartol'd`, `Ter-Minasian`), or None."""
    if not tokens or not tokens[0].text.isalpha() or not tokens[0].text[:1].isupper():
        return None
    k = 1
    while k + 1 < len(tokens) and tokens[k].text in (_APOSTROPHES | {"-"}):
        glued = tokens[k].start == tokens[k - 1].end and tokens[k + 1].start == tokens[k].end
        if not glued or not tokens[k + 1].text.isalpha():
            break
        k += 2
    return k


def inverted_initials_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a family name, a comma and initials, then a comma or APA's bracketed year,
    opening the note read as its author (see the module's doc)."""
    if not found or found[0][0] in _PEOPLE:
        return found  # a person read already (`Reese, E., Hunt, C. (Eds.)`: the editors)
    k = _family_end(tokens)
    if k is None or k + 2 >= len(tokens):
        return found
    if tokens[k].text != ",":
        # `Гарднер Дж. Структура разума / Джеймс Гарднер`: GOST's heading with no comma, its
        # two-letter initial new to the model
        if len(tokens[k].text) != _DIGRAPH or not _initial(tokens[k].text):
            return found
        k -= 1
    i, initials = k + 1, 0
    while i + 1 < len(tokens) and initials < _MOST_INITIALS:
        letter, period = tokens[i].text, tokens[i + 1].text
        if not (_initial(letter) and period == "."):
            break
        i, initials = i + 2, initials + 1
    if not initials or i >= len(tokens):
        return found
    labels = labels_at(found, len(tokens))
    if tokens[i].text not in ",(":  # a comma, or APA's bracketed year (`Bartol'd, V. V. (1963).`)
        return _gost_heading(tokens, labels, i) or found
    if not _PEOPLE.isdisjoint(labels):
        return found
    labels[:i] = ["author"] * i
    return runs(labels)


def _initial(text: str) -> bool:
    """An initial's letters: one capital, or a capital and a small letter written for one
    sound (`Дж.`, `Sh.`, `Yu.`)."""
    rest = text[1:]
    return 0 < len(text) <= _DIGRAPH and text[0].isupper() and (not rest or rest.islower())


def _gost_heading(tokens: list[Token], labels: list[str], i: int) -> list[Run] | None:
    """`labels` with GOST's heading (`Гарднер, Дж. Степные империи Евразии / Джеймс Гарднер`)
    read as the author when the title opens after its initials and a statement of
    responsibility follows the title after its slash; the model ran the heading into the
    title; None if the heading is not so written."""
    slash = next((k for k in range(i, len(tokens)) if tokens[k].text == "/"), None)
    if slash is None or not tokens[i].text[:1].isupper() or not tokens[i].text.isalpha():
        return None
    if set(labels[:i]) - {"title", OTHER} or labels[i] != "title":
        return None
    labels[:i] = ["author"] * i
    return runs(labels)


def roman_ordinal_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the Roman ordinal that opens the host after `//` read as the host's."""
    for j, (label, a, _b) in enumerate(found):
        if label != "container-title" or a < 4:
            continue
        if tokens[a - 1].text == "." and _ROMAN.fullmatch(tokens[a - 2].text):
            k = a - 2
        elif _ROMAN.fullmatch(tokens[a - 1].text):
            k = a - 1
        else:
            return found
        if [t.text for t in tokens[k - 2 : k]] != ["/", "/"] or found[j - 1][0] != OTHER:
            return found
        labels = labels_at(found, len(tokens))
        labels[k:a] = [label] * (a - k)
        return runs(labels)
    return found


_GIVEN_WORDS: Final = 2  # words of a given name at most (`Martha Brill`)


def given_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given name opening the title's run after the one-word author's comma
    read as the author's (see the module's doc)."""
    if len(found) < 3 or found[0][0] != "author" or found[2][0] != "title":
        return found
    (_, a, b), (_, c, d), (_, e, f) = found[:3]
    if b - a != 1 or [t.text for t in tokens[c:d]] != [","] or d != e:
        return found
    period = next(
        (k for k in range(e + 1, min(f, e + _GIVEN_WORDS + 1)) if tokens[k].text == "."), None
    )
    if period is None or period + 1 >= f or not tokens[period + 1].text[:1].isupper():
        return found
    if not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[e:period]):
        return found
    if period - e > 1 and lower(tokens[e].text) not in given_names():
        return found  # `Hayrioğlu, Türk Lehçeleri. Cilt…`: a short title, two words
    head: list[Run] = [("author", a, period), (OTHER, period, period + 1), ("title", period + 1, f)]
    return [*head, *found[3:]]
