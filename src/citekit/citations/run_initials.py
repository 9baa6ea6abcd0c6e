"""Initials written run together, as Vancouver and PubMed write them after the family name
(`Smith JA`, `Иванов ИИ`, `Wang YeV`): spelled out with their periods (`J. A.`), the form
a style's `initialize-with` reads as initials (CSL reads `JA` as one given name: `J.`)."""

from __future__ import annotations

import itertools
import re
from typing import Final

from attrs import evolve

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names, name_vowels
from citekit.model import Name

__all__ = ["run_initials", "spelled_initials"]

_REGNAL: Final = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # `Louis XIV`, `Henry VIII`


def run_initials(word: str) -> bool:
    """Whether a word is Vancouver's run-together initials, a digraph's among them ("JA",
    "YeV", "ZhT"): two or three capitals, never two small letters in a row."""
    if not 2 <= len(word) <= 6 or not word[0].isupper():
        return False  # two or three capitals, a small letter after each at most
    capitals = sum(c.isupper() for c in word)
    return (
        2 <= capitals <= 3
        and len(word) <= 2 * capitals
        and word[0].isupper()
        and word.isalpha()
        and all(not (a.islower() and b.islower()) for a, b in itertools.pairwise(word))
    )


def _lone_initial(name: Name) -> bool:
    """Whether a name's given name is one initial without its period: a capital (`J`), or a
    digraph's capital and small letter with no vowel after the family (`Seyfullin Zh`; `Ng
    Wei` is a family and a given name)."""
    given = name.given or ""
    if len(given) == 1:
        return given.isupper()
    return (
        len(given) == 2
        and (name.written or "").endswith(given)
        and given[0].isupper()
        and given[1].islower()
        and name_vowels().isdisjoint(lower(given))
    )


def _regnal_letter(letter: str, family: str) -> bool:
    """Whether a lone capital after a name is a ruler's numeral (`Петр I`, `Louis V`)."""
    return _REGNAL.fullmatch(letter) is not None and (
        not family.isascii() or lower(family) in given_names()
    )


def spelled_initials(name: Name) -> Name:
    """The name with its given name's run-together initials spelled out (`Smith JA` →
    `J. A.`, `Ye. V.`, `И. И.`). The given name is one word of run-together initials (no
    Roman numeral: `Louis XIV`; fewer small letters than capitals: `JoAn` is a name). With
    no vowel of a language (`JK`, `JRR`, `ZhR`) it is initials; with one, only two capitals
    after a family written in small letters that is no given name of a language: `ZHANG LI`,
    `KAYA ALİ` are names in capitals, `Ercan CAN` and `Necati ŞEN` a given name and a family
    in capitals. A lone capital (`Smith J`, `Болғанбайұлы Ә`) or digraph (`Seyfullin Zh`) is
    one initial, `J.`, but a Roman numeral's letter after a family of another script or a
    given name (`Петр I`)."""
    given = name.given or ""
    family = name.family or ""
    if family and _lone_initial(name) and not _regnal_letter(given, family):
        return evolve(name, given=f"{given}.")
    if not (family and run_initials(given)) or _REGNAL.fullmatch(given):
        return name
    capitals = sum(c.isupper() for c in given)
    small = len(given) - capitals
    if small and small >= capitals:
        return name
    if not name_vowels().isdisjoint(lower(given)) and (
        capitals > 2 or family.isupper() or lower(family) in given_names()
    ):
        return name
    pieces: list[str] = []
    for char in given:  # a capital opens an initial, a small letter ends a digraph's
        if char.isupper():
            pieces.append(char)
        else:
            pieces[-1] += char
    return evolve(name, given=" ".join(f"{p}." for p in pieces))
