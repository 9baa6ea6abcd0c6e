"""An inverted name's given names end at their period (`Cooley, Alexander. Great Games, Local
Rules …`): a person's run that the model carried on past `Given.` into the title's first words
gives them back to the title. Closed by a colon instead (`Kreiser, Klaus: Der Osmanische
Staat`), the given names the title's run took in go back to the name."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles, given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = [
    "given_after_list",
    "given_before_colon",
    "given_names_end",
    "name_before_title",
    "particle_after_initials",
]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_SHORTEST: Final = 6  # tokens of `Family , Given . Word Word` at least
_NOT_WORDS: Final = frozenset({"editor", "translator", "et_al", "and", "Beditor", "Btranslator"})
# words that a period follows inside a name: `Jr.`, `Sr.`, `St.`
_ABBREVIATIONS: Final = frozenset({"jr", "sr", "st", "mc", "mac"})


def _end(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """The period that ends the given names of the inverted name run a..b, when words that
    are no name's follow it inside the run; None otherwise."""
    comma = next((k for k in range(a + 1, b) if tokens[k].text == ","), None)
    if comma is None:
        return None  # a name in direct order: its words may go on
    if tokens[a + 1].text == "." and len(tokens[a].text) <= 2 and tokens[a].text[:1].isupper():
        return None  # `Y. Çelik, Zh. Tulegenova`: names in direct order, an initial first
    for k in range(comma + 2, b - 1):
        word, after = tokens[k - 1].text, tokens[k + 1].text
        if tokens[k].text != "." or len(word) < 2 or not word.isalpha():
            continue
        if word.casefold() in _ABBREVIATIONS or marks[k + 1] & _NOT_WORDS:
            continue
        if len(after) >= 2 and after.isalpha() and after[0].isupper():
            return k
    return None


