"""A gloss: a short note that explains a word of the text and names no source (`Ныне —
Алматы.`, `Так в оригинале.`, `Имеется в виду Н. А. Назарбаев.`, `Şimdiki adı Türkmenbaşı.`,
`Қазіргі Алматы қаласы.`, `That is, in the 1920s.`): it opens with a gloss word of the language
files (`[words] gloss`), is ten words at most, and has no address, locator or year of an
imprint; or it defines a term (`Жус — родоплеменное объединение у казахов.`) or a unit of
measure (`1 пуд = 16,38 кг.`), or gives an estimate's figure (`Около 40 тыс. человек.`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.prose import labelled_number
from citekit.citations.sources import YEAR
from citekit.citations.tagger.tokens import DASHES
from citekit.languages import shipped_words

__all__ = ["gloss", "in_sentence"]

_MAX_WORDS: Final = 10


@functools.cache
def _opener() -> tuple[frozenset[str], re.Pattern[str]]:
    """The first letters of the gloss words, and the pattern of one opening a note (a whole
    word: `Sic`, not `Sicily`)."""
    words = sorted(shipped_words("gloss"), key=len, reverse=True)
    # a space between a gloss's words is any white space (`Речь\nидет о`: a pasted line break)
    alternation = literal_alternation(words).replace(re.escape(" "), r"\s+")
    pattern = re.compile(r"(?:" + alternation + r")(?![\w'’])")
    return frozenset(w[:1] for w in words), pattern


# a person's name (one to four capitalised words, no initial) and the years of a life in
# brackets (`Кенесары Касымов (1802–1847)`, `(1866—1937 гг.)`), then the note's end or a mark
# before the description
_LIFE: Final = re.compile(
    r"(?:[^\W\d_][\w'’-]+\s+){0,3}[^\W\d_][\w'’-]+\s*\(\s*(1\d{3}|20[0-2]\d)\s*[–—-]\s*"
    r"(1\d{3}|20[0-2]\d)(?:\s*[^\W\d_]{1,3}\.?)?\s*\)\s*(?:$|[—–,:.-])"
)
_LIFE_YEARS: Final = (15, 110)  # a life's length in years: not a range of publication years
# a term: one word (hyphens inside: `Алаш-Орда`; no period: no name's initials; two words and
# a dash are as often a title and its subtitle: `Ylmy terminologiýa – meseleler we geljegi`), a
# language's label in brackets after it (`Бай (каз.)`), then a dash between spaces or an em dash
_TERM: Final = re.compile(r"[^\W\d_][\w'’-]*(?:\s*\([^()\d]{1,12}\))?(?:\s+[—–-]\s+|\s*—\s*)")
_DEFINITION_WORDS: Final = (2, 20)  # words of a definition after its dash
_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s+[^\W\d_]")  # a definition is one sentence
# a number and its unit equal to another (`1 пуд = 16,38 кг`, `1 verst ≈ 1.07 km`), the units
# of one to three words (`1 десятина = 1,09 га`, `1 US dollar = 450 tenge`)
_MEASURE: Final = re.compile(
    r"\d+(?:[.,]\d+)?\s*[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){0,2}\s*[=≈]\s*"
    r"\d+(?:[.,]\d+)?\s*[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){0,2}"
)


def _about_a_person(text: str) -> bool:
    """Whether `text` opens with a person's name and the years of their life (`Мустафа Шокай
    (1890–1941) — казахский политический деятель.`, `Abay Kunanbayev (1845–1904), Kazakh
    poet.`): a gloss on the person, no source; not with an address, "//", a locator or an
    imprint's year."""
    found = _LIFE.match(text)
    if found is None or not all(w[:1].isupper() for w in text[: text.find("(")].split()):
        return False
    span = int(found.group(2)) - int(found.group(1))
    if not _LIFE_YEARS[0] <= span <= _LIFE_YEARS[1]:
        return False
    if "://" in text or "//" in text or labelled_number(text):
        return False
    # a year after the bracket only inside the description (`хан с 1841 года`): not the
    # imprint of the person's work (`Абай (1845–1904). Шығармалары. Алматы, 1995.`)
    rest = text[found.end() :]
    return all(in_sentence(rest[: m.start()].rstrip()) for m in YEAR.finditer(rest))


def gloss(text: str) -> bool:
    """Whether `text` (a note, stripped) is a gloss: a gloss word first, ten words at most, no
    address, "//", page or volume number, and each year after a word inside the sentence
    (`until 1921`, `1837–1847 жылдардағы`, not an imprint's `London, 1990`); or a person's
    name with the years of their life (`_about_a_person`); or a term's definition
    (`_defines_a_term`) or units of measure set equal (`_equates_measures`)."""
    if text[:1].isupper() and "(" in text and _about_a_person(text):
        return True
    if ("=" in text or "≈" in text) and _equates_measures(text):
        return True
    if ("—" in text or " – " in text or " - " in text) and _defines_a_term(text):
        return True
    if _gives_an_estimate(text):
        return True
    firsts, pattern = _opener()
    if text[:1] not in firsts or (opener := pattern.match(text)) is None:
        return False  # most notes: one set look-up
    if "://" in text or "www." in text or "//" in text or len(text.split()) > _MAX_WORDS:
        return False
    if labelled_number(text):
        return False  # `Т. 3`, `s. 45`: a place in a work
    # a year right after the gloss word and its comma is the gloss's (`According to other
    # sources, 1865.`)
    after_word = text[: opener.end()] + ","
    for year in YEAR.finditer(text):
        before = text[: year.start()].rstrip()
        if not in_sentence(before) and before != after_word:
            return False
    return True


