"""A father's name written as a word of its own closes a person's name. Azerbaijani, Uzbek,
Kazakh and Turkmen official names add the father's given name and a lower-case word for "son"
or "daughter" (`oğlu`, `qızı`, `o'g'li`, `qizi`, `ұлы`, `қызы`, the `[names] family_suffix`
words): family first (`Məmmədov Əli Hüseyn oğlu.`, `Əliyeva Səbinə Rafiq qızı.`) or given
first (`Heydər Əlirza oğlu Əliyev`). The capitalised words before such a word, from the note's
start or from a person's run the model found, are one name with it: the title starts after."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_suffixes
from citekit.citations.tagger.heads import capitalised
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["father_word_names"]

_WORDS: Final = 3  # capitalised words before the father's word at most (family, given, father)
_HEAD: Final = 6  # the father's word within the note's first tokens, when no person is found
_AUTHOR: Final = "author"
_TITLE: Final = "title"


def _start(tokens: Sequence[Token], i: int) -> int:
    """The first of the capitalised words (at most `_WORDS`) right before token `i`."""
    s = i
    while (
        s > 0 and i - s < _WORDS and capitalised(tokens[s - 1].text) and len(tokens[s - 1].text) > 1
    ):
        s -= 1
    return s


def father_word_names(tokens: Sequence[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a name closed by a father's word (`Əliyeva Səbinə Rafiq qızı.`) given
    whole to one person, and the words the model ran on after it given back to the title."""
    out = list(labels)
    suffixes = family_suffixes()
    if suffixes.isdisjoint(text_set(tokens)):
        return out  # no father's word in the note (a lower-case text is its own `lower`)
    for i, token in enumerate(tokens):
        if not token.text.islower() or lower(token.text) not in suffixes:
            continue
        s = _start(tokens, i)
        if i - s < 2:
            continue  # a given name and the father's at least (`Əlirza oğlu` alone is ambiguous)
        found = [label for label in out[s : i + 1] if label in PERSONS]
        before = out[s - 2] if s > 1 and tokens[s - 1].text == "," else ""
        if found:
            label = found[0]
        elif before in PERSONS:
            label = (
                before  # `Seyidov Yusif Məmməd oğlu, Quliyev Vaqif Tofiq oğlu.`: the list's next
            )
        elif s == 0 and i < _HEAD:
            label = _AUTHOR
        else:
            continue
        if s > 0 and tokens[s - 1].text not in {",", ";", "/", "."} and out[s - 1] != label:
            continue  # the words run on from a phrase before them: no name of their own
        if all(lab == label for lab in out[s : i + 1]):
            continue
        out[s : i + 1] = [label] * (i + 1 - s)
        k = i + 1
        if k < len(tokens) and tokens[k].text == "." and out[k] == label:
            k += 1
        if k < len(tokens) and tokens[k - 1].text == "." and _TITLE not in out[k:]:
            while k < len(tokens) and out[k] == label:
                out[k] = _TITLE  # the model ran the name on over the title's words
                k += 1
    return out
