"""Where a repeated citation points: the note an op. cit. names by its number (`Roy, supra
note 1, at 60`), and whether an earlier note's text writes the surname an op. cit. names, in
any of its cases (`в монографии Н. А. Абдирова` for `Абдиров Н. А. Указ. соч.`)."""

from __future__ import annotations

import functools
import re

from citekit._text import fold, unmixed, unmixed_word
from citekit.citations._words import lower
from citekit.citations.prose import cross_words
from citekit.languages import available_languages, language

__all__ = ["folded", "pointed_note", "written_in"]


def folded(word: str) -> str:
    """`word` as surnames are compared: one alphabet, case-folded, without marks (`Гумилёв`
    is `Гумилев`, `İNALCIK` is `Inalcık`)."""
    return fold(unmixed_word(word))


_NOTE_NUMBER = re.compile(r"[\s,.:;]*(\d+)(?!\d)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)\s*$")
_WORD_AFTER = re.compile(r"[\s,.:;]*([^\W\d_]+\.?)")


def pointed_note(upto: str, rest: str) -> tuple[int, str] | None:
    """The note an op. cit. names by its number, and the text after the number: the op. cit.
    word ends with a word of the language files' `cross_reference` ("supra note 3"), or one
    stands before the number after it ("op. cit., n. 3", "указ. соч., примеч. 5")."""
    cross = cross_words()
    last = _WORD_BEFORE.search(upto)
    if last is None or lower(last.group(1)).rstrip(".") not in cross:
        word = _WORD_AFTER.match(rest)
        if word is None or lower(word.group(1)).rstrip(".") not in cross:
            return None
        rest = rest[word.end() :]
    number = _NOTE_NUMBER.match(rest)
    if number is None:
        return None
    return int(number.group(1)), rest[number.end() :]


def written_in(surname: str, text: str) -> bool:
    """Whether `surname` (as `folded` reads it) stands as a word in `text`, maybe
    with a case ending of the language files (`в монографии Н. А. Абдирова`: `абдиров`)."""
    reading = fold(unmixed(text))
    found = re.search(rf"(?<!\w){re.escape(surname)}(?:{_case_endings()})?(?!\w)", reading)
    return found is not None


@functools.cache
def _case_endings() -> str:
    """The `[names] case_endings` of every shipped language as one alternation, longest first."""
    endings = {
        folded(e) for code in available_languages() for e in language(code).case_endings if e
    }
    return "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
