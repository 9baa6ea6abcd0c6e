"""A journal's issue after `No` written with no period (`Cilt 10, No: 1, 2011`, `Vol. 5 No 2`):
Turkish journals label the issue `No:` as often as `Sayı:`. After the note's volume, or right
after the host's comma in a note with no volume (`Toplum ve Bilim, No: 105, 2006`), in a note
with a host and no issue read, the number after `No` (its colon between) is the issue, also
where the model read it as a second volume or as the only one; so is the number after the
possessive `Sayısı:` ("its issue": `Resmî Gazete Sayısı: 25611`), and the number a gazette's
name closes on before its bracketed date (`Resmî Gazete 29677 (07 Nisan 2016)`). Scopus writes
a journal with no volume as `Bilig, (74), pp. 1-24`: a bracketed number between the host's
comma and the next comma is the issue, never the host's words."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, glued_to_previous, text_set
from citekit.languages import shipped_words

__all__ = [
    "bare_issue",
    "bracketed_issue",
    "dated_host_number",
    "document_number",
    "gazette_issue",
    "issue_words",
]


@functools.cache
def issue_words() -> frozenset[str]:
    """The `[words] issue_bare` labels (`No`, `Number`)."""
    return frozenset(shipped_words("issue_bare"))


@functools.cache
def _possessive() -> frozenset[str]:
    """The `[words] issue_possessive` words (`Sayısı`)."""
    return frozenset(shipped_words("issue_possessive"))


_YEAR_DIGITS: Final = 4  # an issue's number is shorter than a year


def _labelled(tokens: list[Token], n: int) -> bool:
    """Whether the number at `n` follows a bare issue label, its colon between or not."""
    k = n - 2 if n >= 2 and tokens[n - 1].text == ":" else n - 1
    return k >= 0 and tokens[k].text in issue_words()


def bare_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a bare `No` past the volume read as the issue."""
    labels = [label for label, _, _ in found]
    if "issue" in labels or "container-title" not in labels:
        return found  # most notes (at C speed)
    if issue_words().isdisjoint(text_set(tokens)):
        return found
    if "volume" in labels:
        _, a, start = next(run for run in found if run[0] == "volume")
        if labels.count("volume") == 1 and start == a + 1 and _labelled(tokens, a):
            return painted(found, ("issue", a, start))  # `No: 3` read as the volume
    else:  # a journal with no volume: `No: 105` right after its name's comma
        start = next(b for label, _, b in found if label == "container-title") + 1
        if start >= len(tokens) or tokens[start - 1].text != ",":
            return found
    for k in range(start, len(tokens) - 1):
        if tokens[k].text not in issue_words():
            if "volume" not in labels:
                return found
            continue
        n = k + 2 if tokens[k + 1].text == ":" else k + 1
        if n >= len(tokens) or not tokens[n].text.isdecimal():
            return found
        closes = n + 1 < len(tokens) and tokens[n + 1].text == "."
        if len(tokens[n].text) >= _YEAR_DIGITS or closes:
            return found  # a year, or a number that closes a sentence (`No 1.` of a list)
        held = [(label, a, b) for label, a, b in found if a <= n < b]
        if held and held[0][0] == "container-title" and held[0][1] >= k and held[0][2] == n + 1:
            # `Vol. 56, Number 2`: the word and its number read as a second host
            return painted(painted(found, (OTHER, k, n)), ("issue", n, n + 1))
        if any(label not in (OTHER, "volume") for label, _, _ in held):
            return found  # past the volume's end a second volume is no volume: one a note
        return painted(found, ("issue", n, n + 1))
    return found


def gazette_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after Turkish's possessive `Sayısı:` (`Resmî Gazete Sayısı:
    25611`, "the Gazette's issue") read as the issue where the model read a volume or nothing."""
    labels = [label for label, _, _ in found]
    if "issue" in labels or _possessive().isdisjoint(text_set(tokens)):
        return found  # most notes (at C speed)
    for k in range(len(tokens) - 1):
        if tokens[k].text not in _possessive():
            continue
        n = k + 2 if tokens[k + 1].text == ":" else k + 1
        if n >= len(tokens) or not tokens[n].text.isdecimal():
            continue
        if all(label in (OTHER, "volume") for label, a, b in found if a <= n < b):
            return painted(found, ("issue", n, n + 1))
    return found


def _comma_bracket(tokens: list[Token], c: int) -> bool:
    """Whether tokens c.. are `, ( N )` (a number shorter than a year), then a comma or the
    note's end."""
    if c + 4 > len(tokens) or tokens[c].text != "," or tokens[c + 1].text != "(":
        return False
    number = tokens[c + 2].text
    if tokens[c + 3].text != ")" or not number.isdecimal() or len(number) >= _YEAR_DIGITS:
        return False
    return c + 4 == len(tokens) or tokens[c + 4].text == ","


def bracketed_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `, (74)` after the host read as the issue (Scopus: `Bilig, (74), pp.`),
    whether the model read it into the host or left it to no field."""
    labels = [label for label, _, _ in found]
    if "issue" in labels or "container-title" not in labels:
        return found
    _, a, b = found[labels.index("container-title")]
    if b - a >= 5 and _comma_bracket(tokens, b - 4):
        return painted(painted(found, (OTHER, b - 4, b)), ("issue", b - 2, b - 1))
    free = all(label == OTHER for label, c, d in found if c < b + 4 and d > b)
    if free and _comma_bracket(tokens, b):
        return painted(found, ("issue", b + 2, b + 3))
    return found


# the kinds of documents numbered so (`Tez No: 254123`, `Karar No: 45`, `Dosya No: 12`)
_DOCUMENT_MARKS: Final = frozenset({"thesis", "legislation", "archive"})


def document_number(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run that is a document's kind, a bare `No` and its number (YÖK's
    `Tez No: 254123`, `Karar No: 2019/45`) left to no field: it numbers the document cited,
    it names no work that holds it."""
    for label, a, b in found:
        if label != "container-title" or b - a < 3 or not tokens[b - 1].text.isdecimal():
            continue
        k = next((i for i in range(a + 1, b) if tokens[i].text in issue_words()), None)
        if k is None or any(
            not t.text.isdecimal() and t.text not in ":/" for t in tokens[k + 1 : b]
        ):
            continue
        if all(marks[i] & _DOCUMENT_MARKS for i in range(a, k)):
            return painted(found, (OTHER, a, b))
    return found


_GAZETTE_MARKS: Final = frozenset({"legislation", "newspaper"})  # a paper numbers its issues


def dated_host_number(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a number that closes the host's run before a bracketed date read apart:
    a gazette's or a paper's issue (`Resmî Gazete 29677 (07 Nisan 2016)`), a journal's volume
    (`Slavic Review 58 (1999)`), whatever the model took into the host."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label != "container-title" or b - a < 2 or b + 1 >= len(tokens):
            continue
        number = tokens[b - 1]
        if not number.text.isdecimal() or glued_to_previous(tokens, b - 1):
            continue  # `Haber7`: glued to the name, the name's
        if tokens[b].text != "(" or not any(r[0] == "issued" and r[1] == b + 1 for r in found):
            continue
        if not tokens[b - 2].text[-1:].isalpha():
            continue
        kind = "issue" if any(m & _GAZETTE_MARKS for m in marks[a : b - 1]) else "volume"
        return [*found[:j], (label, a, b - 1), (kind, b - 1, b), *found[j + 1 :]]
    return found
