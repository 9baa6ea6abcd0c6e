"""A parallel title after ` = ` is no part of the title. ISBD and GOST write the title proper,
then the same title in another language after an equals sign (`Қазақ тілінің сөздігі =
Словарь казахского языка. – Алматы, 2008`, `Экономика Казахстана = Economy of Kazakhstan //
Вестник …`): the record's title is the title proper, the parallel one is left to no field.
The record is ISBD's when the note has GOST's marks (`//`, `. –`) or the parallel title is in
another alphabet (`Аз и Я = Az i Ya`); elsewhere a sign is a formula's and stays the title's
(`Algorithms + Data Structures = Programs`, `E = mc²`)."""

from __future__ import annotations

from typing import Final

from citekit._text import has_cyrillic
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import LONG_DASHES, Token, text_set

__all__ = ["parallel_title"]

_SIGN: Final = "="
_PROPER: Final = 2  # tokens of a title proper at least (`E = mc²` is a formula)


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha()


def _isbd(tokens: list[Token], a: int, k: int, end: int) -> bool:
    """Whether the note writes ISBD's areas (`//`, `. –`) or the words after the sign at `k`
    are in another alphabet than the title's before it."""
    if "//" in text_set(tokens):
        return True
    if any(
        tokens[i].text == "." and tokens[i + 1].text in LONG_DASHES for i in range(len(tokens) - 1)
    ):
        return True
    before = " ".join(t.text for t in tokens[a:k])
    after = " ".join(t.text for t in tokens[k + 1 : end])
    return has_cyrillic(before) != has_cyrillic(after)


def parallel_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the first title's run, or the title and the run right after its sign,
    ended before a parallel title's `=`; the parallel title belongs to no field."""
    if _SIGN not in text_set(tokens):
        return found  # no `=` (most notes)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        end = b
        if (
            (
                j + 2 < len(found)
                and found[j + 1][0] == OTHER
                and found[j + 1][2] - found[j + 1][1] == 1
            )
            and tokens[found[j + 1][1]].text == _SIGN
            and found[j + 2][0] == "title"
        ):
            end = found[j + 2][2]  # `Title [=] Parallel`: the sign outside both runs
        signs = [k for k in range(a + _PROPER, end - 1) if tokens[k].text == _SIGN]
        if not signs or not _capitalised(tokens[signs[0] + 1].text):
            return found
        k = signs[0]
        if not _isbd(tokens, a, k, end):
            return found
        tail = found[j + 3 :] if end != b else found[j + 1 :]
        return [*found[:j], ("title", a, k), (OTHER, k, end), *tail]
    return found
