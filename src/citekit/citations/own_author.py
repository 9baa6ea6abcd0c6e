"""The word a note writes for the work's own author (`[words] author_noun`: `Автор`, `Yazar`,
`Awtor`, `Author`) in any case form (`Автордың`, `автору`, `Yazarın`, `Yazarla`, `Awtoryň`,
`Author's`): the writer of the work the note stands in, never a cited person's name."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import available_languages, language, shipped_words

__all__ = ["own_author_word", "to_own_author"]

_STEM: Final = 4  # letters of the author's word a case form keeps (`автор|у`, `yaza|rla`)
_WORD: Final = re.compile(r"\w+")
_LATIN_END: Final = 0x250  # the Latin letters' blocks end here (`ň`, `ý`, `ş` are in them)


@functools.cache
def _stems() -> tuple[str, ...]:
    """The `[words] author_noun` words, lower-cased (`авторы`, `yazar`, `author`), the
    longest first: a word is read by the longest it opens with (`Authors`: `authors`)."""
    words = {w.casefold() for w in shipped_words("author_noun") if len(w) >= _STEM}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _case_endings() -> frozenset[str]:
    """The `[names] case_endings` of every shipped language, lower-cased (`дың`, `yň`, `у`)."""
    return frozenset(
        e.casefold() for code in available_languages() for e in language(code).case_endings
    )


def own_author_word(word: str, *, bare: bool = False) -> bool:
    """Whether `word` is the work's own author's word in some case (`Автордың`, `автору`,
    `Awtoryň`, `Yazarın`): its word, then a case ending of the language files (a Latin word
    any short one), no family's ending (`Авторов` is a person). With `bare`, whether it is
    the word itself, no case ending after it (`Yazar`, `Author`)."""
    folded = word.casefold()
    stems = _stems()
    if not folded.startswith(stems):
        return False  # no stem opens it (most words: one C call for all of them)
    for stem in stems:
        if folded.startswith(stem):
            rest = folded[len(stem) :]
            if bare:
                return not rest
            latin = all(c.isalpha() and ord(c) < _LATIN_END for c in rest)
            return not rest or rest in _case_endings() or (latin and len(rest) <= _STEM - 1)
    return False


def to_own_author(text: str) -> bool:
    """Whether a word of `text` is the work's own author's in some case (`автору`, `Yazara`,
    `Awtora`, `author`)."""
    return any(own_author_word(word) for word in _WORD.findall(text))
