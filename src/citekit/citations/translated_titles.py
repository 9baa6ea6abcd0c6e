"""The English translation a bibliography writes after a title in another language, in
brackets (APA and Chicago for sources in other languages: `Tauelsizdik shezhiresi (Chronicle
of Independence)`, `Что делать? [What Is to Be Done?]`): no words of the title itself."""

from __future__ import annotations

import re
from typing import Final

from citekit.langid import detect_language

__all__ = ["without_translation"]

# the title's last character: a word's, or a mark a title ends in (its bracket of years, an
# abbreviation's period, a quote, its question)
_TRANSLATED: Final = re.compile(
    r"^(?P<title>.*[\w).»”\"’?!])\s+[(\[](?P<english>[^()\[\]]+)[)\]]$|"
    r"^(?P<bare>.*\w)[(\[](?P<glued>[^()\[\]]+)[)\]]$"
)
_MIN_TRANSLATION_WORDS: Final = 3


def without_translation(title: str) -> str:
    """A title without the English translation a bibliography writes after it in brackets
    (`Tauelsizdik shezhiresi (Chronicle of Independence)`, APA and Chicago for sources in
    other languages), whatever mark the title ends in (`… (1991–2021 гг.) (Post-Soviet …)`,
    `Что делать? [What Is to Be Done?]`); a bracket in the title's own language stays
    (`Очерки (1900–1920)`)."""
    # the pattern ends in a closing bracket (`$`: or one and a last line break)
    closed = title.endswith((")", "]", ")\n", "]\n"))
    found = _TRANSLATED.match(title) if closed else None
    if found is None:
        return title
    head = found.group("title") or found.group("bare")
    english = found.group("english") or found.group("glued")
    if len(english.split()) < _MIN_TRANSLATION_WORDS:
        return title
    own = detect_language(head)
    if detect_language(english) != "en" or own in ("en", "und"):
        return title
    return head
