"""A release or statement named by its number and date (a ministry's press releases: `“No: 123,
15 Nisan 2021, Türkiye-Türkmenistan … Hk.”`, `Пресс-релиз № 45 от 12.03.2021 «О визите …» //
МИД России`): the number and the date are the document's name, the title whole, as an act's
number and date are its title's (the corpus's convention for dates inside titles)."""

from __future__ import annotations

from typing import Final

from citekit.citations.legal_words import document_kinds, number_labels
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.citations.tagger.values import PAIRS

__all__ = ["numbered_release"]

# the runs a release's number and date are read as
_NAMING: Final = frozenset({OTHER, "issued", "issue", "volume", "number", "title"})


def _numbered(tokens: list[Token], k: int) -> bool:
    """Whether a number's label and its number start at token `k` (`No: 123`, `№ 45`)."""
    labels = number_labels()
    if k >= len(tokens) or tokens[k].text.casefold() not in labels:
        return False
    k += 1
    while k < len(tokens) and tokens[k].text in (".", ":"):
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isdigit()


def _quoted(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`“No: 123, 15 Nisan 2021, Title Hk.”`: the quotes' words are the title."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        opening = next((k for k in range(a - 1, -1, -1) if tokens[k].text in PAIRS), None)
        if opening is None or not _numbered(tokens, opening + 1):
            continue
        inside = [run for run in found[:j] if run[2] > opening + 1]
        if any(run[0] not in _NAMING for run in inside):
            continue
        if any(run[1] <= opening and run[0] != OTHER for run in inside):
            continue  # a field that runs on into the quotes
        kept = [
            (run[0], run[1], min(run[2], opening + 1)) for run in found[:j] if run[1] <= opening
        ]
        return [*kept, ("title", opening + 1, b), *found[j + 1 :]]
    return found


def _headed(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`Пресс-релиз № 45 от 12.03.2021 «…» // МИД России`: the head before `//` is the title."""
    label_at = next((k for k in range(min(len(tokens), 4)) if _numbered(tokens, k)), None)
    if not label_at or text[: tokens[label_at].start].strip().casefold() not in document_kinds():
        return found
    slash = next(
        (k for k in range(len(tokens) - 1) if tokens[k].text == tokens[k + 1].text == "/"), None
    )
    if slash is None:
        return found
    head = [run for run in found if run[1] < slash and run[0] != OTHER]
    if not head or any(run[2] > slash for run in head):
        return found
    end = head[-1][2]
    if end < slash and tokens[end].text in PAIRS.values():
        end += 1  # `«О визите …»`: its closing quote stays with it
    return [("title", 0, end), *(run for run in found if run[1] >= end)]


def numbered_release(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a release's number and date read into its title (see the module's doc)."""
    if number_labels().isdisjoint(casefolded_set(tokens)):
        return found  # no number's label (`No`, `№`) in the note: both readings need one
    return _headed(tokens, text, _quoted(tokens, found))
