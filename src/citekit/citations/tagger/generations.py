"""A generation's suffix after an inverted name: `King, Martin Luther, Jr.`, `Smith, John A.,
III, and …`. The comma before `Jr.` or a Roman numeral does not end the name: the suffix is the
name's last part, not the title's first word. A Roman numeral with its period opens a title
as often (`KAYA, Ahmet, II. Abdülhamid Dönemi`: a sultan's ordinal), so only its comma tells
it a suffix."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from citekit.citations.names import generation_words
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token

__all__ = ["generation_suffix"]

_NUMERALS: Final = frozenset({"II", "III", "IV"})  # a generation's Roman numeral, after a comma
_HEAD: Final = 8  # tokens of a direct name before its suffix at most


@functools.cache
def _suffixes() -> frozenset[str]:
    """The suffixes as tokens read them: the `[names] generation` words (`Jr`, `Sr`: a period
    may follow them) and the Roman numerals."""
    return generation_words() | _NUMERALS


@functools.cache
def _precheck() -> re.Pattern[str]:
    """A suffix after a comma and a space (`, Jr`, `, III`)."""
    words = "|".join(sorted(map(re.escape, _suffixes())))
    return re.compile(r", (?:" + words + r")\b|\w (?:" + words + r")\.?, ")


@functools.cache
def _spaced() -> tuple[str, ...]:
    """Each suffix after a space (` Jr`, ` III`): both forms `_precheck` finds hold one, told
    at C speed (its `\\w` alternative is tried at every character)."""
    return tuple(" " + word for word in sorted(_suffixes()))


def generation_suffix(text: str, tokens: Sequence[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a generation's suffix after a person's run and its comma given to that
    run, when the model gave it to no person."""
    out = list(labels)
    if not any(word in text for word in _spaced()) or _precheck().search(text) is None:
        return out
    out = _direct_suffix(tokens, out)
    suffixes, words = _suffixes(), generation_words()
    for i in range(2, len(tokens)):
        if tokens[i].text not in suffixes or tokens[i - 1].text != ",":
            continue
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if tokens[i].text not in words and after != ",":
            continue
        person = out[i - 2]
        if person not in PERSONS:
            continue
        if out[i] in PERSONS:
            out = _title_after_suffix(tokens, out, i)
            continue
        out[i - 1] = out[i] = person
        if i + 1 < len(tokens) and tokens[i + 1].text == "." and out[i + 1] not in PERSONS:
            out[i + 1] = OTHER
    return out


def _title_after_suffix(tokens: Sequence[Token], labels: list[str], i: int) -> list[str]:
    """`labels` with the words after an inverted name's suffix and its period (`Davis,
    Benjamin O., Jr. Benjamin O. Davis, Jr., American`) read as the title when the model ran
    the person on into them: the suffix closes the name, and Chicago's bibliography opens the
    title after the period that follows it."""
    person = labels[i]
    k = i + 2
    if k >= len(tokens) or tokens[i + 1].text != "." or labels[k] != person:
        return labels
    if not tokens[k].text[:1].isupper():
        return labels
    out = list(labels)
    out[i - 1], out[i + 1] = person, OTHER
    while k < len(out) and out[k] == person:
        out[k] = "title"
        k += 1
    return out


def _direct_suffix(tokens: Sequence[Token], labels: list[str]) -> list[str]:
    """`labels` with a name in direct order that opens the note and ends in a suffix before
    its comma (`John A. Smith III, Title`, `William H. Gates Sr., Title`) read whole as the
    person's, when the model gave the person only the given names: a generation's word or
    numeral closes the name it follows, and the work starts after the comma."""
    person = labels[0] if labels else OTHER
    if person not in PERSONS:
        return labels
    suffixes = _suffixes()
    for i in range(2, min(len(tokens) - 1, _HEAD)):
        if tokens[i].text not in suffixes or not tokens[i - 1].text.istitle():
            continue
        comma = i + 1 + (tokens[i + 1].text == ".")
        if comma >= len(tokens) - 1 or tokens[comma].text != ",":
            return labels
        if all(label == person for label in labels[: i - 1]) and labels[i - 1] != person:
            out = list(labels)
            titled = labels[i - 1] == "title"
            out[: comma + 1] = [person] * (comma + 1)
            out[comma] = OTHER
            if titled and "title" not in out:  # the title the model cut at the suffix
                k = comma + 1
                while k < len(out) and out[k] == OTHER and tokens[k].text not in "([":
                    out[k] = "title"
                    k += 1
            return out
        return labels
    return labels
