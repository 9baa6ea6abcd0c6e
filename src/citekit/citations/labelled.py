"""The language a note's own labels are written in (`б.`, `бет`, `баспасы`, `sah.`,
`Erişim tarihi`): a title its letters and words leave even between languages (`Еки – он`,
Kazakh typed without its letters; `Tehniki sertler`, Turkmen typed plainly) is in the language
of the note that writes it."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.langid import language_evidence
from citekit.languages import available_languages, language

__all__ = ["labelled_language", "note_language", "placed_language", "placed_reading"]

_CYRILLIC: Final = re.compile("[\u0400-\u04ff]")
_ENGLISH: Final = "en"
_ADDRESS: Final = re.compile(r"(?:https?://|www\.)\S+")

# the word lists of the labels a note writes around a source (its page, year, imprint, access
# date, roles and pointers), each also as typed plainly (the language file adds those)
_LOWERED: Final = 5  # letters of a label at least that is also written in small letters
_KEYS: Final = (
    *("page", "year", "accessed", "archived", "and_", "et_al", "publisher", "edition"),
    *("editor", "translator", "extent", "see", "commentary"),
)


@functools.cache
def _labels(code: str) -> re.Pattern[str] | None:
    """A language's labels as whole words (longest first), or None when it lists none."""
    words = language(code).words
    found = {w for key in _KEYS for w in getattr(words, key) if w.strip()}
    # … and a capitalised label in small letters mid-sentence (Chicago's `, accessed May 17`)
    found |= {w.lower() for w in found if len(w) >= _LOWERED and w[:1].isupper()}
    if not found:
        return None
    ordered = sorted(found, key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def labelled_language(text: str, title: str, tied: frozenset[str], chosen: str) -> str | None:
    """The language of `tied` whose labels the note `text` writes most (distinct labels; equal
    counts keep `chosen`, the prior's choice, else go to the higher prior), when the `title`
    (with the work's names) gives the languages of `tied` it could be in the same evidence;
    else None."""
    evidence = {code: score for code, score in language_evidence(title) if code in tied}
    if len(evidence) < 2:
        return None
    best = max(evidence.values())
    even = [code for code, score in evidence.items() if score == best]
    if len(even) < 2 or (best <= 0 and not _CYRILLIC.search(title)):
        # a Latin title with no evidence at all is left to the detector's letters (`Sosyal
        # Medya Kullanimi … Accessed`: an English label beside a Turkish title); a Cyrillic
        # one has no detector beside the prior
        return None
    # a label in the title's script (a Turkmen note's Latin `Barlanan senesi` tells nothing
    # of the Cyrillic languages a Russian title could be in)
    cyrillic = _CYRILLIC.search(title) is not None
    # the note's labels stand around its title, not in it (`Мажилис жана зауыт ашты`: Kazakh
    # `жаңа` typed plainly, no Kyrgyz `жана` "and"); the title is the text that is tied
    around = text.replace(title, " ") if title and title in text else text
    counts: dict[str, int] = {}
    for code in even:
        pattern = _labels(code)
        if pattern is not None:
            found = {
                w for w in pattern.findall(around) if (_CYRILLIC.search(w) is not None) == cyrillic
            }
            counts[code] = len(found)
    most = max(counts.values(), default=0)
    if most == 0:
        return None
    top = [code for code, n in counts.items() if n == most]
    if len(top) > 1 and (placed := _placed(text, frozenset(top))) is not None:
        return placed
    return chosen if chosen in top else max(top, key=lambda code: language(code).prior)


def placed_language(text: str, title: str, tied: frozenset[str]) -> str | None:
    """The one language of `tied` (a title's evidence leaves them near: `Птушкі і гнёзды`,
    Belarusian or Kazakh; `Татар фольклоры`) that alone of all languages spells the place the
    note names outside its title so (`Мінск`, `Казан`, `Toshkent`): a book comes out where its
    language is written, and each language spells the place its own way (`Минск`, `Казань`,
    `Ташкент`). A place several languages spell alike (`Astana`, `Бишкек`) tells none."""
    if len(tied) < 2:
        return None
    around = text.replace(title, " ") if title and title in text else text
    spelled = _placed_by(around, frozenset(available_languages()))
    # English writes every place its English way whatever the work's language (`Almaty`,
    # `Moscow` in a romanised Kazakh or Russian reference): its places tell none
    if len(spelled) != 1 or spelled[0] == _ENGLISH or spelled[0] not in tied:
        return None
    return spelled[0]


def placed_reading(text: str, title: str, names: str, near: frozenset[str], found: str) -> str:
    """`found`, the language a title's `names` (its words, its host's, its place's) read best
    (`Аманат Өфө`: Kyrgyz, whose rounding writes `өфө` too), unless it does not spell the place
    so and some of the title's `near` languages do (Bashkir `Өфө`): then the one of those the
    words read best, a book coming out where its language is written."""
    around = text.replace(title, " ") if title and title in text else text
    spelled = _placed_by(around, near)
    if not spelled or found in spelled or _ENGLISH in spelled:
        return found
    scores = dict(language_evidence(names))
    return max(spelled, key=lambda code: (scores.get(code, float("-inf")), language(code).prior))


@functools.cache
def _cities(code: str, keyboard: bool = False) -> re.Pattern[str] | None:
    """A language's places of publication (`[words] cities`) as whole words, or None; with
    `keyboard`, less the spellings only typed without its letters (`Казан` for `Қазан`)."""
    lang = language(code)
    found = {w for w in lang.words.cities if len(w) > 2}
    if keyboard and lang.plain_letters:
        table = str.maketrans(dict(lang.plain_letters))
        found -= {typed for w in found if (typed := w.translate(table)) != w}
    if not found:
        return None
    ordered = sorted(found, key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def _placed(text: str, top: frozenset[str]) -> str | None:
    """The one language of `top` that lists a place the note names (`Фрунзе`, `Ош`: Kyrgyz,
    not Kazakh, which writes `Бішкек` too), as the others do not: the note's labels being even,
    the book came out where that language is written. A note that writes some of a language's
    own letters (`Мәгариф`) is typed on its keyboard: its place typed without them (`Казан`,
    Kazakh `Қазан`) is no place of that language."""
    named = _placed_by(text, top)
    return named[0] if len(named) == 1 else None


def _placed_by(text: str, codes: frozenset[str]) -> list[str]:
    """The languages of `codes` that list a place `text` names, in the order of their codes;
    a language whose own letters the text writes, not by a spelling typed without them."""
    letters = set(text)
    found = [
        code
        for code in sorted(codes)
        if (p := _cities(code, not letters.isdisjoint(language(code).plain_letters))) is not None
        and p.search(text)
    ]
    # a language that spells the place so with its own letters (Tatar `Казан`) names it, not
    # one that only types it so without its letters (Kazakh `Қазан` typed plainly)
    native = [code for code in found if (p := _cities(code, True)) is not None and p.search(text)]
    return native if native and len(native) < len(found) else found


def note_language(text: str, title: str) -> str | None:
    """The one language whose labels the note `text` writes around a `title` whose own words
    tell no language at all (`Kyrgyzstan votes. … Retrieved from`, `“Seyahat”, … Erişim
    Tarihi`): a title with no word of its own language's is cited in the note's. Labels in
    another script than the title's tell nothing of it (`Kumtor … дата обращения`)."""
    if any(score > 0 for _code, score in language_evidence(title)):
        return None
    around = text.replace(title, " ") if title and title in text else text
    around = _ADDRESS.sub(" ", around)  # an address's words are no label (`rferl.org/a/`)
    cyrillic = _CYRILLIC.search(title) is not None
    counts: dict[str, int] = {}
    for code in available_languages():
        pattern = _labels(code)
        if pattern is not None:
            found = {
                w
                for w in pattern.findall(around)
                if (_CYRILLIC.search(w) is not None) == cyrillic and sum(map(str.isalpha, w)) > 1
            }  # … of two letters or more: `B.`, `s.` are an initial's as much as a page's
            if found:
                counts[code] = len(found)
    most = max(counts.values(), default=0)
    top = [code for code, n in counts.items() if n == most]
    if not most or len(top) > 1:
        return None
    # words no language's lists know (`Firebase Advantages … Erişim Tarihi`) are English more
    # often than not: another language's labels tell a one-word title's only (`Seyahat`, `Dutar`)
    return top[0] if top[0] == _ENGLISH or len(title.split()) == 1 else None
