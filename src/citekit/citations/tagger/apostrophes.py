"""A romanised name keeps its apostrophe inside the word: the soft sign of a Russian name
(`Bartol'd`, `Il'minskii`) and the Uzbek `'` (`Kun'ia`) are letters of the name, not a quote
mark opening a title. Such a family name next to a person's initials at a note's start
(`Bartol'd V. V.`, `Bartol'd, V. V.`, `V. V. Bartol'd,`) is the author's, as the same name
written without the apostrophe is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.glued_initials import glued_initials, glued_word
from citekit.citations.tagger.saint_heads import saint_head
from citekit.citations.tagger.tokens import Token

__all__ = ["apostrophe_names"]

_PERSON: Final = "author"
_TITLE: Final = "title"
_HOST: Final = "container-title"
_APOSTROPHES: Final = frozenset({"'", "’", "ʼ"})


def _family(tokens: Sequence[Token], k: int) -> int:
    """The index after a capitalised family name at `k` with an apostrophe glued inside it and
    lower-case letters after it (`Bartol'd`, `Kun'ia`), or `k`."""
    j = glued_word(tokens, k, _APOSTROPHES, lower_after=True)
    return j if j > k + 1 else k


def apostrophe_names(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a note's opening `Bartol'd V. V.` / `V. V. Bartol'd,` given to the author
    (the words after it, up to the title, to the title when the model ran the name on)."""
    out = list(labels)
    if len(tokens) < 5 or not any(t.text in _APOSTROPHES for t in tokens[1:7]):
        return out  # the cheap precheck: no apostrophe in the note's first words
    if saint_head(tokens):
        return out  # `St. Basil's Cathedral`: a saint's name, no initial
    end = _family(tokens, 0)
    if end > 0:  # `Bartol'd V. V.`, `Bartol'd, V. V.`
        j = end + 1 if tokens[end].text == "," else end
        stop = glued_initials(tokens, j)
        if stop == j:
            return out
    else:  # `V. V. Bartol'd,`
        j = glued_initials(tokens, 0)
        stop = _family(tokens, j)
        if j == 0 or stop == j:
            return out
    if all(label == _PERSON for label in out[:stop]):
        return out
    # a host opens no note with a name and its initials: the model's guess of one yields too
    if any(label not in (_PERSON, _TITLE, _HOST, OTHER) for label in out[:stop]):
        return out
    titled = _TITLE in out[stop:]
    out[:stop] = [_PERSON] * stop
    k = stop
    if k < len(tokens) and tokens[k].text == "," and out[k] == _TITLE:
        out[k] = OTHER  # `V. V. Bartol'd, Turkestan …`: the comma parts name and title
        k += 1
    if not titled:  # the model ran the name on over the title's words
        while k < len(tokens) and out[k] == _PERSON:
            out[k] = _TITLE
            k += 1
    return out
