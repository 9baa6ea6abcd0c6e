"""Chicago's list of two authors inverts the first name only: `Family, Given, and Given
Family. Title.` (`Bennigsen, Alexandre, et Chantal Lemercier-Quelquejay. L'Islam …`). The
words after the inverted name's comma and the joining word (`[words] and`), capitalised up to
the sentence's period, are the second author's name, never the title's head."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["and_coauthor", "inverted_first"]

_WORDS: Final = 4  # words of the second name at most
_JOINERS: Final = frozenset({"-", "'", "’"})  # glued inside a family name (`Lemercier-Quelquejay`)


@functools.cache
def _ands() -> frozenset[str]:
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
    if title[0] != "title" or tokens[a].text not in _ands():
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
    if len(words) != 2 or words[0] != "," or words[1] not in _ands():
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
