"""Decoding facts of laws and official documents: a document's kind opens its title, never a
person's name, and the word that dates it belongs to no field."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.legal_words import gazettes, number_words_after
from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["law_heads", "numbered_law"]


@functools.cache
def _dated() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("dated"))


def law_heads(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a document's kind that opens a name's run read as the title's start
    (`Постанова Кабінету Міністрів України від 12 травня 2015 р.`: the model took `Постанова
    Кабінету` for an author), and the word that dates it before the date (`від`, `от`) given
    to no field. A gazette's name opening the note is no act's (APA's `Resmî Gazete. (2016, 7
    Nisan). Kişisel Verilerin Korunması Kanunu.`): the host of the act after it, or the body."""
    kinds = "Blegislation" in marks_union(marks)  # one look-up for the note
    if not kinds and (
        _dated().isdisjoint(casefolded_set(tokens))  # no dating word in the note (most notes)
        or not any(tokens[b - 1].text.casefold() in _dated() for _l, _a, b in found)
    ):
        return list(found)  # no document's kind, no run ending in a dating word
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label in PERSONS and "Blegislation" in marks[a] and not _named(tokens, a + 1, b):
            if " ".join(t.text for t in tokens[a:b]).casefold() in gazettes():
                # APA's `Resmî Gazete. (2016, 7 Nisan). Kişisel … Kanunu.`: the gazette that
                # prints the act named after it, as its host; else a body's name as the author
                if any(
                    other == "title" and any("legislation" in marks[k] for k in range(c, d))
                    for other, c, d in out[j + 1 :]
                ):
                    out[j] = ("container-title", a, b)
                continue
            out[j] = ("title", a, b)
    if kinds and out and out[0][0] in PERSONS:
        out[:3] = _issuer(tokens, marks, out[:3])
    merged: list[Run] = []
    for run in out:
        if merged and run[0] == "title" and merged[-1][0] == "title" and merged[-1][2] == run[1]:
            merged[-1] = ("title", merged[-1][1], run[2])
        else:
            merged.append(run)
    for j in range(len(merged) - 1):
        label, a, b = merged[j]
        dated = b - a > 1 and tokens[b - 1].text.casefold() in _dated()
        if label != OTHER and dated and merged[j + 1][0] == "issued":
            merged[j : j + 1] = [(label, a, b - 1), (OTHER, b - 1, b)]
    return merged


_LAW_NAME: Final = 12  # a law's name before its kind word holds this many tokens at most


def _issuer(tokens: list[Token], marks: list[set[str]], head: list[Run]) -> list[Run]:
    """The note's first runs with a state in the genitive that opens a law's name before its
    kind's word read as no person (`Қазақстан Республикасының Білім туралы Заңы`,
    `Türkmenistanyň Bilim hakynda Kanuny`): the name's start when the title goes on from it,
    else (a quoted name follows) no field's words."""
    _label, a, b = head[0]
    if a != 0 or b < 2 or tokens[b - 1].text == "." or _named(tokens, a + 1, b):
        return head
    if lower(tokens[a].text) in given_names():
        return head  # a person's given name opens the run (`Mehmet Bulut, “… karar …”`)
    for k in range(b, min(len(tokens), b + _LAW_NAME)):
        if tokens[k].text in {".", ",", "//", "/", "[", "("}:
            return head
        if "Blegislation" in marks[k]:
            break
    else:
        return head
    if len(head) > 1 and head[1][0] == "title" and head[1][1] == b:
        end, rest = head[1][2], head[2:]
        if rest and rest[0][1] == end and "Blegislation" in marks[end]:  # the kind's word
            end, rest = end + 1, [(rest[0][0], end + 1, rest[0][2])] if rest[0][2] > end + 1 else []
        return [("title", a, end), *rest]
    return [(OTHER, a, b), *head[1:]]


def _named(tokens: list[Token], k: int, b: int) -> bool:
    """Whether the name's run goes on at `k` as a person's does, with an initial or a known
    given name (`Наказ О. П.`, `Кодекс Петро`): a family that is a document's word."""
    if k >= b:
        return False
    word = tokens[k].text
    initial = word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and len(word) <= 2
    if initial and k + 1 < len(tokens) and tokens[k + 1].text == ".":
        return True
    return lower(word) in given_names()


def numbered_law(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a law's number and the word after it (`[legal] number_after`) that open
    its name kept in the title (`5237 sayılı Türk Ceza Kanunu`): the model left them out, and
    maybe the name's first capitalised words as well."""
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        before, start, end = out[j - 1]
        if label != "title" or before != OTHER or end != a or a - start < 2:
            continue
        k = a
        while k - start > 2 and a - k < _NAME_WORDS_LEFT and _capitalised(tokens[k - 1].text):
            k -= 1  # `5651 sayılı İnternet Ortamında …`: the name's first words left out too
        if tokens[k - 2].text.isdigit() and tokens[k - 1].text.casefold() in number_words_after():
            out[j] = ("title", k - 2, b)
            out[j - 1 : j] = [(OTHER, start, k - 2)] if k - 2 > start else []
            break
    return out


_NAME_WORDS_LEFT: Final = 3  # the law's name's words before the title's run, at most


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha()
