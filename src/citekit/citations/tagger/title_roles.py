"""A role word closes no title. Chicago and İSNAD write a work's editor or translator after its
title and a comma (`The Ottoman Empire, trans. Norman Itzkowitz`, `Divan, haz. Ali Kaya`): the
role word, its period glued, before a person's run, is the role's label, never the title's last
word, however the model read it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import PERSONS, ROLES
from citekit.citations.tagger.tokens import Token

__all__ = ["role_word_after_title"]

_TITLE: Final = "title"


def role_word_after_title(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with a role word (and its comma) that ends a title's run before a person's
    run given back to no field (`…, 1300–1600, trans. Norman Itzkowitz`)."""
    out = list(labels)
    if marks_union(marks).isdisjoint(ROLES):
        return out  # no role word in the note (most notes): one look-up
    n = len(tokens)
    for k in range(1, n - 2):
        if out[k] != _TITLE or out[k + 1] == _TITLE or tokens[k + 1].text != ".":
            continue  # the cheap test first: a title's last token before a period
        if tokens[k + 1].start != tokens[k].end or tokens[k - 1].text != ",":
            continue
        if not marks[k] & ROLES.keys() or out[k + 2] not in PERSONS:
            continue
        out[k - 1] = out[k] = OTHER
    return out
