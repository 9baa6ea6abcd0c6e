"""A label's pattern searched from each number, not at each of the labels' first letters.

A shelf mark's level (`Оп. 1`, `д. 12а`, `Ф. Р-5446`) is a label word, spaces, at most a few
letters and a hyphen, then a digit. The labels' first letters are common in any text, so re
tries the labels' alternation at most characters of a note; the digits are few, and fewer
stand after a label's last character. `Labelled.finditer` gives re's own matches, in
order: the first digit of each run of digits (no label holds a digit, so a value's first
digit opens a run) bounds where a match may start — within the label's length, the spaces
and the letters before it — and only that window is searched."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

_DIGITS = re.compile(r"\d+")


def _letter(c: str) -> bool:
    """Whether `c` may be re's `[^\\W\\d_]` (a word character, no digit, no underscore)."""
    return c.isalnum() and not c.isdecimal()


class Labelled:
    """`pattern` (a label of `labels`, `\\s*+`, at most `letters` characters that are no
    space and no digit, then a digit …) with `head`, the same up to that digit."""

    __slots__ = ("_ends", "_head", "_letters", "_longest", "pattern")

    def __init__(self, labels: Iterable[str], label: str, rest: str, head: str, letters: int):
        words = list(labels)
        assert not any(c.isdecimal() for w in words for c in w)  # a digit opens a value
        assert all(w and not w[-1].isspace() for w in words)
        self.pattern = re.compile(label + rest)
        self._head = re.compile(label + head)
        self._longest = max(map(len, words), default=0)
        self._letters = letters
        self._ends = frozenset(w[-1] for w in words)  # a label's last character

    def _after_label(self, text: str, digit: int, pos: int) -> bool:
        """Whether what stands before `digit` may end a label and the letters after it: the
        label's last character, its spaces between; or a letter or a letter's hyphen (the
        value's own letters, `Р-5446`, `12а`)."""
        c = text[digit - 1]
        if c.isspace():
            j = digit - 1
            while j > pos and text[j - 1].isspace():
                j -= 1
            return j > pos and text[j - 1] in self._ends
        if c == "-" and c not in self._ends:
            return self._letters > 0 and digit - 2 >= pos and _letter(text[digit - 2])
        return c in self._ends or (self._letters > 0 and _letter(c))

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text, pos, endpos)`, the same matches."""
        endpos = min(endpos, len(text))
        pattern, head = self.pattern, self._head
        for run in _DIGITS.finditer(text, pos, endpos):
            digit = run.start()
            while digit > pos and self._after_label(text, digit, pos):
                # a match with its value's first digit here starts no earlier than the
                # label's length before the spaces before the letters before the digit
                k = max(digit - self._letters, pos)
                while k > pos and text[k - 1].isspace():
                    k -= 1
                at = max(pos, k - self._longest)
                found = None
                while found is None:
                    candidate = head.search(text, at, digit + 1)
                    if candidate is None:
                        break
                    found = pattern.match(text, candidate.start(), endpos)
                    at = candidate.start() + 1
                if found is None:
                    break
                yield found
                pos = found.end()
