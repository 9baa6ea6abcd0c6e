"""A head author named again after the title's slash (GOST 7.1 and 7.0.100: `Harding, M.
Peasants, Markets and the State / M. Harding. — 2nd ed.`): the statement of responsibility
writes the author's initials, so the head's name ends where those initials do, and a word the
model gave the name after them opens the title."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import initial_word
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["head_named_again"]


def _initials(tokens: list[Token], k: int, end: int) -> tuple[list[str], int]:
    """The initials written from token `k` (each with its period) before `end`, and where
    they stop."""
    found: list[str] = []
    while k + 1 < end and initial_word(tokens[k].text) and tokens[k + 1].text == ".":
        found.append(tokens[k].text)
        k += 2
    return found, k


def _repeated(tokens: list[Token], found: list[Run], family: str, initials: list[str]) -> bool:
    """Whether an author's run just after a slash is the head's initials and family name."""
    for label, a, b in found[1:]:
        if label != "author" or tokens[a - 1].text != "/":
            continue
        again, k = _initials(tokens, a, b)
        if again == initials and k < b and tokens[k].text.casefold() == family:
            return True
    return False


def head_named_again(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the head author's run cut after its initials when the statement of
    responsibility after the slash names the same person with those initials (`Harding, M.
    Peasants, … / M. Harding.`), the words cut off opening the title that follows."""
    if len(found) < 3 or "/" not in text_set(tokens):
        return list(found)
    label, a, b = found[0]
    if label != "author" or a != 0 or b < 5 or tokens[1].text != ",":
        return list(found)
    initials, cut = _initials(tokens, 2, b)
    if not initials or cut >= b or not tokens[cut].text[:1].isupper():
        return list(found)
    if not _repeated(tokens, found, tokens[0].text.casefold(), initials):
        return list(found)
    k = 1  # the runs between the head and its title hold only punctuation (`,`)
    while k < len(found) and found[k][0] == OTHER:
        if any(t.text[0].isalnum() for t in tokens[found[k][1] : found[k][2]]):
            return list(found)
        k += 1
    if k == len(found) or found[k][0] != "title":
        return list(found)
    return [("author", 0, cut), ("title", cut, found[k][2]), *found[k + 1 :]]
