"""A title's sentence ends at its period: the words in small letters the model left out between
the title's run and that period are the title's last words (`Petrov P. 100 years of the Kazakh
press. Almaty: Gylym, 2013.`). A name of a publisher, a place or a host opens with a capital,
and a role's or a number's word (`trans.`, `ред.`, `ed.`, `vol.`) is the lexicon's: neither
is taken."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["title_tail_words"]

_CLOSES: Final = frozenset({".", ","})
_MIN: Final = 3  # letters of a word at least (`ed`, `s`, `of` alone are no title's end)
_SPARE: Final = frozenset({"publisher", "Bpublisher"})  # a publisher's word in small letters
_ARCHIVE: Final = frozenset({"archive", "Barchive"})  # an archive's word, alone no shelf mark's


def title_tail_words(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first title's run taking the small-letter words after it up to the
    period that ends its sentence."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "title":
            continue
        _, s, e = found[j + 1]
        if found[j + 1][0] != OTHER or e - s < 2 or tokens[e - 1].text not in _CLOSES:
            return found
        if tokens[e - 1].text == "," and (j + 2 >= len(found) or found[j + 2][0] != "issued"):
            return found  # a comma closes the title's sentence only before its date
        words = range(s, e - 1)
        if not tokens[b - 1].text.isalpha() or tokens[s].start != tokens[b - 1].end + 1:
            return found  # the title's word, one space, the next word: no mark between
        for k in words:
            text = tokens[k].text
            if not (text.isalpha() and text.islower() and len(text) >= _MIN):
                return found
            if not marks[k] <= _SPARE and not (marks[k] <= _ARCHIVE and _one_archive(marks)):
                return found
        if tokens[e - 1].start != tokens[e - 2].end:
            return found  # the period glued to the last word
        return [*found[:j], ("title", a, e - 1), (OTHER, e - 1, e), *found[j + 2 :]]
    return found


def _one_archive(marks: list[set[str]]) -> bool:
    """Whether one token alone of the note carries an archive's mark (no shelf mark's words)."""
    return sum(1 for m in marks if "archive" in m) == 1
