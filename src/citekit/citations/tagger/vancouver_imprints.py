"""A Vancouver or AMA book's imprint (`Title. UNICEF; 2019.`, `2nd ed. World Health
Organization; 2006.`): the house's sentence before `; Year.` is the publisher, and a body that
opens the reference and is named again as that house is its author (`WHO Regional Office for
Europe. Title. WHO Regional Office for Europe; 2020.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import country_names

__all__ = ["body_named_again", "vancouver_imprint"]

_YEAR_DIGITS: Final = 4
_JOINING_LETTERS: Final = 3  # letters of a small word joining a name's capitalised ones at most


def _joining(text: str) -> bool:
    """Whether `text` may join a house's capitalised words: a mark (`&`, `-`, `,`) or a small
    word (`of`, `for`, `und`, `и`)."""
    return text in "&-," or (text.islower() and len(text) <= _JOINING_LETTERS)


_NAME_TOKENS: Final = 10  # a publisher's name is short


def _imprint_start(tokens: list[Token], k: int) -> int | None:
    """Where the sentence before the semicolon at `k` opens, if it reads as a name."""
    s = k
    while s > 0 and not (tokens[s - 1].text == "." and s > 1 and len(tokens[s - 2].text) > 1):
        s -= 1  # to a sentence's period, past an initial's (`Interview by K. Jones; 2019`)
    if s == 0 or not 0 < k - s <= _NAME_TOKENS:
        return None
    words = tokens[s:k]
    if not words[0].text[:1].isupper():
        return None
    if all(_joining(t.text) or t.text[:1].isupper() for t in words):
        return s
    return None


def _house(tokens: list[Token], s: int, k: int) -> bool:
    """Whether tokens `s`..`k` name a house: a body's name (`World Health Organization`) or
    acronyms (`UNICEF`), not a subtitle or a series (`An Introduction`, `Очерки`)."""
    words = [t.text for t in tokens[s:k] if t.text.isalpha()]
    if words and all(w.isupper() and len(w) > 1 for w in words[:1]):
        return True  # `UNICEF`, `WHO Regional Office for Europe`
    return is_organisation(" ".join(t.text for t in tokens[s:k]))


def vancouver_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Vancouver book's `Publisher; 2019.` sentence read as its publisher, where
    the model ran it into the title or read it as a host (`… in Kazakhstan. UNICEF; 2019.`)."""
    labels = {label for label, _, _ in found}
    if "publisher" in labels or labels & {"volume", "issue", "page"}:
        return found
    if ";" not in text_set(tokens):
        return found
    for k in range(1, len(tokens) - 1):
        year = tokens[k + 1].text
        if tokens[k].text != ";" or not (year.isdecimal() and len(year) == _YEAR_DIGITS):
            continue
        if k + 2 < len(tokens) and tokens[k + 2].text != ".":
            continue
        s = _imprint_start(tokens, k)
        if s is None:
            return found
        held = [(label, a) for label, a, b in found if a < k and b > s]
        if not held or "title" not in labels:
            return found
        if not _house(tokens, s, k):
            return found  # `The Hungry Steppe. Famine, Violence, …; 2018.`: a subtitle
        if all(label == "title" and a < s for label, a in held):
            return painted(found, ("publisher", s, k))  # the title's last sentence
        book = "edition" in labels and "editor" not in labels
        if [label for label, _ in held] == ["container-title"] and book:
            return painted(found, ("publisher", s, k))  # a book's (`2nd ed. WHO; 2006.`)
        return found
    return found


def _named_again(tokens: list[Token], a: int, stop: int, house: tuple[int, int]) -> bool:
    """Whether tokens `a`..`stop` name the house: the same words, or the house and its country
    after it (`UNICEF Kazakhstan` of `UNICEF`), and the house's `; Year` closes Vancouver's
    imprint after it (`Brill’s Companion …. Leiden: Brill, 2019.` names no author)."""
    p, q = house
    if q >= len(tokens) or tokens[q].text != ";":
        return False
    head, name = [t.text for t in tokens[a:stop]], [t.text for t in tokens[p:q]]
    if head == name:
        return True
    rest = head[len(name) :]
    return head[: len(name)] == name and len(rest) == 1 and rest[0].casefold() in country_names()


def body_named_again(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name opening the title run read as the author where the same body
    publishes the work (`WHO Regional Office for Europe. Title. WHO Regional Office for Europe;
    2020.`, `UNICEF Kazakhstan. Title. UNICEF; 2019.`): a Vancouver reference's corporate
    author, which the model ran into the title. A list's number before it is no one's."""
    labels = [label for label, _, _ in found]
    if "author" in labels or "publisher" not in labels or not found or found[0][0] != "title":
        return found
    _, s, e = found[0]
    a = s + 2 if e > s + 2 and tokens[s].text.isdecimal() and tokens[s + 1].text == "." else s
    stop = next((k for k in range(a + 1, e - 1) if tokens[k].text == "."), None)
    if stop is None or stop - a > _NAME_TOKENS:
        return found
    _, p, q = next(run for run in found if run[0] == "publisher")
    if p < e or not _named_again(tokens, a, stop, (p, q)):
        return found
    if a > s:
        found = painted(found, (OTHER, s, a))
    return painted(painted(found, ("author", a, stop)), (OTHER, stop, stop + 1))
