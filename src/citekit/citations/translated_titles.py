"""The English translation a bibliography writes after a title in another language, in
brackets (APA and Chicago for sources in other languages: `Tauelsizdik shezhiresi (Chronicle
of Independence)`, `Что делать? [What Is to Be Done?]`): no words of the title itself. So is
the title in the other alphabet a note gives beside a romanised or a Cyrillic one, in any
language (`Aqtaban shubyryndy (Годы великого бедствия)`, `Азербайджанская эмиграция
(Azərbaycan mühacirəti)`): one title is written in one alphabet, its words never switch to
the other for a whole bracket at its end."""

from __future__ import annotations

import re
from typing import Final

from citekit._text import has_cyrillic
from citekit.langid import detect_language

__all__ = ["without_translation"]

# the title's last character: a word's, or a mark a title ends in (its bracket of years, an
# abbreviation's period, a quote, its question, a romanised soft sign: `step'`)
_TRANSLATED: Final = re.compile(
    r"^(?P<title>.*[\w).»”\"’'?!])\s+[(\[](?P<english>[^()\[\]]+)[)\]]$|"
    r"^(?P<bare>.*\w)[(\[](?P<glued>[^()\[\]]+)[)\]]$"
)
_MIN_TRANSLATION_WORDS: Final = 3
_CLOSING_QUOTES: Final = frozenset('»”"’“')
_MIN_ALPHABET_WORDS: Final = 2  # words of a bracket in the other alphabet (`(NATO)` is a name)


def without_translation(title: str, text: str = "") -> str:
    """A title without the English translation a bibliography writes after it in brackets
    (`Tauelsizdik shezhiresi (Chronicle of Independence)`, APA and Chicago for sources in
    other languages), whatever mark the title ends in (`… (1991–2021 гг.) (Post-Soviet …)`,
    `Что делать? [What Is to Be Done?]`); a bracket in the title's own language stays
    (`Очерки (1900–1920)`), and so does one in the other alphabet the note's quotes close
    round with the title (`«Білім туралы (Smoky letters)»`, of `text`)."""
    # the pattern ends in a closing bracket (`$`: or one and a last line break)
    closed = title.endswith((")", "]", ")\n", "]\n"))
    found = _TRANSLATED.match(title) if closed else None
    if found is None:
        return title
    head = found.group("title") or found.group("bare")
    english = found.group("english") or found.group("glued")
    if _phrase(english) and _other_alphabet(head, english) and not _quoted(title, text):
        return head
    if len(english.split()) < _MIN_TRANSLATION_WORDS:
        return title
    own = detect_language(head)
    if detect_language(english) != "en" or own in ("en", "und"):
        return title
    return head


def _alphabet(text: str) -> str | None:
    """`cyrillic` or `latin` when every letter of `text` is of that alphabet, else None."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyrillic = has_cyrillic(text)
    if cyrillic and all(has_cyrillic(c) for c in letters):
        return "cyrillic"
    return None if cyrillic else "latin"


def _quoted(title: str, text: str) -> bool:
    """Whether the note `text` closes a quote right after `title`'s closing bracket."""
    at = text.find(title)
    return at >= 0 and text[at + len(title) : at + len(title) + 1] in _CLOSING_QUOTES


def _phrase(bracket: str) -> bool:
    """Whether `bracket` reads as a phrase of a language, no name: two words or more, one of
    them in lower case (`Казахская степь`; `LTE Advanced`, `NATO` are names)."""
    words = bracket.split()
    return len(words) >= _MIN_ALPHABET_WORDS and any(w[:1].islower() for w in words)


def _other_alphabet(head: str, bracket: str) -> bool:
    """Whether the title `head` and the bracket after it are each wholly in one alphabet, the
    two alphabets different (`Kazakhskaia step' (Казахская степь)`)."""
    own, other = _alphabet(head), _alphabet(bracket)
    return own is not None and other is not None and own != other
