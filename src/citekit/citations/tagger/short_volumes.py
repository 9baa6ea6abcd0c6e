"""A short form's volume after its co-authors (Turkish legal notes: `Oğuzman/Öz, C. I, s.
412.`). A note that opens with families joined by glued slashes (persons for sure: one name
may be a work's, `Belleten, C. 45`, `DİA, C. 17`) and goes on after its comma with a volume's
label of the lexicon, its number (Arabic or Roman) and a comma before the page's label names
no title: the names are the authors', the label and number the volume. The model, meeting a
one-letter label (`C.`), reads it as a name's initial."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token

__all__ = ["volume_after_short_author"]

_NAME_TOKENS: Final = 5  # tokens of the name at most (`Oğuzman / Öz`, `Kemal Oğuzman`)
_NAME_MARKS: Final = frozenset({"/", "-", "’", "'"})


def _number(text: str) -> bool:
    return text.isdecimal() or (text.isalpha() and set(text) <= ROMAN)


def _coauthors(head: list[Token]) -> bool:
    """Whether `head` is two families or more joined by glued slashes (`Oğuzman/Öz`): persons
    for sure, as a work's name (`Belleten`, `Mesnevi`) is written like one family."""
    slashes = [k for k, t in enumerate(head) if t.text == "/"]
    return bool(slashes) and all(
        0 < k < len(head) - 1
        and head[k - 1].end == head[k].start
        and head[k].end == head[k + 1].start
        and not head[k - 1].text.isupper()
        and not head[k + 1].text.isupper()
        for k in slashes
    )


def volume_after_short_author(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the name before a short form's volume read as the author, the volume's
    label and number as the volume (see the module's doc)."""
    comma = next(
        (k for k in range(1, min(len(tokens), _NAME_TOKENS + 1)) if tokens[k].text == ","), None
    )
    if comma is None or comma + 5 >= len(tokens):
        return found
    period, number, after = tokens[comma + 2 : comma + 5]
    if "Bvolume" not in marks[comma + 1] or period.text != "." or not _number(number.text):
        return found
    if after.text != "," or "Bpage" not in marks[comma + 5]:
        return found
    if "title" in (run[0] for run in found if run[1] > comma + 4):
        return found  # a title after the volume: the work's volume in a full citation
    head = tokens[:comma]
    if not all(t.text in _NAME_MARKS or (t.text.isalpha() and t.text[0].isupper()) for t in head):
        return found
    if not _coauthors(head):
        return found  # `İslam Ansiklopedisi, C. 5`, `DİA, C. 17`, `Belleten, C. 45`: a work's name
    labels = labels_at(found, len(tokens))
    labels[:comma] = ["author"] * comma
    labels[comma] = OTHER
    labels[comma + 1 : comma + 4] = ["volume"] * 3
    return runs(labels)
