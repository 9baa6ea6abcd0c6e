"""Elsevier's and Harvard's chapter: `In: Nihoul, J.C.J., Zavialov, P.O., Micklin, P.P. (Eds.),
Dying and Dead Seas: Climatic Versus Anthropic Causes. Kluwer Academic Publishers, Dordrecht,
pp. 331–346.` After `In:`, names written family first with their initials, then the editors'
bracketed word and its comma: those are the book's editors. The words up to the sentence
after which a house, its comma and its place follow are the book's title (its colons, commas
and subtitle's sentence inside it), the house its publisher; a series before its volume is
the `collection-title`; where the book's bounds are unsure (`Oxford Univ. Press`, `Berlin,
Springer`) only the editors are read. The model, meeting names where it expects a title, may
read them as a host, a place or authors."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, painted
from citekit.citations.tagger.and_coauthor import and_words
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.year_volume_pages import abbreviated_word

__all__ = ["editors_after_in"]

_INITIAL_MARKS: Final = frozenset({".", "-"})
_FAMILY_MARKS: Final = frozenset({"-", "'", "’"})
_TITLE: Final = 40  # tokens of the book's title at most


@functools.cache
def _editor_words() -> frozenset[str]:
    return frozenset(w for w in bare_labels(("editor",)) if w.isalpha())


def _name_end(tokens: list[Token], k: int) -> int | None:
    """The end of a name written `Family, I.I.` (or `Muñoz Sabater, J.`, `Breckle, S.-W.`) at
    `k`, its initials' last period included, or None."""
    i = k
    while i < len(tokens) and (tokens[i].text.isalpha() or tokens[i].text in _FAMILY_MARKS):
        i += 1
    if i == k or not tokens[k].text[:1].isupper() or i >= len(tokens) or tokens[i].text != ",":
        return None
    i += 1
    start = i
    while i < len(tokens) and (
        (len(tokens[i].text) == 1 and tokens[i].text.isupper()) or tokens[i].text in _INITIAL_MARKS
    ):
        i += 1
    if i == start or tokens[i - 1].text != ".":
        return None
    return i


def _names(tokens: list[Token], k: int) -> tuple[list[tuple[int, int]], int] | None:
    """The names from `k` to the editors' bracket, and the bracket's close; None when the
    tokens there are not such names."""
    names: list[tuple[int, int]] = []
    i = k
    while i < len(tokens):
        end = _name_end(tokens, i)
        if end is None:
            return None
        names.append((i, end))
        if end + 3 < len(tokens) and tokens[end].text == "(":
            word = tokens[end + 1].text
            close = end + 3 if tokens[end + 2].text == "." else end + 2
            if word in _editor_words() and tokens[close].text == ")":
                return names, close
            return None
        if end >= len(tokens) or tokens[end].text != ",":
            return None
        i = end + 1
    return None


def _title_end(tokens: list[Token], k: int) -> int | None:
    """The end of the book's title opening at `k`: the period before the sentence that a comma
    closes (the house's: `Title: Subtitle. Kluwer, Dordrecht`; a sentence a period closes is a
    subtitle: `Climate Change 2007. The Physical Science Basis. Cambridge University Press,`),
    a period before a number or a page's word (`Title. 3rd ed.`, `Title. pp. 3-10.`), or a
    bracket or a comma before a number or a volume's, edition's or page's word (`Title, Vol.
    2.`, `, 2nd ed.`), which follow the title. An abbreviation's period (`St. Petersburg`)
    ends nothing."""
    for i in range(k + 1, min(len(tokens) - 1, k + _TITLE)):
        text, after = tokens[i].text, tokens[i + 1].text
        if text == "[" or (text in ",(" and (after[:1].isdigit() or _labelled(after))):
            return i
        if text == "," and after.isalpha() and after.islower() and after not in and_words():
            return i  # `, second ed.`: an edition in words
        if text != "." or _abbreviation(tokens, i, _ABBREVIATION):
            continue
        if after[:1].isdigit() or _labelled(after):
            return i
        if after[:1].isupper() and _sentence_then_comma(tokens, i + 1):
            return i
    return None


_ABBREVIATION: Final = 3  # letters of a capitalised abbreviation inside a title (`St.`, `Int.`)
_CLIPPED: Final = 5  # … or of one cut before a vowel (`Univ.`, `Publ.`, `Verl.`)