@functools.cache
def _estimate() -> tuple[frozenset[str], re.Pattern[str]]:
    """The first letters of the estimate words, and the pattern of one opening a note before
    its number and the word after it (`Около 40 тыс. человек`, `About 40,000 people`)."""
    words = sorted(shipped_words("approximately"), key=len, reverse=True)
    alternation = literal_alternation(words).replace(re.escape(" "), r"\s+")
    number = r"\d[\d\s.,]*(?:%|\s*[–—-]\s*\d[\d\s.,]*)?"
    pattern = re.compile(rf"(?:{alternation})\s*{number}(?:\s*([^\W\d_])|\s*[.;]?\s*\Z)")
    return frozenset(w[:1] for w in words), pattern


def _gives_an_estimate(text: str) -> bool:
    """Whether `text` gives a figure: an estimate's word of the language files and a number
    open it (`Около 40 тыс. человек.`, `Yaklaşık 300 bin kişi.`, `About 40,000 people.`), a
    word in small letters or the note's end after the number (not `More Than 50 Years of …`,
    a title), ten words at most, no address, quotation, "//" or page or volume number."""
    firsts, pattern = _estimate()
    if text[:1] not in firsts or (found := pattern.match(text)) is None:
        return False  # most notes: one set look-up
    if found.group(1) is not None and not found.group(1).islower():
        return False
    if len(text.split()) > _MAX_WORDS or "://" in text or "www." in text or "//" in text:
        return False
    return not (any(q in text for q in '«»“”„"') or labelled_number(text))


def _defines_a_term(text: str) -> bool:
    """Whether `text` defines a term: a word (no period: no author's initials), a dash, and
    a description in small letters (`Жус — родоплеменное объединение у казахов.`, `Ýaşuly —
    obanyň hormatly adamy.`, `Бай (каз.) — богатый человек.`, `Aksakal – the elder of a
    clan.`; a capital first only before two words or more in small letters: `Kurultay — Türk
    devletlerinde danışma meclisi.`): no address, quote, colon, "//", second dash (`Жусан —
    материал из Википедии — свободной энциклопедии`: a page's title and its site), second
    sentence or number but a year inside the sentence."""
    found = _TERM.match(text)
    if found is None:
        return False
    description = text[found.end() :].rstrip(" .;")
    if any(mark in description for mark in ("://", "www.", "//", ":", "«", "“", "„", '"')):
        return False
    if "—" in description or " – " in description or " - " in description:
        return False
    words = description.split()
    if not _DEFINITION_WORDS[0] <= len(words) <= _DEFINITION_WORDS[1]:
        return False
    rest = words[1:]  # a capital first only before small letters: `Türk devletlerinde …`
    if words[0][:1].islower():
        if sum(w[:1].islower() for w in words) * 2 < len(words):
            return False
    elif len(rest) < _DEFINITION_WORDS[0] or not all(w[:1].islower() for w in rest):
        return False  # `Ауэзов — Абай жолы`: an author and a title
    if labelled_number(description) or _SENTENCE_BREAK.search(description):
        return False  # `… (туркм.). Türkmen milli ensiklopediýasy. …`: a title, then its site
    years = list(YEAR.finditer(text))
    if sum(len(m.group()) for m in years) != sum(c.isdigit() for c in text):
        return False  # a day, a page or a number beside the years
    return all(in_sentence(text[: m.start()].rstrip()) for m in years)


def _equates_measures(text: str) -> bool:
    """Whether `text` sets units of measure or money equal, one pair or several after `;`
    (`1 пуд = 16,38 кг.`, `1 verst ≈ 1.07 km; 1 sazhen ≈ 2.13 m.`): it explains the text's
    units and cites nothing."""
    parts = [p.strip(" .") for p in text.split(";")]
    return all(_MEASURE.fullmatch(p) is not None for p in parts)


def in_sentence(before: str) -> bool:
    """Whether a year after `before` stands in a sentence: after a word or a word's dash
    (`По другим данным — 1865 год.`), or closing a span of years after one (`Яғни 1837–1847
    жылдардағы …`)."""
    if before[-1:] in DASHES:
        before = before[:-1].rstrip()
        if before[-4:].isdigit():
            return in_sentence(before[:-4].rstrip())
        return before[-1:].isalpha()  # a dash after words: `По другим данным — 1865 год.`
    return before[-1:].isalpha()
