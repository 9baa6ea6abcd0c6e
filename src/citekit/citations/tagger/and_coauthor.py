"""Chicago's list of two authors inverts the first name only: `Family, Given, and Given
Family. Title.` (`Bennigsen, Alexandre, et Chantal Lemercier-Quelquejay. L'Islam …`). The
words after the inverted name's comma and the joining word (`[words] and`), capitalised up to
the sentence's period, are the second author's name, never the title's head."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = [
    "and_coauthor",
    "and_words",
    "capitals_after_initial",
    "family_after_initial",
    "inverted_first",
]

_WORDS: Final = 4  # words of the second name at most
_LATIN_END: Final = "\u0250"  # past Latin Extended-B
_ACRONYM: Final = 3  # letters in capitals that may be an acronym (`BBC`), not a family
_JOINERS: Final = frozenset({"-", "'", "’"})  # glued inside a family name (`Lemercier-Quelquejay`)


@functools.cache
def and_words() -> frozenset[str]:
    return frozenset(w for w in shipped_words("and_") if w.isalpha())


def _name_end(tokens: list[Token], k: int) -> int | None:
    """The end of a direct-order name at `k` closed by its sentence's period: capitalised
    words (glued hyphens inside), two at least, or None."""
    end, words = k, 0
    while end < len(tokens) and words <= _WORDS:
        text = tokens[end].text
        if text == ".":
            return end if words >= 2 else None
        glued = end > k and tokens[end].start == tokens[end - 1].end
        if text in _JOINERS and glued:
            end += 1
            continue
        if not (
            text.isalpha() and (text[:1].isupper() or (glued and tokens[end - 1].text in _JOINERS))
        ):
            return None
        if not glued:
            words += 1
        end += 1
    return None


def and_coauthor(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second author after an inverted first one's comma and joining word
    taken out of the title run the model ran it into."""
    if len(found) < 3 or found[0][0] != "author" or found[0][1] != 0:
        return found
    gap, title = found[1], found[2]
    if gap[0] != OTHER or [t.text for t in tokens[gap[1] : gap[2]]] != [","]:
        return found
    _, a, b = title
    if title[0] != "title" or tokens[a].text not in and_words():
        return found
    if "," not in [t.text for t in tokens[found[0][1] : found[0][2]]]:
        return found  # the first name written inverted, with its comma
    end = _name_end(tokens, a + 1)
    if end is None or end + 1 >= b:
        return found
    return [
        found[0],
        (OTHER, gap[1], a + 1),
        ("author", a + 1, end),
        (OTHER, end, end + 1),
        ("title", end + 1, b),
        *found[3:],
    ]


def inverted_first(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an inverted first name the model parted at its comma (`Jones Luong,
    Pauline, and Erika Weinthal.`: a family name of two words) made one author again: before
    `, and` and the second author, the given name after the family's comma is the same name's."""
    if len(found) < 5 or found[0][0] != "author" or found[0][1] != 0:  # most notes
        return found
    first, gap, given, joint, second = found[:5]
    if given[0] != "author" or joint[0] != OTHER or second[0] != "author" or gap[0] != OTHER:
        return found
    if [t.text for t in tokens[gap[1] : gap[2]]] != [","]:
        return found
    words = [t.text for t in tokens[joint[1] : joint[2]]]
    if len(words) != 2 or words[0] != "," or words[1] not in and_words():
        return found
    head = [t.text for t in tokens[first[1] : first[2]]]
    if len(head) < 2 or not all(w.isalpha() and w[:1].isupper() for w in head):
        return found  # one word the model keeps whole (`Olcott, Martha`), or `S. Zhang`
    names = [t.text for t in tokens[given[1] : given[2]]]
    if not _given(names):
        return found
    return [("author", 0, given[2]), *found[3:]]


def _given(words: list[str]) -> bool:
    """Whether `words` are a given name alone: a capitalised word or two, or initials."""
    if all(w.isalpha() and w[:1].isupper() for w in words):
        return 0 < len(words) <= 2
    pairs = [words[k : k + 2] for k in range(0, len(words), 2)]
    return len(pairs) <= 2 and all(
        len(p) == 2 and p[1] == "." and p[0].isalpha() and p[0][:1].isupper() and len(p[0]) <= 2
        for p in pairs
    )


def family_after_initial(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the family name of the last author of a list whose first name is inverted
    (`Golden, Peter B., and Thomas T. Allsen. Nomads …`, `Smith, J., and K. Brown. Title`):
    the model ended that direct-order name at its middle initial's period and gave the title
    the family; the capitalised word and its period opening the title go back to the name."""
    if len(found) < 4 or found[0][0] != "author" or found[0][1] != 0:  # most notes
        return found
    if "," not in (t.text for t in tokens[found[0][1] : found[0][2]]):
        return found  # the first name inverted, with its comma
    for j in range(2, len(found) - 1):
        label, a, b = found[j]
        title, c, d = found[j + 1]
        if label != "author" or title != "title" or c != b or found[j - 1][0] != OTHER:
            continue
        gap = found[j - 1]
        if tokens[gap[2] - 1].text not in and_words():
            return found
        words = [t.text for t in tokens[a:b]]
        if "," in words or len(words) < 2 or words[-1] != "." or not _initial(words[-2]):
            return found
        if c + 2 >= d or tokens[c + 1].text != "." or not _family(tokens[c].text):
            return found
        named = [("author", a, c + 1), (OTHER, c + 1, c + 2), ("title", c + 2, d)]
        return [*found[:j], *named, *found[j + 2 :]]
    return found


def _initial(word: str) -> bool:
    """Whether a word is a name's initial (`T`, `Ch`) before its period."""
    return word.isalpha() and word[:1].isupper() and len(word) <= 2


def _family(word: str) -> bool:
    """Whether a word may be a family name: a capitalised word of letters, not all capitals."""
    plain = word.replace("-", "").replace("'", "").replace("’", "")
    return plain.isalpha() and word[:1].isupper() and not word.isupper() and len(word) > 1


def capitals_after_initial(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a family written in capitals after the given name's initial (`Ali K.
    YILMAZ, Title`, `Ayşe B. KAYA. Title`): the model closed the name at the initial's period
    and gave the next run the family; after a known given name (or, in Latin letters, before a
    comma), the capitals word before its comma or period goes back to the name."""
    if len(found) < 2 or found[0][0] != "author" or found[0][1] != 0:  # most notes
        return found
    _, a, b = found[0]
    words = [t.text for t in tokens[a:b]]
    if len(words) < 3 or words[-1] != "." or not _initial(words[-2]) or "," in words:
        return found
    if b + 1 >= len(tokens):
        return found  # the note ends on the word after the initial
    latin_comma = tokens[b + 1].text == "," and max(tokens[b].text) < _LATIN_END
    if not latin_comma and lower(words[0]) not in given_names():
        return found  # `Теменов Т. ЭКСПО.`: a family and its initial, then a title in capitals
    if b + 1 >= len(tokens) or tokens[b + 1].text not in ",.":
        return found
    family = tokens[b].text.replace("-", "")
    if not (family.isalpha() and family.isupper() and len(family) > _ACRONYM):
        return found
    return painted(found, ("author", a, b + 1))
