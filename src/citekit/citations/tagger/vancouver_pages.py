"""The pages of a Vancouver or AMA journal reference (`Lancet. 2020;396(10258):1204-1222.`,
`BMC Public Health. 2022;22:1452.`): after the year's semicolon, the volume, its bracketed
issue if any, and a colon, the number or range that closes the sentence is the page. The model
now and then reads it as an ISBN or an access date when a `doi:` follows; the shape itself is
exact, so it is the page wherever no page was read."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import SHORT_DASHES, Token, text_set
from citekit.languages import country_names

__all__ = ["body_named_again", "vancouver_imprint", "vancouver_pages"]

_YEAR_DIGITS: Final = 4
# what the page's tokens may have been misread as: never a field whose reading was right, nor
# the date (`2019;38(1):2019-2025`: a page like a year, the date read from it)
_MISREAD: Final = frozenset({"other", "ISBN", "accessed", "number-of-pages"})


def _number(token: Token) -> bool:
    return token.text.isdecimal() and len(token.text) <= 6


def _page_end(tokens: list[Token], k: int) -> int | None:
    """The end of a page number or range opening at `k` that closes its sentence, or None."""
    if k >= len(tokens) or not _number(tokens[k]):
        return None
    end = k + 1
    if end + 1 < len(tokens) and tokens[end].text in SHORT_DASHES and _number(tokens[end + 1]):
        end += 2
    if end < len(tokens) and tokens[end].text not in ".;,":
        return None
    return end


def _colon_after_volume(tokens: list[Token], k: int) -> int | None:
    """The colon's index after `YEAR;VOL` or `YEAR;VOL(ISSUE)` whose semicolon is at `k`."""
    if k < 1 or not (tokens[k - 1].text.isdecimal() and len(tokens[k - 1].text) == _YEAR_DIGITS):
        return None
    n = k + 1
    if n >= len(tokens) or not _number(tokens[n]):
        return None
    n += 1
    if n + 2 < len(tokens) and tokens[n].text == "(" and tokens[n + 2].text == ")":
        n += 3
    return n if n < len(tokens) and tokens[n].text == ":" else None


def vancouver_pages(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Vancouver reference's closing number or range read as its page."""
    if any(label == "page" for label, _, _ in found) or not {";", ":"} <= text_set(tokens):
        return found
    for k, token in enumerate(tokens):
        if token.text != ";":
            continue
        colon = _colon_after_volume(tokens, k)
        end = None if colon is None else _page_end(tokens, colon + 1)
        if colon is None or end is None:
            continue
        held = {label for label, a, b in found if a < end and b > colon + 1}
        if held <= _MISREAD:
            return painted(found, ("page", colon + 1, end))
        return found
    return found


# the words a publisher's name may hold beside its capitalised ones
_JOINING: Final = frozenset({"of", "and", "&", "for", "the", "on", "in", "-", ","})
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
    if all(t.text in _JOINING or t.text[:1].isupper() for t in words):
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