def _abbreviation(tokens: list[Token], i: int, clipped: int = 0) -> bool:
    """Whether the period at `i` is a short capitalised word's (`St.`, `Dr.`, `Int.`; with
    `clipped`, one of that many letters closing on no vowel too: `Univ.`, `Publ.`) or an
    initial's, glued to it."""
    word = tokens[i - 1].text
    glued = tokens[i - 1].end == tokens[i].start
    if not (glued and word.isalpha() and word[:1].isupper()):
        return False
    return len(word) <= _ABBREVIATION or (len(word) <= clipped and abbreviated_word(word))


def _labelled(text: str) -> bool:
    """Whether `text` is a volume's, an edition's, an issue's or a page's label word."""
    return text.rstrip(".") in _labels()


@functools.cache
def _labels() -> frozenset[str]:
    return bare_labels(("volume", "edition", "issue", "page"))


def _sentence_then_comma(tokens: list[Token], k: int) -> bool:
    """Whether the words from `k` reach a comma before a period (a house and its place)."""
    for i in range(k, min(len(tokens), k + _TITLE)):
        if tokens[i].text == ",":
            return True
        if tokens[i].text == "." and not _abbreviation(tokens, i, _CLIPPED):
            return False
    return False


def editors_after_in(tokens: list[Token], marks: Sequence[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the editors and the book after Harvard's `In:` read as above."""
    if ":" not in text_set(tokens) or "(" not in text_set(tokens):
        return found
    for k in range(1, len(tokens) - 3):
        if tokens[k].text not in ("In", "in") or tokens[k + 1].text != ":":
            continue
        if tokens[k - 1].text != ".":
            continue
        read = _names(tokens, k + 2)
        if read is None:
            return found
        names, close = read
        if close + 2 >= len(tokens) or tokens[close + 1].text != ",":
            return found
        end = _title_end(tokens, close + 2)
        if end is None:
            return found
        out = painted(found, (OTHER, k, close + 2))
        for a, b in names:
            out = painted(out, ("editor", a, b))
        # a bracket or an edition's comma bound the book; after its period, what follows tells
        dotted = tokens[end].text == "."
        follows, comma = _after_book(tokens, marks, end + 1) if dotted else ("bound", 0)
        if not follows:
            return out  # the book's bounds unsure (`Oxford Univ. Press`): the editors alone
        out = painted(out, ("container-title", close + 2, end))
        if follows == "series":  # `Lecture Notes in Earth Sciences, Vol. 5.`: the series
            return painted(out, ("collection-title", end + 1, comma))
        return _house(tokens, out, end + 1, comma) if follows == "house" else out
    return found


def _after_book(tokens: list[Token], marks: Sequence[set[str]], k: int) -> tuple[str, int]:
    """What follows the book's period at `k`, and the comma that closes it: "house" for
    capitalised words with no period, colon or place among them, up to a comma and a
    capitalised place that no colon follows (`Kluwer Academic Publishers, Dordrecht`; not
    `Washington, DC: World Bank`); "series" for such words before a volume's label (`Lecture
    Notes in Earth Sciences, Vol. 5`); "" when unsure (`Oxford Univ. Press`, `Berlin,
    Springer`)."""
    comma = next((i for i in range(k, min(len(tokens), k + _HOUSE)) if tokens[i].text == ","), 0)
    if comma <= k or comma + 1 >= len(tokens):
        return "", 0
    if any(t.text in ".:" for t in tokens[k:comma]) or not tokens[k].text[:1].isupper():
        return "", 0
    if any(marks[i] & PLACE_MARKS for i in range(k, comma)):
        return "", 0
    after = tokens[comma + 1].text
    if _labelled(after):
        return "series", comma
    if not after[:1].isupper() or any(t.text == ":" for t in tokens[comma : comma + 3]):
        return "", 0
    return "house", comma


_HOUSE: Final = 8  # tokens of the house's name at most
_IMPRINT: Final = frozenset({OTHER, "publisher", "publisher-place", "container-title"})


def _house(tokens: list[Token], found: list[Run], k: int, comma: int) -> list[Run]:
    """`found` with the house's name after the book's period at `k`, up to its `comma`
    (`Springer, Berlin, Heidelberg, pp.`, `Institut geografii AN SSSR, Moscow, pp.`), read as
    the publisher when the model read it as the place, the host's tail or nothing; the place
    it ran on into stays the place."""
    labels = labels_at(found, len(tokens))
    if any(labels[i] not in _IMPRINT for i in range(k, comma)) or labels[k] == "publisher":
        return found
    place = next(
        (run for run in found if run[0] == "publisher-place" and run[1] <= k < run[2]), None
    )
    out = painted(found, ("publisher", k, comma))
    if place is not None and place[2] > comma + 1:
        out = painted(out, ("publisher-place", comma + 1, place[2]))
    return out
