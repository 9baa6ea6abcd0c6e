"""A parliament's record is cited by its series' name, then its numbered divisions: `TBMM Zabıt
Ceridesi, Dönem 2, Cilt 14, Birleşim 45, 12 Mart 1925, s. 210`, `TBMM Tutanak Dergisi, Devre V,
Cilt 12`, maybe after its speaker's name. The name before the first division is the host (the
record's journal: the sitting's minutes have no title of their own, and the journal is no
author); the divisions (`[words] record_division`: a term, a session, a sitting) are no
field's, but the volume's (`Cilt 14`) is the volume."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.volumes import volume_number
from citekit.languages import shipped_words

__all__ = ["divided_record", "record_host", "record_series"]

_NAME_MAX: Final = 8  # words of a record's name at most
_MIN_DIVISIONS: Final = 2  # a term and a volume, at least


@functools.cache
def _divisions() -> frozenset[str]:
    """The `[words] record_division` words of every shipped language (`Dönem`, `Session`)."""
    return frozenset(shipped_words("record_division"))


def divided_record(title: str | None) -> bool:
    """Whether a short form's "title" opens with a record's division (`Devre 1, Cilt 9`): its
    "author" is then the record's name, no person's."""
    words = (title or "").split(maxsplit=1)
    return bool(words) and words[0] in _divisions()


def record_host(text: str, host: str) -> bool:
    """Whether `host` is a record's journal cited by its name and divisions alone (`TBMM
    Tutanak Dergisi, Dönem 27, …`): the record is in its journal's language."""
    at = text.find(f"{host}, ")
    return at >= 0 and divided_record(text[at + len(host) + 2 :])


def _division(tokens: list[Token], marks: list[set[str]], k: int) -> tuple[int, bool] | None:
    """The index of the number after a division's word (or a volume's) at `k`, maybe two
    words (`Yasama Yılı 3`), and whether the word is the volume's; or None."""
    volume = "Bvolume" in marks[k] and tokens[k].text.isalpha()
    if not volume and tokens[k].text not in _divisions():
        return None
    for at in (k + 1, k + 2):
        if at < len(tokens) and volume_number(tokens[at].text):
            return at, volume
        if at < len(tokens) and not tokens[at].text.isalpha():
            return None
    return None


def record_series(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a record's name opening the note before its numbered divisions as the
    host, the divisions in no field but the volume's number."""
    if text_set(tokens).isdisjoint(_divisions()):
        return found  # most notes (at C speed): no division's word
    commas = [k for k, t in enumerate(tokens) if t.text == ","][:2]
    for head, comma in zip([-1, *commas], commas, strict=False):
        if head >= 0 and not any(r[0] == "author" and r[2] >= head > r[1] for r in found):
            return found  # `Celal Bayar, TBMM Tutanak Dergisi, Devre V`: a speaker before it
        out = _divided(tokens, marks, found, head + 1, comma)
        if out is not None:
            return out
    return found


def _divided(
    tokens: list[Token], marks: list[set[str]], found: list[Run], start: int, comma: int
) -> list[Run] | None:
    """`found` with the name at start..comma as the host before its divisions, or None."""
    if not 1 < comma - start <= _NAME_MAX:
        return None
    if not all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[start:comma]):
        return None
    k, count, worded, volume, end = comma + 1, 0, False, None, comma
    while k < len(tokens) and (step := _division(tokens, marks, k)) is not None:
        at, is_volume = step
        count += 1
        worded = worded or not is_volume
        volume = at if is_volume and volume is None else volume
        end = at + 1
        if end >= len(tokens) or tokens[end].text != ",":
            break
        k = end + 1
    if count < _MIN_DIVISIONS or not worded:
        return None
    out = painted(found, ("container-title", start, comma))
    out = painted(out, (OTHER, comma, end))
    return painted(out, ("volume", volume, volume + 1)) if volume is not None else out
