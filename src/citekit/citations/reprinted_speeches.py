"""A speech a paper printed under its own name: state papers print a head of state's speech
under a title that names it (`Выступление Президента Республики Казахстан на заседании Совета
иностранных инвесторов // Казахстанская правда. 2019. 11 июня.`, `Речь Президента на
торжественном приёме // Российская газета`, `Address by the President to the Nation //
The Astana Times`). A title that opens with a speech's word and reads as a name, not as a
sentence (no verb, no headline's colon, question or quote), is the speech itself, though a
paper printed it; a headline about a speech (`Речь Путина: главное`, `Выступление Токаева
вызвало споры`) is the paper's article."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.type_cues import casefold, type_phrases
from citekit.languages import shipped_words

__all__ = ["names_a_speech"]

_WORD: Final = re.compile(r"\w+")
_HEADLINE_MARKS: Final = frozenset(':?!«»“”"„')
_WORDS: Final = 4  # words of its name at least (its word, who, where: `Речь Президента на приёме`)


@functools.cache
def _verbs() -> frozenset[str]:
    """The finite verbs of every language (`[words] finite_verb`), folded."""
    return frozenset(casefold(w) for w in shipped_words("finite_verb"))


def names_a_speech(title: str) -> bool:
    """Whether `title` names a speech (see the module's doc): a speech's word opens it, and
    it holds no verb and no headline's mark."""
    if not title or not _HEADLINE_MARKS.isdisjoint(title):
        return False
    words = _WORD.findall(casefold(title))
    if not any(tuple(words[: len(p)]) == p for p in type_phrases("speech_opens")):
        return False
    return len(words) >= _WORDS and _verbs().isdisjoint(words)
