"""A language's table for reading its romanised text back into its own script (`[read_back]`
in its file: `Ukhodiashchaia natura` read back as Russian is `уходящая натура`)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

from attrs import frozen

from citekit.errors import LanguageDataError

__all__ = ["ReadBack", "read_back_table", "reads_back"]


@frozen
class ReadBack:
    """`[read_back]`: the Latin letter groups and the letters each is read as."""

    groups: re.Pattern[str]  # every group, the longest first
    letters: Mapping[str, str]
    after_vowel: Mapping[str, str]
    after_consonant: Mapping[str, str]
    opening: Mapping[str, str]
    vowels: str
    neighbours: tuple[str, ...]  # languages sharing the script, weighed too (`uk`, `bg`)

    def reads(self, word: str) -> bool:
        """Whether every letter of `word` (in small letters) opens a group of the table or is
        read by its neighbour: a letter none reads (`q`) is no romanisation's."""
        return all(
            c in self.letters or c in self.after_vowel or c in self.after_consonant
            for c in word
            if c.isalpha()
        )

    def read(self, word: str) -> str:
        """`word` (in small letters) read back: each group as its letter, a letter the table
        reads by its neighbour as the letter after a vowel or after a consonant, a word's
        opening letter as its own reading (`eksport`: `экспорт`)."""
        out: list[str] = []
        at = 0
        while at < len(word):
            char = word[at]
            prev = out[-1][-1] if out else ""
            if at == 0 and char in self.opening:
                out.append(self.opening[char])
                at += 1
                continue
            if char in self.after_vowel or char in self.after_consonant:
                after_vowel = prev in self.vowels or prev == ""
                group = self.groups.match(word, at)
                # a group the letter opens after a vowel or a word's start (`ya`: `я`)
                if not (after_vowel and group is not None and len(group.group()) > 1):
                    table = self.after_vowel if prev in self.vowels else self.after_consonant
                    out.append(table.get(char, char))
                    at += 1
                    continue
            group = self.groups.match(word, at)
            if group is None:
                out.append(char)
                at += 1
            else:
                out.append(self.letters[group.group()])
                at = group.end()
        return "".join(out)


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) for k, v in value.items()
    ):
        raise LanguageDataError(where, f"read_back.{key} must map one letter to its reading")
    return dict(value)


@functools.cache
def read_back_table(code: str) -> ReadBack | None:
    """The language's `[read_back]` table, or None when its file has none."""
    where = f"citekit/languages/data/{code}.toml"
    resource = resources.files("citekit.languages") / "data" / f"{code}.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8")).get("read_back")
    if data is None:
        return None
    pairs = data.get("letters", [])
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s for s in p)
        for p in pairs
    ):
        raise LanguageDataError(where, "read_back.letters must be a list of [group, letters]")
    letters = {str(a): str(b) for a, b in pairs}
    ordered = sorted(letters, key=len, reverse=True)
    vowels = data.get("vowels", "")
    if not isinstance(vowels, str):
        raise LanguageDataError(where, "read_back.vowels must be a string of letters")
    neighbours = data.get("neighbours", [])
    if not isinstance(neighbours, list) or not all(isinstance(n, str) for n in neighbours):
        raise LanguageDataError(where, "read_back.neighbours must be a list of language codes")
    return ReadBack(
        neighbours=tuple(neighbours),
        groups=re.compile("|".join(map(re.escape, ordered))),
        letters=letters,
        after_vowel=_table(data, "after_vowel", where),
        after_consonant=_table(data, "after_consonant", where),
        opening=_table(data, "opening", where),
        vowels=vowels,
    )


def reads_back(code: str) -> bool:
    """Whether the language's file has a table to read its romanised text back."""
    return read_back_table(code) is not None
