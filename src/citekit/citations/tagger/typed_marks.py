"""How a note's marks typed another way read in the features.

Where a straight quote mark `"` opens and where it closes, as the features carry a note's
state (inside a quotation or not): one reading whatever marks a hand typed.

Typed with `«»` or `“”`, a quotation inside a quotation nests (`«3-том. «Көне» жазба»`) and
the state stays inside the outer one; a straight `"` is the same mark both ways, and read as a
switch the inner quotation's close would end the outer one. A straight `"` glued to the word
after it and spaced from the one before opens; glued to the word before and spaced from the one
after it closes (`"3-том. "Көне" түркі…"`); else it closes an open quotation or opens one. A
`"` glued between two letters (the hard sign of a romanized `ob"yekt`) is no quote.

GOST's areas are parted by a period and a spaced em dash (`Наука, 2010. — 304 с.`); hands
and sites type that dash `-` or `–` (`2010. - 304 с.`, `2010. – 304 с.`). A spaced `-` or `–`
right after a period reads as GOST's `—` (one character for one, the text stays as written).
Outside GOST's dash form (no dash after a period or colon, no `//`), in a note written mostly
in Latin letters among which a Turkic language's own (`ş`, `ğ`, `ý`, `ň`: the keys of the
language files' `[typing] plain`), a spaced `—` or `–` is the hyphen İSNAD and hands write
between coauthors and in titles (`Alaaddin Zengin — Zafer Erdem`) and reads as `-`."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from citekit._text import has_cyrillic, mostly_cyrillic
from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, language

__all__ = ["area_dashes", "plain_dashes", "straight_quotes"]


def straight_quotes(tokens: Sequence[Token], words: Sequence[str]) -> list[int] | None:
    """The nesting depth of straight quotations after each token of `tokens` (`words` their
    texts as read), or None when the note has no straight quote mark."""
    if '"' not in words:
        return None
    depths: list[int] = []
    depth = 0
    last = len(words) - 1
    for i, word in enumerate(words):
        if word == '"':
            glued_before = i > 0 and tokens[i - 1].end == tokens[i].start
            glued_after = i < last and tokens[i].end == tokens[i + 1].start
            inside = (
                glued_before
                and glued_after
                and words[i - 1][-1:].isalpha()
                and words[i + 1][:1].isalpha()
            )
            if inside:
                pass
            elif glued_after and not glued_before:
                depth += 1
            elif (glued_before and not glued_after) or depth:
                depth = max(depth - 1, 0)
            else:
                depth = 1
        depths.append(depth)
    return depths


def area_dashes(tokens: Sequence[Token], words: list[str]) -> list[str]:
    """`words`, the texts of `tokens`, with a spaced `-` or `–` right after a period read as
    GOST's area dash `—` (see the module's doc)."""
    if "-" not in words:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        if out[i] != "-" or out[i - 1] != ".":
            continue
        if tokens[i - 1].end < tokens[i].start and tokens[i].end < tokens[i + 1].start:
            out[i] = "—"
    return out


@functools.cache
def _latin_own_letters() -> frozenset[str]:
    """The Latin letters a language writes and a hand may type plainly (Turkish `ş`, `ı`,
    Turkmen `ý`, `ň`: `[typing] plain`)."""
    return frozenset(
        ch
        for code in available_languages()
        for ch in language(code).plain_letters
        if not has_cyrillic(ch)
    )


def plain_dashes(tokens: Sequence[Token], words: list[str]) -> list[str]:
    """`words`, the texts of `tokens`, with each spaced `—` or `–` of a note outside GOST's
    dash form read as the hyphen (see the module's doc)."""
    if "—" not in words and "–" not in words:
        return words
    n = len(words)
    spaced = [
        i
        for i in range(1, n - 1)
        if words[i] in ("—", "–")
        and tokens[i - 1].end < tokens[i].start
        and tokens[i].end < tokens[i + 1].start
    ]
    if not spaced or any(words[i] == words[i + 1] == "/" for i in range(n - 1)):
        return words
    if any(words[i - 1] in (".", ":") for i in spaced) or mostly_cyrillic(" ".join(words)):
        return words
    own = _latin_own_letters()
    if not any(ch in own for word in words for ch in word):
        return words
    out = list(words)
    for i in spaced:
        out[i] = "-"
    return out
