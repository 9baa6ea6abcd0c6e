"""A volume written as a sentence of its own after the host's title, its word after its
number (`// Türkmen edebiýatynyň taryhy. II tom. – Aşgabat`, `// Türkmen diliniň düşündirişli
sözlügi. 2-nji tom. – A.:`, `Қазақ әдебиетінің тарихы. 3-том. – Алматы`): the language files'
`[words] volume_after` (`tom`, `том`) after an Arabic or Roman number (its ordinal suffix
after a hyphen) is the volume, no words of the title the model ran over it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.issues import HYPHENS, after_words, ordinal_suffixes
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import Token

__all__ = ["volume_sentence"]

_TITLED: Final = frozenset({"title", "container-title"})
_LONGEST: Final = 4  # tokens of `2 - nji tom`
_WORD: Final = 3  # letters of a volume's word at least (`tom`, `том`; not `т`)
_IMPRINT: Final = frozenset({"publisher", "publisher-place", "issued"})
_TWO: Final = 2  # the hyphen and the ordinal suffix (`2-nji`)


def _worded(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a number and a volume's word after it (`II tom`, `2-nji tom`)."""
    number = tokens[a].text
    if not (number.isdecimal() or (number.isalpha() and set(number) <= ROMAN)):
        return False
    word = tokens[b - 1].text
    if after_words().get(word) != "volume" or len(word) < _WORD:
        return False  # `3 т.` after the imprint: a set's count, in an abbreviation
    between = [t.text for t in tokens[a + 1 : b - 1]]
    if not between or (len(between) == 1 and between[0] in HYPHENS):
        return True  # `II tom`, `3-том`
    return len(between) == _TWO and between[0] in HYPHENS and between[1] in ordinal_suffixes()


def volume_sentence(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title's run that closes on a volume's sentence cut before it, the
    sentence read as the volume (see the module's doc)."""
    if any(run[0] == "volume" for run in found) or sum("Bvolume" in m for m in marks) > 1:
        return found  # `… II tom // Journal. – T. 102`, `7 tom. – 2 t.`: the volume the note labels
    slashes = slashes_at(tokens)
    for j, (label, a, b) in enumerate(found):
        if label not in _TITLED or (label == "title" and slashes >= 0 and b <= slashes + 1):
            continue  # a part's title before `//` (`Title. III том // Газета`): no volume's
        if any(run[0] in _IMPRINT for run in found[:j]):
            break  # the imprint's words come after the volume, never before it
        end = b - 1 if tokens[b - 1].text == "." else b
        for start in range(max(a, end - _LONGEST), end - 1):
            if start < 1 or tokens[start - 1].text != "." or not _worded(tokens, start, end):
                continue
            if any(
                "volume" in marks[k] or tokens[k].text in after_words() for k in range(a, start)
            ):
                break  # `3 tom. 2 kitap`, `2 т. 3 кітап`: a set's volume and its book
            number = start + 1  # the number alone (`2-nji tom`, `II tom`: "2", "II")
            cut: list[Run] = [
                *([(label, a, start - 1), (OTHER, start - 1, start)] if start > a else []),
                ("volume", start, number),
                *([(OTHER, number, b)] if number < b else []),
            ]
            return [*found[:j], *cut, *found[j + 1 :]]
    return found
