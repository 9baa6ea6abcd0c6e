"""APA's volume in brackets after a book's title. APA writes a volume of a multi-volume work in
brackets right after its title (`Hunger (Vol. 2). London: Verso.`, `The Bolshevik revolution,
1917–1923 (Vol. 1). Macmillan.`); when the title's run took the bracket in, the bracket's number
is the volume and the title ends before the bracket.

Chicago's author-date volume glued to its journal's name before the issue's bracket and the
pages' colon (`Siyosat va jamiyat 3 (2): 45–59.`): a host's run that took the number in ends
before it, and the number is the volume (no host's name closes on a number before `(2):`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["volume_after_title"]

_WORD: Final = frozenset({"Bvolume"})


def _volume_bracket(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """Where the bracket `(Vol. N)` that closes tokens a..b opens, or None."""
    if b - a < 5 or tokens[b - 1].text != ")":
        return None
    number = tokens[b - 2].text
    if not (number.isdecimal() or set(number) <= ROMAN):
        return None
    k = b - 3
    if tokens[k].text == ".":
        k -= 1
    if tokens[k - 1].text != "(" or not marks[k] & _WORD:
        return None
    return k - 1 if k - 1 > a else None


def volume_after_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run closed by `(Vol. N)` read as the title and the volume, in a note
    with no volume read (see the module's doc)."""
    if "Bvolume" not in marks_union(marks) or ")" not in text_set(tokens):
        return found  # no volume's word, or no bracket (most notes)
    if any(run[0] == "volume" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        start = _volume_bracket(tokens, marks, a, b)
        if start is None:
            continue
        runs = [("title", a, start), (OTHER, start, b - 2), ("volume", b - 2, b - 1)]
        return [*found[:j], *runs, (OTHER, b - 1, b), *found[j + 1 :]]
    return found


_SHORT: Final = 3  # digits of a volume or an issue at most


def volume_closing_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's last number before an issue's bracket and a colon read as the
    volume (the module's doc)."""
    for label, a, b in found:
        if label != "container-title" or b - a < 2 or b + 4 > len(tokens):
            continue
        number = tokens[b - 1].text
        if not (number.isdecimal() and len(number) <= _SHORT):
            continue
        if tokens[b - 1].start == tokens[b - 2].end:
            continue  # `Industry 4.0 (2)`: a name's own number, glued to its mark
        after = [t.text for t in tokens[b : b + 4]]
        if (
            after[0] == "("
            and after[1].isdecimal()
            and len(after[1]) <= _SHORT
            and after[2:] == [")", ":"]
        ):
            return painted(found, ("volume", b - 1, b))
    return found
