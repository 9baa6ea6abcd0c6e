"""A title that closes on "in" and a language's or a place's name (`Vowel harmony and
transparent suffixes in Kazakh. Turkic Languages 22(1). 45–72.`, `Diminutive suffixes in
Turkmen. Türkbilig 20. 33–47.`): the model, reading `in` as the word that opens a chapter's
host, stops the title before it and runs the host from it. When a journal's name and its
volume follow the phrase's sentence, the phrase is the title's and the journal is the name
between the sentence's period and the volume; a series' bracket closing the phrase (`Evidentiality
in Kazakh (Studies in Turkic Linguistics 4)`) closes the title too. The capitalised words the
model read as no field between the title's period and a volume are the journal's name
(`Case marking in Kyrgyz. Turkic Languages 20(2). 201–220.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.bracketed_series import number_label, series_bracket
from citekit.citations.tagger.name_joiners import name_word
from citekit.citations.tagger.tokens import Token

__all__ = ["in_phrase_in_title"]

_PHRASE: Final = 5  # words after `in` up to the sentence's period at most
_HOST: Final = 8  # words of the journal's name at most
_OPEN: Final = frozenset({OTHER, "container-title"})


def _journal(tokens: list[Token], s: int, v: int) -> bool:
    """Whether tokens `s`..`v` are a journal's name: capitalised words and their joiners."""
    if not 0 < v - s <= _HOST or not tokens[s].text[:1].isupper():
        return False
    if any(number_label(t.text) for t in tokens[s:v]):
        return False  # `Title. Tom 6.`: a volume's label, no journal
    return all(name_word(t.text) for t in tokens[s:v])


def _series_after(tokens: list[Token], b: int) -> int | None:
    """The bracket of a series that closes the `in` phrase at `b` (`in Kazakh (Studies … 4)`),
    or None."""
    reach = range(b + 2, min(len(tokens), b + 2 + _PHRASE))
    bracket = next((i for i in reach if tokens[i].text == "("), None)
    if bracket is None or not all(t.text.isalpha() for t in tokens[b + 1 : bracket]):
        return None
    return bracket if series_bracket(tokens, bracket) is not None else None


def _journal_after(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the capitalised words the model read as no field between the title's
    period and a volume (`Title. Turkic Languages 20(2).`) read as the journal's name."""
    b = found[j][2]
    if j + 1 >= len(found) or found[j + 1][0] != OTHER:
        return found
    v = next((run[1] for run in found[j + 1 :] if run[0] == "volume"), None)
    if v is None or v != found[j + 1][2] or not _journal(tokens, b + 1, v):
        return found
    return painted(found, ("container-title", b + 1, v))


def in_phrase_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title's closing `in` phrase read into it (see the module's doc)."""
    for j, (label, _a, b) in enumerate(found):
        if label != "title":
            continue
        if b + 2 < len(tokens) and tokens[b].text == ".":
            return _journal_after(tokens, found, j)  # `Case marking in Kyrgyz. Turkic Languages`
        if b + 2 >= len(tokens) or tokens[b].text != "in":
            return found
        bracket = _series_after(tokens, b)
        if bracket is not None:  # `Evidentiality in Kazakh (Studies in Turkic Linguistics 4)`
            return painted(found, ("title", found[j][1], bracket))
        k = next(
            (i for i in range(b + 1, min(len(tokens), b + 2 + _PHRASE)) if tokens[i].text == "."),
            None,
        )
        if k is None or k == b + 1 or not all(t.text.isalpha() for t in tokens[b + 1 : k]):
            return found
        v = next((run[1] for run in found[j + 1 :] if run[0] == "volume"), None)
        if v is None or v <= k + 1 or not _journal(tokens, k + 1, v):
            return found
        if any(run[0] not in _OPEN for run in found[j + 1 :] if run[1] < v):
            return found
        out = painted(found, ("title", found[j][1], k))
        out = painted(out, (OTHER, k, k + 1))
        return painted(out, ("container-title", k + 1, v))
    return found
