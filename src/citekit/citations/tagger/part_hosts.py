"""A part's host named as a second title: after the part's quoted title, or after an "in"
word with the host's editors between, the second title run is the book or periodical that
holds the part (`“Chapter”, *Host*, Publisher`, `“Chapter,” кітапта: “Host”, ред. …`,
`Chapter. İçinde A. Karimov (Ed.), Host (ss. 180-218)`), and a bare "in" word that opens a
host's run is no word of its name (Chicago in Russian: `«Глава», в Название книги, под ред.`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["host_after_part"]

_CLOSERS: Final = frozenset(QUOTES.values())
_OPENERS: Final = frozenset(QUOTES)
_MARKS: Final = frozenset("?!.,*_")  # inside a quoted title's close, after it, or emphasis
_BRACKETS: Final = frozenset("():;")  # round an editor's role, after an "in" word
_NAMES: Final = frozenset({"editor", "translator"})
_BETWEEN: Final = frozenset({OTHER, "editor", "translator"})  # runs between a part and its host
_NUMBERED: Final = frozenset({"Bvolume", "Bissue"})
_ROLE_MARKS: Final = frozenset({"editor", "translator", "and"})


@functools.cache
def _bare_ins() -> frozenset[str]:
    """The bare "in" words that open a host (`[words] in_bare`: "in", "в", "у")."""
    return frozenset(shipped_words("in_bare"))


def host_after_part(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a second title run read as the host when the note has none, and a host's
    opening bare "in" word left out of its run (see the module)."""
    labels = [label for label, _, _ in found]
    if "container-title" in labels:
        return _without_in(tokens, found, labels.index("container-title"))
    if labels.count("title") < 2 or "number-of-pages" in labels:
        return list(found)  # a book's extent (`472 б.`): the note cites a whole book
    first = labels.index("title")
    owner = [OTHER] * len(tokens)
    for label, a, b in found:
        owner[a:b] = [label] * (b - a)
    out = list(found)
    for j in range(first + 1, len(out)):
        label, a, b = out[j]
        if label == "title":
            if marks[a] & _NUMBERED:
                break  # `«…». Т.2. «…»`: a volume of the work and its own title
            if _hosted(tokens, marks, owner, found[first][1:], a):
                out[j] = ("container-title", a, b)
                return _without_in(tokens, out, j)
            break
        if label not in _BETWEEN:
            break
    return out


def _hosted(
    tokens: list[Token], marks: list[set[str]], owner: list[str], first: tuple[int, int], a: int
) -> bool:
    """Whether a title run at `a` is a host: between the first title (`first`, its run) and
    `a` stand an "in" word (with editors, their role and brackets), or only the close of a
    quoted first title and marks (a quoted part's title, then its host's name)."""
    bare = _bare_ins()
    quoted = first[0] > 0 and tokens[first[0] - 1].text in _OPENERS
    has_in = closed = False
    for k in range(first[1], a):
        text, mark = tokens[k].text, marks[k]
        if "in" in mark or text in bare:
            has_in = True
        elif text in _CLOSERS and quoted and not closed:
            closed = True
        elif text in _MARKS or text in _OPENERS or text in _CLOSERS:
            continue
        elif owner[k] in _NAMES or mark & _ROLE_MARKS or text in _BRACKETS:
            if not has_in:
                return False  # editors before the host only after an "in" word
        else:
            return False
    return has_in or (closed and tokens[a].text[:1].isupper())


def _without_in(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with a host's run at `j` that opens with a bare "in" word after a closed part's
    title (`», в Название`) started after that word."""
    label, a, b = found[j]
    if b - a < 2 or a == 0 or tokens[a].text not in _bare_ins():
        return list(found)
    word, before = tokens[a].text, tokens[a - 1].text
    opened = word.islower() and before in _CLOSERS | {","}
    if not (opened or before in _CLOSERS) or not tokens[a + 1].text[:1].isupper():
        return list(found)
    out = list(found)
    out[j : j + 1] = [(OTHER, a, a + 1), (label, a + 1, b)]
    return out
