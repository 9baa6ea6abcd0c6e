"""A bibliography's inverted name with a long given part before the title (İSNAD's classical
authors: `Buhârî, Ebû Abdullah Muhammed b. İsmâîl. el-Câmiʿu's-sahîh. Riyad: …`, `Gazzâlî, Ebû
Hâmid Muhammed b. Muhammed. İhyâʾu ʿulûmi'd-dîn.`): the words from the family's comma to the
first sentence's period are the given name, when they hold a known given name or a
patronymic's word (`b.`, `bin`: the language files' `[names] son`), and the title starts
after that period. GOST writes such a name whole, with no comma, before the title and its
responsibility's slash (`Наршахӣ Абӯбакр Муҳаммад. Таърихи Бухоро / тарҷумаи Н. Раҳимов.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.name_sets import given_names
from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.name_words import name_sons, son_abbreviations
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["classical_given", "son_before_comma"]

_GIVEN_WORDS: Final = 6  # words of a given part at most (`Ebû Abdullah Muhammed b. İsmâîl`)
_GLUE: Final = frozenset({"'", "’", "-", "ʿ"})  # marks inside one word (`Ebü'l-Muîn`)


def _son(word: str) -> bool:
    """Whether `word` (a token, its period apart) is a patronymic's "son of" (`bin`, `b.`)."""
    folded = lower(word)
    return folded in name_sons() or folded in son_abbreviations()


def _family_end(tokens: list[Token]) -> int | None:
    """Where the note's first word ends when a comma follows it (`İbnü'l-Esîr,`)."""
    k = 1
    while k < len(tokens) and tokens[k].start == tokens[k - 1].end and tokens[k].text != ",":
        k += 1
    return k if k < len(tokens) and tokens[k].text == "," else None


def _given_end(tokens: list[Token], k: int) -> tuple[int, list[str]] | None:
    """Where the given part that opens at token `k` ends (its period's index) and its words."""
    words: list[str] = []
    while k < len(tokens) and len(words) <= _GIVEN_WORDS:
        text = tokens[k].text
        if text == ".":
            if words and _son(words[-1]):
                k += 1  # `b.`: the patronymic's abbreviation, no sentence's end
                continue
            return k, words
        if text in _GLUE or (text.isalpha() and tokens[k].start == tokens[k - 1].end):
            k += 1  # a word's glued piece (`'l-Muîn`)
            continue
        if not text.isalpha() or not (text[0].isupper() or _son(text)):
            return None
        words.append(text)
        k += 1
    return None


def _uncommaed(tokens: list[Token]) -> int | None:
    """Where the given part opens, less one, when the note opens with a word and GOST's
    responsibility's spaced slash follows its first sentence (`Наршахӣ Абӯбакр Муҳаммад.
    Таърихи Бухоро / тарҷумаи …`): the name written whole, its family first, with no comma
    (the caller needs two known given names after it)."""
    if len(tokens) < _FEW or not tokens[0].text.isalpha() or not tokens[0].text[0].isupper():
        return None
    k = 1
    while k < len(tokens) and (tokens[k].start == tokens[k - 1].end or tokens[k].text in _GLUE):
        k += 1  # the family's glued pieces
    period = next((i for i in range(k, len(tokens)) if tokens[i].text == "."), None)
    if period is None or not any(
        t.text == "/" and t.start > tokens[i - 1].end
        for i, t in enumerate(tokens[period + 1 :], period + 1)
    ):
        return None
    return k - 1


_FEW: Final = 6  # tokens of a name, its period, a title's word and a slash, at least
_TWO: Final = 2  # given names of a name written whole with no comma, at least


def classical_given(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the given part read into the name and the title started after it, where
    the model ran the title from the family's comma (or from the note's start) past it."""
    if not found or found[0][1] != 0:
        return list(found)
    comma = _family_end(tokens) if "," in text_set(tokens) else None
    uncommaed = comma is None
    if comma is None:
        comma = _uncommaed(tokens)  # `Наршахӣ Абӯбакр Муҳаммад. Таърихи Бухоро / тарҷумаи …`
    if comma is None:
        return list(found)
    given = _given_end(tokens, comma + 1)
    if given is None:
        return list(found)
    period, words = given
    if not words or not any(lower(w) in given_names() or _son(w) for w in words):
        return list(found)
    if uncommaed and (
        len(words) < _TWO
        or lower(tokens[0].text) in given_names()
        or not all(lower(w) in given_names() or _son(w) for w in words)
    ):
        return list(found)  # `Divan-ı Hikmet. Seçmeler / haz. …`: a title's first sentence
    labels = labels_at(found, len(tokens))
    if labels[period] != "title" or labels[comma + 1] != "title" or period + 2 >= len(tokens):
        return list(found)
    end = period + 1
    while end < len(labels) and labels[end] == "title":
        end += 1
    if end - period < 2:
        return list(found)  # no title's words after the period
    labels[:period] = ["author"] * period
    labels[period] = OTHER
    return runs(labels)


_NAME_TOKENS: Final = 16  # tokens of a direct classical name at most (`Ebü’l-Ferec … İbnü’l-Cevzî`)


def son_before_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a direct classical name the model cut after its patronymic's `b.` read
    whole to the comma that closes it (İSNAD's note: `Ebü’l-Ferec Abdurrahmân b. Ali
    İbnü’l-Cevzî, Telbîsü İblîs (Beyrut: …)`): the words after `b.` are the father's and the
    family's, capitalised, and the title opens after the comma."""
    if "," not in text_set(tokens) or not found or found[0][:2] != ("author", 0):
        return list(found)
    b = found[0][2]
    son = next(
        (
            k
            for k in range(1, min(b + 1, len(tokens) - 1))
            if tokens[k].text.islower() and _son(tokens[k].text)
        ),
        None,
    )  # `b.` in lower case: `Moore B.` is an initial
    if son is None or son < b - 2 or tokens[son + 1].text != ".":
        return list(found)  # the run closes on `b` or its period
    comma = next(
        (k for k in range(son + 2, min(len(tokens), _NAME_TOKENS)) if tokens[k].text == ","), None
    )
    if comma is None or comma <= b:
        return list(found)
    for k in range(son + 2, comma):
        text = tokens[k].text
        if text in _GLUE or (text.isalpha() and tokens[k].start == tokens[k - 1].end):
            continue  # a word's glued piece (`’l-Cevzî`)
        if not text.isalpha() or not text[0].isupper():
            return list(found)
    labels = labels_at(found, len(tokens))
    if labels[comma - 1] != "title" or comma + 1 >= len(labels) or labels[comma + 1] != "title":
        return list(found)  # the title's run took the name's rest and goes on after the comma
    labels[:comma] = ["author"] * comma
    labels[comma] = OTHER
    return runs(labels)
