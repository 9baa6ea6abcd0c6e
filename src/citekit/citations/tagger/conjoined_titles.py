"""A title never ends on a joining word. `Абай және «Қазақ» газеті`, `Цифрлық экономика және
«Қазақ» газеті. Ұлт тағылымы`, `«Джуниор Еуровижн» және «Қазақ» газеті`, `Nutuk ve “Söylev”
üzerine`: when the title's run stops on "and" (`және`, `и`, `ve`, `we`, `and`), or only
quote marks and "and" stand between it and the next run, the words after it up to the next
separator are the title's second half, whatever host, place or name the model read in them (a
newspaper's or a book's name quoted inside a title reads like a host). A list of people is
joined by "and" too, but never after a title with nothing but quotes between."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.values import PAIRS

__all__ = ["title_after_and"]

_QUOTES: Final = frozenset("«»“”„\"‘’‚")
# the runs a quoted name joined to a title reads as
_TAKEN: Final = frozenset(
    {"container-title", "collection-title", "publisher", "publisher-place", "author"}
)
_SEPARATORS: Final = frozenset(".,;:/()[]")


def _joining(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` is a lower-case joining word ("and"; never an initial `И.`)."""
    return "and" in marks[k] and tokens[k].text.isalpha() and tokens[k].text.islower()


def title_after_and(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title that stops on "and" run on to the next separator."""
    j = next((j for j, run in enumerate(found) if run[0] == "title"), None)
    if j is None or j + 1 >= len(found):
        return found
    _, a, b = found[j]
    k = j + 1
    gap = found[k][2] - b if found[k][0] == OTHER else 0
    if gap:
        k += 1
    if k >= len(found) or found[k][0] not in _TAKEN or found[k][1] != b + gap:
        return found
    between = range(b, b + gap)
    ands = [i for i in between if _joining(tokens, marks, i)]
    if any(tokens[i].text not in _QUOTES for i in between if i not in ands) or len(ands) > 1:
        return found
    if not ands and not _joining(tokens, marks, b - 1):
        return found
    _, s, e = found[k]
    end = next((i for i in range(s, e) if tokens[i].text in _SEPARATORS), e)
    if end == s:
        return found
    start = a
    if a and tokens[a - 1].text in PAIRS and tokens[a - 1].text in _QUOTES:
        closer = PAIRS[tokens[a - 1].text]
        if any(tokens[i].text == closer for i in between):
            start = a - 1  # `«Джуниор Еуровижн» және «Қазақ» газеті`: its quotes are inside
    return painted(found, ("title", start, end))
