"""A patent's description, as GOST 7.0.5 and patent offices write it (`Пат. 2345678 Российская
Федерация, МПК A01B 79/02. Title / Authors; заявитель … – № 2019123456; заявл. 12.06.2019;
опубл. 25.12.2020, Бюл. № 36. – 6 с.`, `ҚР пайдалы моделіне патент № 5123. Title / Authors. –
Жарияланды 14.08.2020, бюл. № 32.`).

The model, trained on no such form, reads the designation that opens the note as the title's
first words, the filing word as an author and the bulletin as a place. In a note that opens
with a patent's word (`[types] patent`) and its number (four digits or more):

- the designation (the word, the number, the country, the classification after `[types]
  patent_class`) is no title's: the number is CSL's `number`, the rest no field;
- the filing date and its word (`[types] patent_filed`) are no field: the work's date is the
  publication's (`[types] patent_published`), read as the work's date;
- APA's designation in brackets after the title (`(KZ Patent No. 35124)`): its number is the
  patent's, the bracket no other field;
- the applicant or holder (`[types] patent_holder`, to its clause's end) and the bulletin
  with its number (`[types] patent_bulletin`) are no field; nor is a number read as a host.
"""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token, casefolded_set, text_set, tokenize
from citekit.languages import shipped_type_words

__all__ = ["designation_words", "patent_parts"]

_OPENING: Final = 6  # tokens before a patent's word, at most (`ҚР пайдалы моделіне патент`)
_DIGITS: Final = 4  # a patent's number has four digits or more
_MARKS: Final = frozenset({"№", "No", "Nr", ".", ":"})
_NEAR: Final = 3  # tokens between a date's word and its date, at most
_CLAUSE_ENDS: Final = frozenset({";", "–", "—"})
_PART_ENDS: Final = frozenset(
    {".", ",", ";", "”", '"', "»"}
)  # before a designation after the title
_NUMBER_ENDS: Final = frozenset({".", ",", ";", "(", ")"})


@functools.cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """`[types] key`'s words as casefolded token sequences without periods, longest first."""
    seqs = {
        tuple(t.text.casefold() for t in tokenize(w) if t.text != ".")
        for w in shipped_type_words(key)
    }
    return tuple(sorted((s for s in seqs if s), key=len, reverse=True))


def _match(tokens: list[Token], i: int, key: str) -> int | None:
    """The token after `key`'s phrase starting at `i` (its periods skipped), or None."""
    for seq in _phrases(key):
        j, k = i, 0
        while k < len(seq) and j < len(tokens):
            if tokens[j].text == "." and k:
                j += 1
                continue
            if tokens[j].text.casefold() != seq[k]:
                break
            j, k = j + 1, k + 1
        if k == len(seq):
            while j < len(tokens) and tokens[j].text == ".":
                j += 1
            return j
    return None


def _opens_part(text: str) -> bool:
    """Whether a token after a period opens the description's next part: a capital, or the
    application's `№`."""
    return text[:1].isupper() or text == "№"


def _number_start(tokens: list[Token], after: int) -> int:
    """Where a patent's number starts after its word (token `after`): past the number's marks
    (`№`, `No.`) and a country's two letters (`KZ 35124`)."""
    j = after
    while j < len(tokens) and tokens[j].text in _MARKS:
        j += 1
    if j < len(tokens) and tokens[j].text.isupper() and len(tokens[j].text) == 2:
        j += 1  # a country's letters
    return j


def _designation(tokens: list[Token]) -> tuple[int, int, int] | None:
    """The designation's start, the patent's number's token and the designation's end (after
    its closing period), when the note opens with a patent's word and number, or DSTU writes
    them after the title's colon (`Назва : пат. 112345 Україна : МПК C02F 1/28. № …`); else
    None."""
    colons = [k + 1 for k, t in enumerate(tokens) if t.text == ":"]
    for i in [*range(min(_OPENING, len(tokens))), *colons]:
        after = _match(tokens, i, "patent")
        if after is None:
            continue
        j = _number_start(tokens, after)
        if j >= len(tokens) or not tokens[j].text.isdecimal() or len(tokens[j].text) < _DIGITS:
            return None
        if j == after and is_year(tokens[j].text):
            return None  # `Kazakhstan Patent 2020 Annual Report`: a year after the word, no number
        number = j
        classed = False
        k = j + 1
        while k < len(tokens):
            text = tokens[k].text
            if _match(tokens, k, "patent_class") is not None:
                classed = True
            elif text == "." and k + 1 < len(tokens) and _opens_part(tokens[k + 1].text):
                before = tokens[k - 1].text
                if not classed or before[-1:].isdecimal() or before == ")":
                    return (i - 1 if i in colons else 0), number, k + 1
            elif text in _CLAUSE_ENDS or (text == "/" and not classed):
                return None  # a class's `79/02` holds a slash; an author's area opens on one
            k += 1
        return None
    return None


def _dated(tokens: list[Token], found: list[Run], after: int) -> int | None:
    """The index in `found` of the date run opening within a few tokens after `after`."""
    for j, (label, a, _b) in enumerate(found):
        if label in ("issued", "accessed") and after <= a <= after + _NEAR:
            return j
    return None


