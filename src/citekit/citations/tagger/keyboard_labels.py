"""A page's or volume's label typed with the other keyboard in a Cyrillic note: `… №084.- c.7`
with a Latin `c`, `T. 2` with a Latin `T`; so is a city's one letter before the imprint's colon
(`M.: Наука`, Latin `M`). The Latin letter looks like the Cyrillic label's (`с.`, `Т.`, `М.`)
and is read as it, when the note's words are Cyrillic and the letter stands where a label does,
before its period and a number (a city's: its period and a colon). Turkish writes `C.` for a
volume (cilt) and English `P.` for a page, also around Cyrillic titles (İSNAD's `Ұлт
тағылымы, c. 398, sy. 38`), so a Latin letter is left as typed in a note that writes any other
Latin word (an address and an acronym such as `URL` or `DOI` aside), and only letters whose
Cyrillic twin with its period is a page's, volume's or city's word of the language files are
read so; so is a Latin `N` before a spaced number (`- N 303`, the number sign as Russian legal
databases print it). The token keeps its place, so every value stays as written."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from citekit._text import as_cyrillic, has_cyrillic
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["keyboard_read"]

_NUMBER_SIGN = "№"  # a Russian law's `N 273-ФЗ`, a paper's `N 303`: the sign a Latin `N` stands for


@functools.cache
def _label_letters(key: str = "labels") -> dict[str, str]:
    """Each Latin letter whose Cyrillic twin and a period make a page or volume label word
    (`c` for `с.`, `T` for `Т.`), or a city's word with `key` "cities" (`M` for `М.`), with
    that twin."""
    if key == "cities":
        labels = shipped_words("cities")
    else:
        labels = shipped_words("page") | shipped_words("volume")
    letters = {chr(c) for c in range(ord("A"), ord("Z") + 1)}
    letters |= {letter.lower() for letter in letters}
    out: dict[str, str] = {}
    for letter in sorted(letters):
        twin = as_cyrillic(letter)
        if twin != letter and f"{twin}." in labels:
            out[letter] = twin
    return out


def _cyrillic_note(tokens: Sequence[Token], spots: set[int]) -> bool:
    """Whether the note writes Cyrillic words and no Latin letter but the ones at `spots`, its
    addresses and acronyms (`URL`, `DOI`) left out."""
    cyrillic = False
    for i, token in enumerate(tokens):
        text = token.text
        if i in spots or "/" in text or "@" in text or "www" in text:
            continue
        if len(text) > 1 and text.isascii() and text.isupper():
            continue  # `URL`, `DOI`, `ISBN`
        if any(char.isascii() and char.isalpha() for char in text):
            return False
        cyrillic = cyrillic or has_cyrillic(text)
    return cyrillic


def keyboard_read(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` with each Latin label letter before its period and a number read as its
    Cyrillic twin, and a Latin `N` before a spaced number as `№`, in a Cyrillic note (the same
    list when there is none)."""
    labels, cities = _label_letters(), _label_letters("cities")
    spots: list[tuple[int, str]] = []
    for i in range(len(tokens) - 1):
        text = tokens[i].text
        if text == "N" and tokens[i + 1].text[:1].isdigit() and tokens[i + 1].start > tokens[i].end:
            spots.append((i, _NUMBER_SIGN))  # `– N 303`: the number sign, typed as a letter
            continue
        if tokens[i + 1].text != "." or i + 2 == len(tokens):
            continue
        after = tokens[i + 2].text
        if text in labels and after[:1].isdigit():
            spots.append((i, labels[text]))
        elif text in cities and after == ":":
            spots.append((i, cities[text]))
    if not spots or not _cyrillic_note(tokens, {i for i, _ in spots}):
        return tokens
    out = list(tokens)
    for i, twin in spots:
        token = tokens[i]
        out[i] = Token(twin, token.start, token.end)
    return out
