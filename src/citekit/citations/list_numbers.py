"""A reference list's entry number pasted before the entry with a closing bracket (`12) Иванов И. И.
…`, `3) Brubaker R. …`): no title's word, as no title's ordinal is written so. One closed by a
period (`40. Brubaker R.`) is left to the tagger, which learned it from numbered lists (and a
Turkish title may open on an ordinal: `25. Yıl Kitabı`), unless a person's name follows it, one to
three capitalised words (or two names, the first opening on a listed given name, joined by a word of
`[words] and_`: `16. Henry Foy and Polina Ivanova`) and a comma, then an initial or a quoted title
(`24. Grey, S. (2018) ‘…’`, `3. Jonah Whitcombe, “…,”`, Vancouver's `12. Ozturk S, Kaya A, …`): no
ordinal opens a name, and the model may read such a number and name as a date; so does an inverted
name with its given name and period (`7. Tunalı, Cengiz. Title`). The same holds for a footnote's
superscript number pasted bare before such a name (`3 Ayşe Demirci, "…"`); a name's own number (`60
Minutes`) is stripped too, a known loss. Nor does one before a wiki's back link (`12. ^ "Club
history"`): a rendered reference list's number; nor one before a quoted title (`12. "The Road to
Samarkand," Timeshift`). A month's name (`12. Mart, …`: a day) or a body's (`3. Ordu Komutanlığı`:
its ordinal) after the number keeps it. Nor does a footnote's number pasted before a "see" word or a
few words of prose and one (`12. Bkz. Hasan Kaya, …`, `4) См.: …`, `14. On this point, see …`): no
ordinal's noun is one. Nor does one closed by a period before a sentence of prose with its finite
verb (`30. Turkmengaz did not respond to …`), nor one closed by a period before a word in Cyrillic
capitals (`7. Заявление для прессы …`): Russian, Kazakh and Ukrainian write an ordinal with its
ending (`7-й`, `7-ші`), never so; nor one before an article (`12. The Dying of the Aral, …`). A bare
number (no period) is stripped before a GOST name, a family and its initials in capitals (`2
Қойгелдиев М.Қ. Title`, `6 Sadykova R.O., Kim V.L. (2012)`: no Roman numeral alone, place or body),
and before guillemets or low quotes (`14 «Қазақ» газеті`); one closed by a period before a listed
given name and a family whose entry goes on in GOST's dashed areas (`2. Gurbanguly Berdimuhamedow.
Title. – A.: TDNG, 2019`). A title opening on a bare count keeps it (`100 лет …`, `12 Психика`), as
the model learned."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import unmixed
from citekit.citations._words import and_words, lower, patterns
from citekit.citations.name_sets import given_names
from citekit.citations.names import is_organisation
from citekit.citations.place_names import place_names
from citekit.citations.predicates import holds_finite_verb
from citekit.dates import parse_date
from citekit.languages import shipped_words

__all__ = ["without_list_number"]

_BRACKETED: Final = re.compile(r"^\s*\d{1,3}\)\s+(?=\w)")
_CARET: Final = re.compile(r"^\s*\d{1,3}\.\s+(?=[↑^])")  # `12. ^ "Title"`: a wiki list's number
# `12. "The Road to Samarkand," Timeshift`: a quoted title opens no ordinal's noun
# `39. http://www.edu.gov.kz – …`, `9. 2019-2020 оқу жылында …`: an address or a range of years
# opens no ordinal's noun (a bare year after the number is left to the model, which reads
# `1. 1914 yılında …, Ankara 2010` and AAA's `15. 2016 The Force of Custom.` as it learned)
_FIGURED: Final = re.compile(
    r"^\s*\d{1,3}\.\s+(?=(?:https?://|www\.)\S|\d{4}\s*[-–—]\s*\d{2,4}\s+[^\W\d_])"
)
_NUMBERED: Final = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=[^\W\d_])")  # before a "see" word
# … and a bare one before guillemets or low quotes (`14 «Қазақ» газеті`); before a straight
# quote the model reads the number with the entry it learned (`2 "Türkistan" dergisi, sayı 5`)
_QUOTED: Final = re.compile(r"^\s*\d{1,3}(?:\.\s+(?=[\"“«„])|\s+(?=[«„]))(?=\W[^\W\d_])")
_NAMED: Final = re.compile(
    r"^\s*\d{1,3}(?:\.?\s+|\.(?=[^\W\d_]))"
    r"(?P<name>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'.-]*){0,2}"
    # … or two names joined by a word of `[words] and_` (`16. Henry Foy and Polina Ivanova, “…”`)
    r"(?:\s+[^\W\d_]{1,5}\s+[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'.-]*){0,2})?),\s*"
    r"(?:(?P<initial>[^\W\d_]\.)|[“«\"‘„]|(?P<given>[^\W\d_][\w’'-]+)\.\s+[^\W\d_]"
    # … or a given name and family before a title and its bracketed imprint (Chicago's note:
    # `3 Nurhan Çelebi, Ziya Paşa ve … (İstanbul: Dergâh Yayınları, 2009), 112.`)
    r"|(?P<titled>[^\W\d_][^()]{0,200}\([^()]{0,60}:[^()]{0,80}\d{4}\)))"
)


# Vancouver's name: a family, a space and its initials in capitals with no period, then the
# list's comma or the names' period (`12. Ozturk S, Kaya A, …`, `3. Иванов ИИ.`)
_VANCOUVER: Final = re.compile(
    r"^\s*\d{1,3}\.\s+(?P<family>[^\W\d_][\w’'-]+) (?P<initials>[^\W\d_]{1,3})[,.]"
)


# GOST's name: a family, a space and its initials with their periods (`2 Қойгелдиев М.Қ. …`,
# `6 Sadykova R.O., Kim V.L. (2012)`, `3 Zhurtbai T. (2015)`): a bare entry number before it
_GOST_NAMED: Final = re.compile(
    r"^\s*\d{1,3}\s+(?P<family>[^\W\d_][\w’'-]+)\s+(?P<initials>(?:[^\W\d_]{1,2}\.\s?){1,3})"
    r"(?=[\s,(]|$)"
)


# a given name and a family closed by a period after a numbered entry's period (`2. Gurbanguly
# Berdimuhamedow. Title`): no ordinal opens a person's name
_GIVEN_FIRST: Final = re.compile(
    r"^\s*\d{1,3}\.\s+(?P<given>[^\W\d_][\w’'-]+)\s+(?P<family>[^\W\d_][\w’'-]+)\.\s+(?=\w)"
)


_GOST_AREA: Final = " – "  # GOST's dash between a description's areas
_ROMAN_LETTERS: Final = frozenset("IVXLCDM")
_LEAD_CHARS: Final = 80  # characters of a lead before a "see" word, at most
_LEAD_WORDS: Final = 8  # words of such a lead at most


def _led(lead: str, first: str) -> bool:
    """Whether `lead` is a few words of prose before a "see" word in small letters (`On this
    point, see`): no digit, no mark but a comma."""
    words = lead.split()
    plain = all(c.isalpha() or c in " ,’'" for c in lead)
    return first.islower() and plain and 0 < len(words) <= _LEAD_WORDS and lead[:1].isupper()


@functools.cache
def _articles() -> frozenset[str]:
    """The articles a name opens with (`[words] articles`: `the`), case-folded."""
    return frozenset(w.casefold() for w in shipped_words("articles"))


_NAME_WORDS: Final = 3  # words of one name at most (`Gabriel García Márquez`)


def _paired(words: list[str], join: str) -> bool:
    """Whether the words on each side of `join` are a person's given name and family: each
    side two words or more, the first side's first a listed given name (`Henry Foy and Polina
    Ivanova`; `Dünya Savaşı ve Türkiye` names no one)."""
    at = words.index(join)
    first, second = words[:at], words[at + 1 :]
    return len(first) > 1 and len(second) > 1 and lower(first[0]) in given_names()


def without_list_number(text: str) -> str:
    """`text` without the bracketed entry number of a reference list pasted before it."""
    found = (
        _BRACKETED.match(text) or _CARET.match(text) or _QUOTED.match(text) or _FIGURED.match(text)
    )
    if found is not None:
        return text[found.end() :]
    numbered = _NUMBERED.match(text)
    if numbered is not None and len(text[numbered.end() :].split()) > 2:  # `3 See also`: no entry
        rest = text[numbered.end() :]
        see = patterns().see.search(unmixed(rest[:_LEAD_CHARS]))
        lead = rest[: see.start()] if see is not None and see.end() else None
        if lead is not None and (not lead or _led(lead, rest[see.start()] if see else "")):
            return rest  # `12. Bkz. …`, `14. On this point, see Andrew Feldman, …`
        first = text[numbered.end()]
        period = numbered.group().rstrip().endswith(".")
        if period and "\u0400" <= first <= "\u04ff" and first.isupper():
            return text[numbered.end() :]  # `7. Заявление …`: Cyrillic writes no ordinal so
        word = rest.split(maxsplit=1)[0]
        if period and word[:1].isupper() and word.casefold() in _articles():
            return rest  # `12. The Dying of the Aral, …`: no ordinal's noun opens on an article
        if period and holds_finite_verb(rest):
            return rest  # `30. Turkmengaz did not respond to …`: a footnote's sentence of prose
    person = _GIVEN_FIRST.match(text)
    if person is not None and _given_first(person.group("given"), person.group("family")):
        rest = text[person.end() :]
        if _GOST_AREA in rest:  # no `7. George Town. Penang: Areca, 2012`, `2. Boris Godunov.`
            return text[person.start("given") :]
    gost = _GOST_NAMED.match(text)
    if gost is not None and _gost_name(gost.group("family"), gost.group("initials")):
        return text[gost.start("family") :]
    vancouver = _VANCOUVER.match(text)
    initials = vancouver.group("initials") if vancouver is not None else ""
    closed = text[vancouver.end() - 1] if vancouver is not None else ""
    # … a comma after them, or a period after two or three (one and its period: GOST's `И.`)
    if vancouver is not None and initials.isupper() and (closed == "," or len(initials) > 1):
        family = vancouver.group("family")
        if family[:1].isupper() and not family.isupper() and not is_organisation(family):
            return text[vancouver.start("family") :]
    named = _NAMED.match(text)
    words = named.group("name").split() if named is not None else []
    joined = [w for w in words[1:-1] if w in and_words()]
    if named is None or not all(w[:1].isupper() for w in words if w not in joined):
        return text  # `3. Ali Veli bin Hasan, …`, `30 лет независимости, «…»`
    if len(joined) > 1 or (not joined and len(words) > _NAME_WORDS):
        return text  # `4. Radio Free Europe Radio Liberty, "…"`: a body's name
    if joined and not _paired(words, joined[0]):
        return text  # `1. Dünya Savaşı ve Türkiye, …`, `25. Yıl ve Sonrası, "…"`: an ordinal's
    name = " ".join(w for w in words if w not in joined)
    day = parse_date(f"{name.split()[0]} 2000")
    month = day is not None and day.month is not None and not named.group("initial")
    if month or is_organisation(name):  # an initial after its comma: a name (`12. Mamyrov, K.`)
        return text  # `12. Mart, “Muhtıra”`: a day; `3. Ordu Komutanlığı`: a body's ordinal
    if named.group("titled") and " " not in name:
        return text  # `3 Baskı, Title (…)`: a given name and a family name, no one word
    given = named.group("given")
    if given is not None and (
        " " in name
        or not given[:1].isupper()
        or {name.casefold(), given.casefold()} & place_names()
    ):
        return text  # `3. Baskı, İstanbul.`, `12. Almaty, Kazakhstan.`: places; `1. Dünya Savaşı,`
    return text[named.start("name") :]


def _gost_name(family: str, initials: str) -> bool:
    """Whether a word and the initials after it are a person's name: a capitalised family, no
    body's nor a place's, and initials in capitals, no Roman numeral alone (`3 Glava I.`)."""
    parts = [part for part in initials.replace(" ", "").split(".") if part]
    capitals = all(part[:1].isupper() for part in parts)
    numeral = len(parts) == 1 and parts[0] in _ROMAN_LETTERS
    if not (family[:1].isupper() and capitals) or numeral or is_organisation(family):
        return False
    return lower(family) not in place_names()


def _given_first(given: str, family: str) -> bool:
    """Whether two words are a listed given name and a capitalised family, no place's."""
    if not (given[:1].isupper() and family[:1].isupper() and family[1:2].islower()):
        return False
    return lower(given) in given_names() and lower(family) not in place_names()
