"""A date a page or a data set was last changed, labelled so (`(набор данных, обновлён
01.07.2024)`, `updated 12 May 2023`, `son güncelleme: 3 Mart 2022`; the language files'
`[types] modified`), is the work's own date as the site gives it, no date the note's writer
read it on: a run read as the access date that opens with such a label is the work's date."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.sites import modified_phrases
from citekit.citations.tagger.tokens import Token

__all__ = ["updated_date"]


def updated_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an access date's run opened by a last change's label read as the work's
    date, the label given to no field (see the module's doc)."""
    if any(label == "issued" for label, _, _ in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "accessed":
            continue
        words = [t.text.casefold() for t in tokens[a:b]]
        for phrase in modified_phrases():
            size = len(phrase)
            if size < len(words) and tuple(words[:size]) == phrase:
                start = a + size
                while start < b and tokens[start].text in ":,":
                    start += 1
                if start < b:
                    return [*found[:j], (OTHER, a, start), ("issued", start, b), *found[j + 1 :]]
    return found
