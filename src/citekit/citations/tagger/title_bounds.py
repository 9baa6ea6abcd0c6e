"""Where a title begins and ends, read from the runs once each has its label.

- An author-date reference writes `Authors (Year). Title. Host.`: the sentence after the
  bracketed date's period is the title whole (`Lillis, J. (2019, March 20). Kazakhstan: Astana
  becomes Nur-Sultan, but not without protest. Eurasianet.`), however the model split it into
  a place, a host and a title at its colon and commas.
- A news headline may open with its speaker and a colon before the quoted words (`Токаев: «Мы
  не допустим …» (рус.). Tengrinews.kz`): one bare word before the colon is the headline's,
  never an author (an author is written with initials or given names).
- A part of a multi-part work written after the title's period (`… поиски. Кн. 1. – Алматы`,
  `Эпическая традиция. Ч. 2.`, `В 15 кн. Кн. 4`) is the work's number, not the title's words.
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["title_bounds"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_SPLIT: Final = frozenset({"title", "container-title", "publisher-place", "publisher"})
_ENDS: Final = frozenset({".", "?", "!"})
_MIN_END_WORD: Final = 3  # letters of a word a title's sentence ends with ("protest.", not "ed.")
_CLOSING: Final = frozenset(QUOTES.values())


@functools.cache
def _part_words() -> frozenset[str]:
    """The capitalised words naming a part of a multi-part work (`Кн.`, `Ч.`, `Книга`)."""
    return frozenset(w for w in shipped_words("part") if w[:1].isupper())


@functools.cache
def _count_words() -> frozenset[str]:
    """The words counting a set's parts or volumes after `в N` (`в 15 кн.`, `в 2 т.`)."""
    words = shipped_words("part") | shipped_words("volume")
    return frozenset(w.casefold() for w in words)


def _relabel(found: list[Run], a: int, b: int, label: str) -> list[Run]:
    """`found` with tokens `a`..`b` one run of `label`; the runs it cuts keep their rest."""
    out: list[Run] = []
    placed = False
    for run in found:
        name, s, e = run
        if e <= a or s >= b:
            out.append(run)
            continue
        if s < a:
            out.append((name, s, a))
        if not placed:
            out.append((label, a, b))
            placed = True
        if e > b:
            out.append((name, b, e))
    return out


def _sentence_end(tokens: list[Token], s: int) -> int | None:
    """The first sentence end from token `s` on, outside brackets: a period glued to a word of
    three letters or more or to a number, or a question or exclamation mark, a space after."""
    depth = 0
    for i in range(s + 1, len(tokens)):
        text = tokens[i].text
        if text in "([":
            depth += 1
        elif text in ")]":
            depth = max(0, depth - 1)
        if depth or text not in _ENDS:
            continue
        before = tokens[i - 1]
        if before.end != tokens[i].start:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end:
            continue  # `Stat.gov`, `2.0`: no sentence ends inside a word
        word = before.text
        closed = word in _CLOSING or word == ")"  # `"Title".`, `(and Don't).`
        if (
            text != "."
            or closed
            or word.isdigit()
            or (word.isalpha() and len(word) >= _MIN_END_WORD)
        ):
            return i
    return None


def _dated_sentence(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the sentence after `(Year).` given whole to the title, when the model split
    it among a title and a place, host or publisher and a field follows it."""
    for j in range(2, len(found) - 1):
        label, a, b = found[j]
        if label != "issued" or found[j - 2][0] not in _PERSONS:
            continue
        if a == 0 or tokens[a - 1].text != "(" or b + 2 >= len(tokens):
            return found
        if tokens[b].text != ")" or tokens[b + 1].text != ".":
            return found
        start = b + 2
        if tokens[start].text in QUOTES:
            return found  # a quoted title is bounded by its quotes
        end = _sentence_end(tokens, start)
        if end is None:
            return found
        inside = {run[0] for run in found if run[2] > start and run[1] < end and run[0] != OTHER}
        after = [run[0] for run in found if run[2] > end + 1 and run[0] != OTHER]
        if "title" not in inside or len(inside) < 2 or not inside <= _SPLIT:
            return found
        if not after or "title" in after:
            return found
        close = end + 1 if tokens[end].text != "." else end
        out = _relabel(found, start, close, "title")
        return _relabel(out, end, end + 1, OTHER) if close == end else out
    return found


def _speaker_headline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bare word, a colon and a quoted title at the note's head read as one
    headline, when a host (a site or paper) follows and no publisher does."""
    if len(found) < 3 or found[0][0] != "author" or found[0][1:] != (0, 1):
        return found
    word = tokens[0].text
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()):
        return found
    if len(tokens) < 4 or tokens[1].text != ":" or tokens[2].text not in QUOTES:
        return found
    labels = [run[0] for run in found]
    if "container-title" not in labels or "publisher" in labels or labels.count("author") > 1:
        return found
    closer = QUOTES[tokens[2].text]
    end = next((i for i in range(3, len(tokens)) if tokens[i].text == closer), None)
    if end is None:
        return found
    title = next((run for run in found if run[0] == "title"), None)
    if title is None or title[1] > 3 or title[2] > end:
        return found
    return _relabel(found, 0, end + 1, "title")


def _part_after(tokens: list[Token], a: int, b: int) -> int | None:
    """Where a part's word and number closing the title run `a`..`b` start (`. Кн. 1`)."""
    if b - a < 4 or not (tokens[b - 1].text.isdigit() or set(tokens[b - 1].text) <= ROMAN):
        return None
    k = b - 2
    if tokens[k].text == "." and tokens[k].start == tokens[k - 1].end:
        k -= 1
        word = tokens[k].text + "."
    else:
        word = tokens[k].text
    if word not in _part_words() or k - 1 <= a or tokens[k - 1].text != ".":
        return None
    return k


def _counted(tokens: list[Token], a: int, k: int) -> int:
    """Where a set's count before the part's word at `k` starts (`. В 15 кн. Кн. 4`), else `k`."""
    i = k - 1  # the period before the part's word
    if i - 4 <= a or tokens[i - 1].text.casefold() + "." not in _count_words():
        return k
    if not tokens[i - 2].text.isdigit() or tokens[i - 3].text.casefold() != "в":
        return k
    return i - 3 if tokens[i - 4].text == "." else k


def _part_of_work(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a part's word and number cut from the title run's end."""
    for label, a, b in found:
        if label != "title" or b - a < 4:
            continue
        k = _part_after(tokens, a, b)
        if k is None:
            return found
        k = _counted(tokens, a, k)
        number = "part-number" if any(run[0] == "volume" for run in found) else "volume"
        out = _relabel(found, a, k - 1, "title")
        out = _relabel(out, k - 1, b - 1, OTHER)
        return _relabel(out, b - 1, b, number)
    return found


def title_bounds(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each fact of a title's bounds applied in turn."""
    found = _dated_sentence(tokens, found)
    found = _speaker_headline(tokens, found)
    return _part_of_work(tokens, found)
