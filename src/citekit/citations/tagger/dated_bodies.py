"""Harvard writes the author, then the year in brackets with no period after (`Ministry of
Agriculture of the Republic of Kazakhstan (2022) Grain balance …`, `Republic of Kazakhstan
(2015) Law No. 401-V ‘On Access to Information’`): a body named in capitals before the note's
first bracketed year is its author, the year its date, however the model ran them into the
title. A body's name holds an organisation's head word (`[names] organisation`); a title
before the year (`Google Haritalar (2018) Haberler.com`, a work with no author) holds none."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.tokens import Token

__all__ = ["body_before_year"]

_HEAD: Final = 14  # tokens of a body's name before its bracketed year at most
_SHORT: Final = 3  # letters of a word a body's name may write in small letters (`of`, `and`)
_HEAD_LABELS: Final = frozenset({"title", "author", OTHER})


def body_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name before the note's opening bracketed year read as its author,
    the year as its date (see the module's doc)."""
    if any(label == "author" for label, _, _ in found):
        return found  # an author read: most notes
    k = next((i for i in range(1, min(len(tokens) - 3, _HEAD)) if tokens[i].text == "("), None)
    if k is None or tokens[k + 2].text != ")" or not is_year(tokens[k + 1].text):
        return found
    if tokens[k - 1].end == tokens[k].start or not _body(tokens[:k]):
        return found
    labels = labels_at(found, len(tokens))
    if set(labels[:k]) - _HEAD_LABELS or k + 3 >= len(tokens):
        return found
    labels[:k] = ["author"] * k
    labels[k : k + 3] = [OTHER, "issued", OTHER]
    return runs(labels)


def _body(head: list[Token]) -> bool:
    """Whether the words of `head` are a body's name: two or more words, each longer word
    capitalised, no mark but a comma or an ampersand, an organisation's head word among them
    (`Ministry`, `Republic`)."""
    words = [t.text for t in head]
    if len(words) < 2 or any(not (w.isalpha() or w in ",&") for w in words):
        return False
    if not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > _SHORT):
        return False  # a headline in sentence case (`İstanbul Valiliği faiz kararını açıkladı`)
    return is_organisation(" ".join(words))
