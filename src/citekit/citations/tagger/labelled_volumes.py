"""A volume's number after its label, read by the model as the page (`М.; Л., 1938–1939. Т.
1–2`, a multi-volume work's volumes): the label of the lexicon's volumes (`Т.`, `Vol.`,
`Cilt`), with its period, right before the run says what the number is, when no page's label is
the same word (a Latin one-letter label is none: Turkish `C.` is also Russian `С.` typed in
Latin) and the run is a number or a range written close."""

from __future__ import annotations

from typing import Final

from citekit._text import has_cyrillic
from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["page_after_volume_label"]

_RANGE: Final = 3  # tokens of a range: a number, a dash, a number


def page_after_volume_label(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a page run right after a volume's label read as the volume (see the
    module's doc), when no volume was read."""
    if any(run[0] == "volume" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "page" or a < 1 or not _number_or_range(tokens[a:b]):
            continue
        k = a - 1 - (tokens[a - 1].text == "." and a >= 2)
        word = tokens[k].text
        if len(word) == 1 and not has_cyrillic(word):
            continue  # `C. 125`: Turkish `Cilt`, or Russian `С.` typed with a Latin C
        if "Bvolume" in marks[k] and "Bpage" not in marks[k] and word.isalpha():
            return [*found[:j], ("volume", a, b), *found[j + 1 :]]
    return found


def _number_or_range(run: list[Token]) -> bool:
    """Whether `run` is a number or a range written close (`1–2`), nothing else."""
    if len(run) == 1:
        return run[0].text.isdecimal()
    return (
        len(run) == _RANGE
        and run[0].text.isdecimal()
        and run[2].text.isdecimal()
        and run[1].text in DASHES
        and run[0].end == run[1].start
        and run[1].end == run[2].start
    )
