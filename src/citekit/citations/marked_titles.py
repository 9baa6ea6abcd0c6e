"""A language mark after a title (`(англ.)`, `(In Russ.)`) against the title as written: the
record's language is the title's own when the two disagree in a way a mark cannot settle."""

from __future__ import annotations

from citekit.langid import language_evidence
from citekit.languages import available_languages
from citekit.languages import language as language_file

__all__ = ["in_english", "written_otherwise"]

_SCRIPT_SHARE = 0.8  # of a title's letters in one alphabet, for the title to be written in it


def _script(text: str) -> str | None:
    """The alphabet a title is written in, "Cyrl" or "Latn", when most of its letters are."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyrillic >= _SCRIPT_SHARE * len(letters):
        return "Cyrl"
    latin = sum(1 for c in letters if c < "\u0250")
    return "Latn" if latin >= _SCRIPT_SHARE * len(letters) else None


def written_otherwise(title: str | None, marked: str, found: str | None, text: str) -> bool:
    """Whether a title is written in Cyrillic where the mark right after it names a language
    of the Latin alphabet (a title translated into Russian, `Население Казахстана (англ.)`),
    and its own words tell a Cyrillic language: the record's language is the title's as
    written. A Latin title marked as Russian or Kazakh may be transliterated (`Aqyldy qala …
    (In Kazakh)`); a mark after a host is the host's (`Статья // Википедия (англ.)`)."""
    if not title or found in (None, "und", marked) or marked not in available_languages():
        return False
    at = text.find(title)
    if at < 0 or not text[at + len(title) :].lstrip(' \u00a0"»”').startswith("("):
        return False
    if found not in available_languages() or _script(title) != "Cyrl":
        return False
    return language_file(marked).script == "Latn" and language_file(found).script == "Cyrl"


_ENGLISH_LEAD = 4.0  # evidence by which a title reads as English before the marked language


def in_english(title: str, marked: str) -> bool:
    """Whether a title marked as written in another language reads plainly as English: a
    References entry gives it in translation and marks the original's language (`Russia and
    Central Asia. Voprosy istorii, 2019, no. 5. (In Russ.)`); the title is English as written."""
    if marked == "en":
        return False
    scores = dict(language_evidence(title))
    english = scores.pop("en", 0.0)
    other = max(scores.values(), default=0.0)
    return english >= _ENGLISH_LEAD and english - other >= _ENGLISH_LEAD