def given_names_end(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the words after an inverted name's `Given.` given to the title: joined to
    the title run that follows after a comma or colon (`Great Games, Local Rules …`), or as the
    title when the note has none."""
    for j, (label, a, b) in enumerate(found):
        # `Family , Given . Word`: six tokens at least
        if label not in _PERSONS or b - a < _SHORTEST or (end := _end(tokens, marks, a, b)) is None:
            continue
        rest = found[j + 1 : j + 3]
        joined = (
            len(rest) == 2
            and rest[0][0] == OTHER
            and all(t.text in ",:" for t in tokens[rest[0][1] : rest[0][2]])
            and rest[1][0] == "title"
        )
        if joined:
            runs = [(label, a, end), (OTHER, end, end + 1), ("title", end + 1, rest[1][2])]
            return [*found[:j], *runs, *found[j + 3 :]]
        if "title" not in [run[0] for run in found]:
            runs = [(label, a, end), (OTHER, end, end + 1), ("title", end + 1, b)]
            return [*found[:j], *runs, *found[j + 1 :]]
        return list(found)
    return list(found)


_GIVEN_WORDS: Final = 3  # given names (and a particle) before the colon at most


def given_before_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given names of a name inverted and closed by a colon (`Kreiser, Klaus:
    Der Osmanische Staat`, `Gabain, Annemarie von: Alttürkische Grammatik`: German notes' and
    DIN 1505's form) given back to the person's run, when the model read the family name alone
    as the person and the given names as the title's first words. The person's run is the
    note's first named one and one word (a hyphenated one too); after its comma come a few
    capitalised words (a particle may close them), the colon, and the title's first word."""
    labels = [run[0] for run in found]
    j = next((k for k, label in enumerate(labels) if label != OTHER), len(found))
    if j < len(found) and labels[j] == "title" and "author" not in labels:
        return _whole_name_in_title(tokens, found, j)
    if j + 2 >= len(found) or labels[j] not in _PERSONS:
        return list(found)  # no person first (a title or a host before the name: no such form)
    label, a, b = found[j]
    if not _one_word(tokens, a, b):
        return list(found)
    gap, c, d = found[j + 1]
    after, e, f = found[j + 2]
    if gap != OTHER or (c, d) != (b, b + 1) or tokens[c].text != "," or after != "title":
        return list(found)
    colon = _colon_after_given(tokens, e, f)
    if colon is None:
        return list(found)
    runs: list[Run] = [(label, a, colon), (OTHER, colon, colon + 1), ("title", colon + 1, f)]
    return [*found[:j], *runs, *found[j + 3 :]]


def _whole_name_in_title(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the name that opens the note's first run, a title, read as its author
    (`Kappeler, Andreas: Russland als Vielvölkerreich`): one word, its comma, given names one
    of which is a known given name, the colon, and the title's first word."""
    _, a, f = found[j]
    comma = next(
        (k for k in range(a + 1, min(f, a + _FAMILY_PARTS + 1)) if tokens[k].text == ","), None
    )
    if comma is None or not _one_word(tokens, a, comma):
        return list(found)
    colon = _colon_after_given(tokens, comma + 1, f)
    if colon is None:
        return list(found)
    known = given_names()
    if not any(lower(t.text) in known for t in tokens[comma + 1 : colon]):
        return list(found)
    runs: list[Run] = [("author", a, colon), (OTHER, colon, colon + 1), ("title", colon + 1, f)]
    return [*found[:j], *runs, *found[j + 1 :]]


_FAMILY_PARTS: Final = 3  # tokens of a family name at most (`Kellner - Heinkele`)


def _one_word(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are one capitalised word, or its parts joined by hyphens."""
    parts = [t.text for t in tokens[a:b]]
    words = parts[::2]
    return (
        all(_capitalised(w) for w in words)
        and all(p == "-" for p in parts[1::2])
        and all(tokens[k].end == tokens[k + 1].start for k in range(a, b - 1))
    )


def _colon_after_given(tokens: list[Token], e: int, f: int) -> int | None:
    """The colon that closes the given names opening the title run e..f, followed by the
    title's capitalised first word; None when the run opens otherwise."""
    particles = family_particles()
    words = 0
    k = e
    while k < f and tokens[k].text != ":":
        text = tokens[k].text
        if _capitalised(text):
            words += 1
        elif not (words and (text == "-" or lower(text) in particles)):
            return None
        if words > _GIVEN_WORDS:
            return None
        k += 1
    if not words or k + 1 >= f or not _capitalised(tokens[k + 1].text):
        return None
    return k


_PARTICLES: Final = 2  # particle words after the initials at most (`van der`)


def particle_after_initials(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the particle GOST writes after a name's initials (`Gabain A. von.`,
    `Gumppenberg M.-C. von.`, `Leeuw C. van der.`) given to the person's run that ends with
    the initials: the particle is the family name's, its period the name's end, and the title
    begins after it."""
    labels = [run[0] for run in found]
    j = next((k for k, label in enumerate(labels) if label != OTHER), len(found))
    if j >= len(found) or labels[j] not in _PERSONS:
        return list(found)
    label, a, b = found[j]
    if b - a < _INITIALS_RUN or tokens[b - 1].text != "." or not _initial(tokens[b - 2].text):
        return list(found)
    k = b
    while k + 2 < len(tokens) and tokens[k].text == "-" and _initial(tokens[k + 1].text):
        if tokens[k + 2].text != ".":
            return list(found)
        k += 3  # `M.-C.`: a hyphenated given name's initials
    particles = family_particles()
    start = k
    while k < len(tokens) and k - start < _PARTICLES and lower(tokens[k].text) in particles:
        if not tokens[k].text.islower():
            return list(found)
        k += 1
    if k == start or k + 1 >= len(tokens) or tokens[k].text != ".":
        return list(found)
    return painted(painted(found, (label, a, k)), (OTHER, k, k + 1))


_INITIALS_RUN: Final = 3  # `Family I .` at least


def _initial(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and len(word) <= _INITIAL_LETTERS


_INITIAL_LETTERS: Final = 2  # `A`, `Ch`


def name_before_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a known given name and a family name, or a known name alone, that open a
    note's title run before a period read as its author (`Мұхтар Әуезов. Абай жолы`, `Абай.
    Қара сөздер`, `Ahmet Yesevi. Divan-ı Hikmet`): the note names no author otherwise, and a
    capitalised word goes on after the period that is no single work's genre alone (`Абай.
    Роман-эпопея`, `Kemine. A Novel`: a work titled with the name)."""
    labels = [run[0] for run in found]
    if "title" not in labels or "author" in labels:
        return list(found)
    j = labels.index("title")
    _, a, b = found[j]
    if lower(tokens[a].text) not in given_names():
        return list(found)
    k = a + 1
    if k < b and tokens[k].text != "." and _capitalised(tokens[k].text):
        k += 1  # the family name after the given name
    if k == b and _name_run_then_title(tokens, found, j):
        # `Абай. Қара сөздер`, the model's title run ending at the name: the next is the work's
        return [*found[:j], ("author", a, b), *found[j + 1 :]]
    rest = tokens[k + 1].text if k + 1 < b else ""
    if k >= b or tokens[k].text != "." or not _capitalised(rest):
        return list(found)
    if _genre(tokens[k + 1 : b]):
        return list(found)  # `Абай. Роман-эпопея`: the work's title and its genre
    runs: list[Run] = [("author", a, k), (OTHER, k, k + 1), ("title", k + 1, b)]
    return [*found[:j], *runs, *found[j + 1 :]]


def _name_run_then_title(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether run `j` is followed by its period alone, then a title run that opens with a
    capitalised word and is no single work's genre alone."""
    if j + 2 >= len(found):
        return False
    gap, c, d = found[j + 1]
    after, e, f = found[j + 2]
    if gap != OTHER or d - c != 1 or tokens[c].text != "." or after != "title":
        return False
    return _capitalised(tokens[e].text) and not _genre(tokens[e:f])


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word[0].isupper()


@functools.cache
def _genres() -> frozenset[str]:
    """The language files' literary genres (`[words] literary_genre`), lower case, unspaced."""
    return frozenset(lower(w).replace(" ", "") for w in shipped_words("literary_genre"))


def _genre(words: list[Token]) -> bool:
    """Whether `words` are a literary genre alone (its closing period aside)."""
    text = "".join(t.text for t in words).rstrip(".,")
    return lower(text) in _genres()


def _given_end(tokens: list[Token], e: int, f: int) -> int | None:
    """The period that closes the given names opening run e..f (`Zehra. Kadın …`, `A. B.
    Kadın …`): capitalised words, one a known given name, or initials, then a word."""
    known = given_names()
    k, named = e, False
    while k + 1 < f and k - e < 2 * _GIVEN_WORDS and _capitalised(tokens[k].text):
        initial = len(tokens[k].text) == 1
        named = named or initial or lower(tokens[k].text) in known
        if tokens[k + 1].text == ".":
            after = tokens[k + 2].text if k + 2 < f else ""
            if not (len(after) == 1 and after.isupper()):
                return k + 1 if named and after[:1].isupper() else None
            k += 2
        else:
            k += 1
    return None


def given_after_list(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given names of the last name of an inverted list (`ALTINAY, Ayşe Gül;
    KILIÇ ARSLAN, Zehra. Kadın ve Ordu`) given back to it, when the model ended the name at
    the family's comma and read the given names as the title's first words: the names before
    it are inverted and end with a semicolon, so this one is inverted too."""
    for j in range(2, len(found) - 2):
        label, a, b = found[j]
        gap, c, d = found[j + 1]
        if label not in _PERSONS or gap != OTHER or (c, d) != (b, b + 1) or tokens[c].text != ",":
            continue
        if found[j + 2][0] != "title" or a < 1 or tokens[a - 1].text != ";":
            continue
        before = found[j - 1] if found[j - 1][0] in _PERSONS else found[j - 2]
        if before[0] != label or "," not in (t.text for t in tokens[before[1] : before[2]]):
            continue
        _, e, f = found[j + 2]
        end = _given_end(tokens, e, f)
        if end is None:
            return list(found)
        runs: list[Run] = [(label, a, end), (OTHER, end, end + 1), ("title", end + 1, f)]
        return [*found[:j], *runs, *found[j + 3 :]]
    return list(found)