def _bracketed(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with APA's designation in brackets after the title (`(KZ Patent No. 35124)`)
    read as the patent's number and no other field."""
    for i, token in enumerate(tokens):
        if token.text != "(":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].text.isupper() and len(tokens[j].text) == 2:
            j += 1  # a country's letters
        after = _match(tokens, j, "patent")
        if after is None:
            continue
        while after < len(tokens) and tokens[after].text in _MARKS:
            after += 1
        close = after + 1
        if close < len(tokens) and tokens[close].text == ")" and tokens[after].text.isdecimal():
            out = painted(found, (OTHER, i, close + 1))
            return painted(out, ("number", after, after + 1))
    return found


def _grouped(tokens: list[Token], j: int) -> int | None:
    """The token after a patent's number opening at `j`: four digits or more, or digits in
    thousands' groups (`7,654,321`); else None."""
    if j >= len(tokens) or not tokens[j].text.isdecimal():
        return None
    if len(tokens[j].text) >= _DIGITS:
        return j + 1
    k = j + 1
    while (
        k + 1 < len(tokens)
        and tokens[k].text == ","
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].text.isdecimal()
        and len(tokens[k + 1].text) == 3
    ):
        k += 2
    return k if k > j + 1 else None


_CODE_LETTERS: Final = 2  # an office's country code (`KZ`, `US`)


def _inline_designation(tokens: list[Token]) -> tuple[int, int, int] | None:
    """A designation opening a part after the title (`Title. US Patent 7,654,321, 2 February
    2010.`): its first token, its number's first token and the token after the number."""
    for i in range(1, len(tokens)):
        # an office's two-letter code before the word (`KZ Patent 33567`, `RU Patent 2712345`)
        coded = len(tokens[i - 1].text) == _CODE_LETTERS and tokens[i - 1].text.isupper()
        opens = i - 1 if coded and i > 1 and tokens[i - 2].text in _PART_ENDS else None
        if tokens[i - 1].text not in _PART_ENDS and opens is None:
            continue
        after = _match(tokens, i, "patent")
        if after is None:
            continue
        j = _number_start(tokens, after)
        end = _grouped(tokens, j)
        if end is None or (end == j + 1 and is_year(tokens[j].text)):
            continue
        if end < len(tokens) and tokens[end].text not in _NUMBER_ENDS:
            continue  # the number goes on: no designation's
        return (i if opens is None else opens), j, end
    return None


def _inline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a designation after the title read as the patent's number (the words
    before it no field)."""
    head = _inline_designation(tokens)
    if head is None:
        return found
    i, j, end = head
    out = painted(painted(found, (OTHER, i, end)), ("number", j, end))
    # the title's last words the model read as a host before the designation's period
    # (`… on a Nickel Catalyst. KZ Patent 33567, 2019.`): the title's
    host = next((h for h, r in enumerate(out) if r[0] == "container-title" and r[2] >= i - 1), None)
    if host is None or host == 0 or out[host - 1][0] != "title" or out[host][1] != out[host - 1][2]:
        return out
    stop = i - 1 if tokens[i - 1].text == "." else out[host][2]
    return painted(out, ("title", out[host - 1][1], stop))


def designation_words(tokens: list[Token]) -> frozenset[int]:
    """The tokens of a designation's words before its number after the title (`US Patent`):
    read, no lost text."""
    if _first_words().isdisjoint(casefolded_set(tokens)):
        return frozenset()
    head = _inline_designation(tokens)
    return frozenset(range(head[0], head[1])) if head is not None else frozenset()


@functools.cache
def _first_words() -> frozenset[str]:
    """The first words of the patent's phrases, casefolded: a note holding none is no patent."""
    return frozenset(seq[0] for seq in _phrases("patent"))


def patent_parts(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a patent's parts read as the module's doc says."""
    if _first_words().isdisjoint(casefolded_set(tokens)):
        return found  # no patent's word in the note (most notes: one look-up)
    head = _designation(tokens)
    if head is None:
        found = _bracketed(tokens, found) if "(" in text_set(tokens) else found
        return _inline(tokens, found)
    start, number, end = head
    out = painted(painted(found, (OTHER, start, end)), ("number", number, number + 1))
    i = end
    while i < len(tokens):
        if (filed := _match(tokens, i, "patent_filed")) is not None:
            out = painted(out, (OTHER, i, filed))  # the word first: a date's run may hold it
            j = _dated(tokens, out, filed)
            stop = out[j][2] if j is not None else filed
            out = painted(out, (OTHER, i, stop))
            i = stop
        elif (published := _match(tokens, i, "patent_published")) is not None:
            out = painted(out, (OTHER, i, published))
            if (j := _dated(tokens, out, published)) is not None:
                out = painted(out, ("issued", out[j][1], out[j][2]))
            i = published
        elif (held := _match(tokens, i, "patent_holder")) is not None:
            stop = held
            while stop < len(tokens) and tokens[stop].text not in _CLAUSE_ENDS:
                stop += 1
            out = painted(out, (OTHER, i, stop))
            i = stop
        elif (bulletin := _match(tokens, i, "patent_bulletin")) is not None:
            stop = bulletin
            while stop < len(tokens) and not tokens[stop].text.isdecimal():
                stop += 1
            stop = min(stop + 1, len(tokens))
            out = painted(out, (OTHER, i, stop))
            i = stop
        else:
            i += 1
    # a number is no host's name: an application's (`– № 2019/0456.1;`)
    for label, a, b in out:
        if label == "container-title" and not any(t.text.isalpha() for t in tokens[a:b]):
            out = painted(out, (OTHER, a, b))
    return out
