"""A language mark after a title (`(англ.)`, `(In Russ.)`) against the title as written: the
record's language is the title's own when the two disagree in a way a mark cannot settle. So
too a title given again in another language in brackets after it, and a Cyrillic title's
other names written in Latin letters: neither tells the language of the title as written."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from citekit.langid import language_evidence
from citekit.languages import available_languages
from citekit.languages import language as language_file

__all__ = [
    "before_english_subtitle",
    "before_parallel",
    "in_english",
    "names_alike",
    "translated_english",
    "written_otherwise",
]

# of a title's letters in one alphabet, for the title to be written in it
_SCRIPT_SHARE: Final = 0.8


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


_ENGLISH_LEAD: Final = 4.0  # evidence by which a title reads as English before the marked language


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


_PARALLEL: Final = re.compile(r"^(?P<title>.*\w)\s*[(\[](?P<other>[^()\[\]]+)[)\]]$")
_PARALLEL_WORDS: Final = 2  # words of a bracket that gives the title again (not `(1900–1920)`)


def _leader(text: str) -> str | None:
    """The one language a text's own evidence tells before every other, or None."""
    scores = language_evidence(text)
    if not scores or scores[0][1] <= 0 or (len(scores) > 1 and scores[1][1] >= scores[0][1]):
        return None
    return scores[0][0]


def before_parallel(title: str) -> str:
    """A title without the title it gives again in another language in brackets after it
    (`История Кыргызстана (Кыргызстандын тарыхы)`, `Türkmenistanyň taryhy (История
    Туркменистана)`): the work's language is the first's, when the two parts each tell one
    and not the same; else the title as it is."""
    if not title.endswith((")", "]")):
        return title
    found = _PARALLEL.match(title)
    if found is None or len(found.group("other").split()) < _PARALLEL_WORDS:
        return title
    first = _leader(found.group("title"))
    if first is None or _leader(found.group("other")) in (None, first):
        return title
    return found.group("title")


_SUBTITLED: Final = re.compile(r"^(?P<main>[^:]*\w)\s*:\s+(?P<sub>\S[^:]*)$")
_MAIN_LEAD: Final = 2.0  # evidence by which a main title tells its language before any other
_MAIN_SMALL: Final = 2  # words in small letters a main title in basic Latin letters needs


def _romanised(main: str, leader: str) -> bool:
    """Whether a main title in Latin letters is romanised from its leading language, one
    written in another script whose titles alone citekit tells (`Tārīkh-i Rashīdī`: Persian)."""
    if leader not in available_languages():
        return False
    file = language_file(leader)
    if not file.titles_only or file.script in ("Latn", "Cyrl"):
        return False
    letters = [c for c in main if c.isalpha() and unicodedata.category(c) != "Lm"]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def before_english_subtitle(title: str) -> str:
    """A title without the English subtitle after its main title's colon (`O‘zbekistonda
    raqamli iqtisodiyot: challenges and prospects`, `Қазақ әдебиеті: history and
    perspectives`): the work is in its main title's language, when that part tells one
    language other than English by a letter's worth and gives English no evidence, and is
    written with letters English lacks or in sentence case (`Kazakh Khanate: A History` is
    English: a name's romanised letters are no sentence); else the title as it is."""
    found = _SUBTITLED.match(title) if ":" in title else None
    if found is None:
        return title
    main = found.group("main")
    words = main.split()
    spelled = any(c.isalpha() and not c.isascii() for c in main)
    if len(words) < 2 or not (spelled or sum(w[0].islower() for w in words) >= _MAIN_SMALL):
        return title  # asked before the subtitle's language: at string speed
    if _leader(found.group("sub")) != "en":
        return title
    scores = language_evidence(main)
    if not scores or scores[0][0] == "en" or scores[0][1] < _MAIN_LEAD:
        return title
    if _romanised(main, scores[0][0]):
        # `Jāmiʿ al-tawārīkh: Compendium of Chronicles`: a main title romanised from a language
        # of another script (Arabic, Persian, Japanese) names the original of an English book
        return found.group("sub")
    rest = dict(scores[1:])
    if rest.get("en", 0.0) > 0 or (len(scores) > 1 and scores[0][1] - scores[1][1] < _MAIN_LEAD):
        return title
    return main


def names_alike(title: str, name: str) -> bool:
    """Whether a work's other name (its journal, its publisher) may tell the language of its
    title: not a name in Latin letters beside a title in Cyrillic (`Кочевники Мангышлака //
    Qazaq tarihy`: a journal's Latin name is a transliteration or a translation). A Cyrillic
    name beside a Latin title does (`Etika Kanta // Материалы …`: the title romanised)."""
    return not (_script(title) == "Cyrl" and _script(name) == "Latn")


def translated_english(title: str, translated: bool) -> bool:
    """Whether a translation's title (`translated`: the note names its translator) has an
    English subtitle after its romanised original's (`Jāmiʿ al-tawārīkh: Compendium of
    Chronicles, trans. W. M. Thackston`, `Kutadgu Bilig: Wisdom of Royal Glory, trans. R.
    Dankoff`): the cited book is the English translation, whatever the original's letters say."""
    found = _SUBTITLED.match(title) if translated and ":" in title else None
    return found is not None and _leader(found.group("sub")) == "en"
