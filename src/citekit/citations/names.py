"""Names as written into `Name` values: family and given split where the form shows it,
initials kept with their periods ("Z. S."). Capitals are told by Unicode, not by a list of
letters, so "Yılmaz Ş." and "Сулейменов О." split alike; joining words ("and", "ve", "и")
and "et al." words come from the language files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from attrs import evolve

from citekit._text import has_cyrillic, unmixed_word
from citekit.citations._words import lower, patterns
from citekit.citations.body_acronyms import headed_by_acronym, headed_by_demonym, regional_bodies
from citekit.citations.family_endings import family_first_by_ending
from citekit.citations.family_names import family_first_by_family
from citekit.citations.initialled_names import given_after_initials
from citekit.citations.name_sets import (
    body_units,
    distinct_family_first_given,
    epithets,
    family_first_given_names,
    family_particles,
    family_suffixes,
    generation_words,
    given_names,
    honorifics,
    named_after_words,
    organisation_abbreviations,
    organisation_ends,
    organisation_words,
    outlet_names,
    patronymic_endings,
    rank_titles,
    son_words,
)
from citekit.citations.run_initials import run_initials, spelled_initials
from citekit.citations.short_families import caps_short_family, short_family
from citekit.citations.unsurnamed import unsurnamed
from citekit.languages import country_names, shipped_words
from citekit.model import Name

__all__ = [
    "GIVEN_IN_BRACKETS",
    "body_before_comma",
    "direct_pairs",
    "epithets",
    "family_particles",
    "family_suffixes",
    "fathers_name",
    "generation_words",
    "given_names",
    "inverted_first",
    "is_initials",
    "is_organisation",
    "named_after_words",
    "split_names",
    "to_name",
    "unlist",
]

_WORD: Final = re.compile(r"[^\W\d_]")
_WORD_RUN: Final = re.compile(r"[^\W\d_]+")
# a family and its initials alone (`Service R.`, `Service Ş.`): a person's, whatever the word,
# in the Latin alphabet; a Cyrillic body's word before initials names whom it is named after
# (`Фонд Е. В. Головина`)
_FAMILY_INITIALS: Final = re.compile(r"[^\W\d_][^\W\d_'’-]+,?\s+(?:[^\W\d_]{1,2}\.\s*){1,3}")
_SHORT_FAMILY: Final = 3  # an upper-case word this short may be an acronym ("BBC"), not a surname
_SON_NAME: Final = 2  # words of a name a son word opens (`Ibn Khaldun`)
_ARTICLED: Final = re.compile(r"[^\W\d_]{1,3}-[^\W\d_]")  # `ал-Асир`: an article glued
_EPITHET_NAME: Final = 3  # words of a name a capitalised epithet closes whole (`Yusuf Has Hacib`)
_TWO_FAMILIES_FIRST: Final = 3  # words of `Pálóczi Horváth András`: two families, a given name
_WHOLE_NAME_WORDS: Final = 3  # words of `Наршахӣ Абӯбакр Муҳаммад`: a family, two given names
_FAMILY_FIRST_WORDS: Final = 4  # words of `Məmmədov Əli Hüseyn oğlu`: family, given, father's
_SHORT_WORDS: Final = 2  # words of a given name and a short family (`Cem Ak`); an initial's length
_GLUED_FAMILY: Final = 2  # letters of a family typed right after its initials at least
_ROMAN: Final = re.compile(r"[IVXLC]+")
_INITIAL_MARKS: Final = re.compile(r"[.\-‐]")
# French footnotes' `Roux (Pierre)`, `Dupont (J.-P.)`: the family, then the given name or its
# initials alone in brackets, a capitalised word (`Jean-Marc`) or initials (`J.-P.`), one or two
# of them (`tagger/bracketed_givens.py` reads such a run as a name)
GIVEN_IN_BRACKETS: Final = (
    r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?|[A-ZÀ-ÖØ-Þ]\.(?:-[A-ZÀ-ÖØ-Þ]\.)?)"
    r"(?: (?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]\.))?"
)
_BRACKETED_GIVEN: Final = re.compile(rf"(?P<family>[^()]+?)\s*\((?P<given>{GIVEN_IN_BRACKETS})\)")

_LETTER_MARKS: Final = "'’ʻʼ"  # an apostrophe typed after a letter for its mark (Uzbek `Gʻ`)
_NO_MARKS: Final = str.maketrans("", "", _LETTER_MARKS)
_LATIN_END: Final = 0x250  # past Latin Extended-B


def _family_word(word: str) -> bool:
    """Whether `word` is a family's: capitalised, or a capital after a small article its hyphen
    glues (`ал-Асир`, `al-Athir`)."""
    if word[:1].isupper():
        return True
    found = _ARTICLED.match(word)
    return (
        found is not None and word[: found.end() - 2].islower() and word[found.end() - 1].isupper()
    )


def _is_initial(word: str) -> bool:
    """ "Ş.", "Zh.", "A.-B.", "S", "G'.": one or two letters, the first a capital (an
    apostrophe after it the mark of its letter, Uzbek `Gʻ`, `Oʻ`)."""
    parts = [p[:1] + p[1:].lstrip(_LETTER_MARKS) for p in _INITIAL_MARKS.split(word) if p]
    return bool(parts) and all(
        1 <= len(p) <= 2 and p[0].isupper() and p.isalpha() and (len(p) == 1 or p[1].islower())
        for p in parts
    )


@functools.lru_cache(maxsize=4096)  # a run's text is asked again as its one name (`to_name`)
def is_organisation(written: str) -> bool:
    """Whether a name as written is a body's ("Türk Tarih Kurumu", "Министерство
    образования"): one of its words is an organisation's head word of a language file, a
    look-alike letter of the other alphabet read as its twin (`Bakаnlığı`, Cyrillic `а`)."""
    if not has_cyrillic(written) and _FAMILY_INITIALS.fullmatch(written.strip()):
        return False  # `Service R.`, `Bank J. K.`: a family and its initials, a person's
    words = _WORD_RUN.findall(written)
    if len(words) > 1 and _body_end(words):
        return True
    bodies = organisation_words()
    if not bodies.isdisjoint(lower(unmixed_word(w)) for w in words):
        return True
    if "-" in written or "." in written:  # GOST's `Новосиб. гос. ун-т.`: an abbreviated head
        shortened = organisation_abbreviations()
        if not shortened.isdisjoint(lower(w.strip(",;:()")).rstrip(".") for w in written.split()):
            return True
    # written in capitals, a Turkic body's dotless ı is a plain I (`BAKANLIĞI`: Bakanlığı)
    dotless = (lower(w.replace("I", "ı")) for w in words if w.isupper() and "I" in w)
    return not bodies.isdisjoint(dotless)


def _body_end(parts: list[str]) -> bool:
    """Whether capitalised words `parts` close on a body's word that is also a family name or
    opens other names, after words of no given name nor initial (`Freedom House`, `Amnesty
    International`, `U.S. Energy Information Administration`: a dotted acronym's letters may
    open it; not `John House` nor `International Journal of …`)."""
    given = given_names()
    lead = 0  # a country's dotted acronym opening the name (`U.S. Energy Information …`)
    while lead < len(parts) - 1 and len(parts[lead]) == 1:
        lead += 1
    if lead == 1:
        lead = 0  # one letter alone is an initial, a person's
    return (
        lower(parts[-1]) in organisation_ends()
        and all(p.isalpha() and p[:1].isupper() for p in parts)
        and all(len(p) > 1 and lower(p) not in given for p in parts[lead:-1])
    )


@functools.lru_cache(maxsize=8192)  # initials recur from note to note
def is_initials(text: str) -> bool:
    """Whether `text` is only initials ("Ş.", "A. C.", "Zh.T", "О.А.")."""
    words = text.replace(".", ". ").split()
    return bool(words) and len(words) <= 4 and all(_is_initial(w) for w in words)


def split_names(text: str) -> tuple[str, ...]:
    """Split an author list as written ("Demirbulat, Ö. G., & AVCIKURT, C.") into names."""
    text = patterns().et_al.sub("", text)
    pieces = [p.strip(" ,;") for p in patterns().name_split.split(text) if p and p.strip(" .,;")]
    names: list[str] = []
    for piece in pieces:
        last = names[-1] if names else ""
        inverted_open = bool(last) and "," not in last and len(last.split()) == 1
        if inverted_open and is_initials(piece):
            names[-1] = f"{last}, {piece}"
        else:
            names.append(piece)
    names = regional_bodies(text, names)
    return tuple(n for n in names if 1 <= len(n) <= 80 and _WORD.search(n))


def _full_name(part: str) -> bool:
    """Whether a part of a list is a whole name by its shape: two or more words, one of them
    initials, run together too, or a surname in capitals ("G. Parker", "Smith JA", "Koçak
    AKÇAY"), one of them not initials."""
    words = part.split()
    marked = any(
        is_initials(w) or (w.isupper() and len(w) > 2) or (k and run_initials(w))
        for k, w in enumerate(words)
    )
    return len(words) >= 2 and marked and not all(is_initials(w) for w in words)


def without_honorifics(written: str) -> str:
    """`written` without the academic or courtesy titles before the name (`Prof. Dr. Ahmet
    Kaya` → `Ahmet Kaya`, `проф. А. Иванов`); a name that is nothing else stays whole."""
    words = written.split()
    k = 0
    while k < len(words) - 1 and lower(words[k]) in honorifics():
        k += 1
    return " ".join(words[k:]) if k else written


def _given_only(part: str) -> bool:
    """Whether every word of `part` is a known given name ("Gabriel José", "Ayşe Nur")."""
    words = part.replace("-", " ").split()
    return bool(words) and all(lower(w) in given_names() for w in words)


def inverted_first(first: str, second: str) -> bool:
    """Whether two comma-separated parts of two words or more are one name written family
    first, not two names given name first: the second part is given names only and the first
    does not open with one ("García Márquez, Gabriel José", "Öztürk Yılmaz, Ayşe Nur"; not
    "Zöhre Jumaýewa, Leýli Baýlyýewa")."""
    opening = first.split()[:1]
    return _given_only(second) and not (opening and lower(opening[0]) in given_names())


def _direct_name(part: str) -> bool:
    """Whether a part of a list is a name written given name first by its shape: two or three
    capitalised words, none of them initials (an inverted name's given part after a family of
    two words, "García Márquez, Gabriel José", is rarer than two names in a list)."""
    words = part.split()
    if not words or lower(words[0]) in family_particles():
        return False  # "Van Dyke, John Paul": a family with its particle, then the given names
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper()
        and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and not w.isupper()
        and not is_initials(w)
        for w in words
    )


def unlist(written: str) -> tuple[str, ...]:
    """The names in a run that a list style wrote with only its first name inverted.

    Chicago and MLA write "Family, Given, Given Family, Given Family": after the first
    name's two parts, each comma-separated part of two or more words is a name of its own.

    >>> unlist("Муратова, Диана, Карлыгаш Абдыкулова")
    ('Муратова, Диана', 'Карлыгаш Абдыкулова')
    """
    parts = [p.strip() for p in written.split(",")]
    if len(parts) >= 2 and _direct_name(parts[0]) and inverted_first(parts[0], parts[1]):
        rest = parts[2:]  # "García Márquez, Gabriel José, Mario Vargas Llosa"
        if all(len(p.split()) >= 2 and not is_initials(p) for p in rest):
            return (f"{parts[0]}, {parts[1]}", *rest)
        return (written,)
    if len(parts) >= 2 and all(_full_name(p) for p in parts):
        return tuple(parts)  # "G. Parker, N. Johnson": no part is a family alone
    if len(parts) >= 2 and all(_direct_name(p) for p in parts):
        return tuple(parts)  # "Zöhre Jumaýewa, Leýli Baýlyýewa": no part is a family alone
    families = parts[::2]
    given = parts[1::2]
    paired = all(len(f.split()) == 1 for f in families) and not any(map(is_initials, given))
    if len(parts) >= 4 and len(parts) % 2 == 0 and paired:
        # "Oliver, Katherine, Smith, Mitchell Julie": every name inverted, a given name
        # holds no comma
        return tuple(f"{f}, {g}" for f, g in zip(families, given, strict=True))
    initialled = all(map(is_initials, given)) and not any(map(is_initials, families))
    if len(parts) >= 4 and len(parts) % 2 == 0 and initialled and _single_words(families):
        # "Acton, E., Cherniaev, V.Iu.": Harvard's list, each family and its initials
        return tuple(f"{f}, {g}" for f, g in zip(families, given, strict=True))
    if len(parts) < 3 or not all(parts) or is_initials(parts[0]):
        return (written,)
    rest = parts[2:]
    if all(len(p.split()) >= 2 and not is_initials(p) for p in rest):
        return (f"{parts[0]}, {parts[1]}", *rest)
    return (written,)


def _single_words(families: list[str]) -> bool:
    """Whether each part is one capitalised word (`Acton`, `Cherniaev`, `Lopes-Silva`)."""
    return all(len(f.split()) == 1 and f[:1].isupper() and f[:1].isalpha() for f in families)


def to_name(written: str) -> Name:
    """A `Name` from a name as written, split into family and given where the form shows it;
    initials written run together are spelled out with their periods (`spelled_initials`).

    >>> to_name("Yılmaz Ş.")
    Name(family='Yılmaz', given='Ş.', literal=None)
    >>> to_name("Z. S. Kenzhebayeva")
    Name(family='Kenzhebayeva', given='Z. S.', literal=None)
    >>> to_name("Smith JA")
    Name(family='Smith', given='J. A.', literal=None)
    """
    return spelled_initials(_split_name(written))


_BODY_LIST: Final = 3  # words of an inverted name with a body's word at most (`Bank, J. A.`)
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.){1,3}")


@functools.cache
def _heads() -> frozenset[str]:
    """A body's and a unit's head words (`[names] organisation`, `body_unit`), lower-cased."""
    return organisation_words() | body_units()


def _headed_list(written: str) -> bool:
    """Whether a name's parts after its first comma are a body's: its last closes on a body's
    head word (`Aile, Çalışma ve Sosyal Hizmetler Bakanlığı`), or one opens on a body's or a
    unit's, its first or second word (`U.S. Congress, Senate, Committee on …`, `…, Bureau of
    Democracy, Human Rights, and Labor`, `…, Davis Center for …`). No part holds a given name
    or an initial (`Trump, Donald J., President`: a person and his office)."""
    parts = [part.split() for part in written.split(",")[1:]]
    if not all(parts):
        return False
    persons = any(lower(part[0]) in given_names() for part in parts)
    if persons or any(_INITIALS.fullmatch(word) for part in parts for word in part):
        return False
    heads = _heads()
    opened = any(lower(word) in heads for part in parts for word in part[:2])
    return opened or is_organisation(parts[-1][-1])


_JOINING: Final = 3  # letters of a joining word inside a body's name at most (`of`, `for`)
_BODY_HEAD: Final = 3  # words of a body's name before its comma at least


def body_before_comma(written: str) -> bool:
    """Whether the words before a name's first comma are a body's name joined by a lower-case
    word (`Ministry of Investment, Industry and Trade of …`): no person's name is so written,
    so the fields the comma lists are the same body's."""
    words = written.split(",", 1)[0].split()
    small = [w for w in words if w.isalpha() and w.islower()]
    if len(words) < _BODY_HEAD or not small or any(len(w) > _JOINING for w in small):
        return False
    if any(lower(w) in family_particles() for w in words):
        return False  # `De la Court, P.`, `Van der Bank, J.`: a family's particles
    return words[0][:1].isupper() and is_organisation(" ".join(words))


def _initial_then_word(parts: list[str]) -> bool:
    """Whether an initial with its period (or initials run together, `Н.В. Ли`) comes before a
    capitalised word with small letters (`M. Öz`): the word is the family, however short (a
    two-letter word might be initials)."""
    first, word = parts
    initial = _INITIALS.fullmatch(first) is not None  # `M.`, or run together: `Н.В.`
    return initial and word.isalpha() and word[0].isupper() and word[1:].islower()


_NAME_WORDS: Final = 2  # a given name and a family after an office
_SHORT_ENDING: Final = 3  # letters of a father's name's ending shared with given names (`-улы`)
_PHRASE_WORDS: Final = 4  # words of a body's name in a phrase at least
_PHRASE_SMALL: Final = 2  # … of them in small letters, no particle nor hyphened word


def _phrased(parts: list[str]) -> bool:
    """Whether a name's words are a phrase, a body's (`Қазақстан Республикасындағы Адам
    құқықтары жөніндегі уәкіл`): four words or more, two in small letters that no particle or
    hyphened family (`al-Farabi`) explains."""
    if len(parts) < _PHRASE_WORDS:
        return False
    small = [w for w in parts if w.isalpha() and w.islower() and w not in family_particles()]
    return len(small) >= _PHRASE_SMALL


@functools.cache
def _office_words() -> frozenset[str]:
    """The last words of the `[words] office` phrases of every language, lower-cased."""
    return frozenset(lower(w.split()[-1]) for w in shipped_words("office"))


def _after_office(words: list[str]) -> list[str] | None:
    """The person's name after a head of state's office (`[words] office`), or None. With the
    country before the office every word after it is the name (`Kazakistan Cumhurbaşkanı Kasım
    Cömert Tokayev`); with the office first, a known given name opens the name (`Cumhurbaşkanı
    Recep Tayyip Erdoğan`), else the country follows in the genitive and the name is its last
    two words (`Президент Туркменистана Гурбангулы Бердымухамедов`), three with a father's name
    (`… Нурсултан Абишевич Назарбаев`). An office alone, before its country (`Президент
    Российской Федерации`) or inside a body's phrase (`President and Fellows of Harvard
    College`, `Агентии омори назди Президенти …`) names no person."""
    offices = _office_words()
    at = next((k for k in range(len(words) - 3, -1, -1) if lower(words[k]) in offices), None)
    if at is None or any(w.islower() for w in words):
        return None
    name = words[at + 1 :]
    if at == 0 and lower(name[0]) not in given_names():
        if lower(name[-2]).endswith(_father_endings()):
            name = name[-_NAME_WORDS - 1 :]
        elif len(name) == _NAME_WORDS + 1:
            name = name[1:]
        else:
            return None
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        return None
    return name


@functools.cache
def _father_endings() -> tuple[str, ...]:
    """A father's name's endings (`[names] patronymic`) longer than three letters: `-улы`
    closes Turkmen given names too (`Гурбангулы`)."""
    return tuple(e for e in patronymic_endings() if len(e) > _SHORT_ENDING)


def _split_name(written: str) -> Name:
    written = " ".join(written.split())  # a no-break space or a line break is a space
    named = without_honorifics(written)
    if named != written:
        return evolve(_split_name(named), written=written)  # the title is no part of the name
    held = _after_office(written.split()) if "," not in written else None
    if held is not None:
        return evolve(_split_name(" ".join(held)), written=written)  # the office is no name's
    bracketed = _BRACKETED_GIVEN.fullmatch(written) if written.endswith(")") else None
    head = bracketed["family"] if bracketed is not None else ""
    particled = any(lower(w) in family_particles() for w in head.split())  # `VAN DER BANK`
    if " " in head and not particled and is_organisation(head):
        bracketed = None  # `Federal State Statistics Service (Rosstat)`: a body and its acronym
    if bracketed is not None and not _seat(bracketed["given"]):
        return Name(family=bracketed["family"], given=bracketed["given"], written=written)
    if (
        "," in written
        and len(written.split()) > _BODY_LIST
        and (_headed_list(written) or body_before_comma(written))
    ):
        # `Aile, Çalışma ve Sosyal Hizmetler Bakanlığı`, `U.S. Congress, Senate, Committee on
        # Foreign Relations`: a body's commas list its fields or its units, no inverted name
        return Name(literal=written, written=written)
    if "," in written:
        family, given = (p.strip() for p in written.split(",", 1))
        return Name(family=family, given=given or None, written=written)
    if " " in written and lower(written.strip(" .,:")) in outlet_names():
        return Name(literal=written, written=written)  # `Daily Sabah`: an outlet signs its items
    parts = written.split()
    if len(parts) > 2 and parts[-1].rstrip(".") in generation_words():
        # `Martin Luther King Jr.`: the generation's word closes the name after its family, as
        # after the comma of `King, Martin Luther, Jr.`
        direct = _split_name(" ".join(parts[:-1]))
        if direct.family is not None and direct.given is not None:
            return evolve(direct, given=f"{direct.given}, {parts[-1]}", written=written)
    if len(parts) == _SON_NAME and lower(parts[0]) in son_words() and _family_word(parts[1]):
        # `Ibn Khaldun`, `Ибн ал-Асир`: "son of" opens the family
        return Name(family=written, written=written)
    if unsurnamed(parts):
        return Name(literal=written, written=written)  # `Kâşgarlı Mahmud`, `Rashīd al-Dīn`
    if len(parts) > 1 and lower(parts[-1]) in epithets() and parts[-1].islower():
        return Name(literal=written, written=written)  # `Бұхар жырау`: known by the epithet
    epithet = bool(parts) and lower(parts[-1]) in epithets() and parts[-1] not in rank_titles()
    if len(parts) >= _EPITHET_NAME and epithet:
        # `Yusuf Has Hacib`, `Ebulgazi Bahadır Han`: a name of three words or more closed by a
        # capitalised epithet is one name, whole (two, `Evliya Çelebi`, split as a name does)
        return Name(literal=written, written=written)
    if len(parts) > 1 and parts[-1] in rank_titles() and parts[-2][:1].isupper():
        # `Ahmet Cevdet Paşa`: a rank after the name joins the word before it, the family
        family = " ".join(parts[-2:])
        return Name(family=family, given=" ".join(parts[:-2]) or None, written=written)
    if len(parts) == 1 and (glued := _glued_initials(written)) is not None:
        return Name(family=glued[1], given=glued[0], written=written)  # `И.И.Иванов`
    if len(parts) > 1 and (
        is_initials(" ".join(parts[:-1]))
        or (all(_given_word(p) for p in parts[:-1]) and not is_organisation(written))
    ):
        glued = _glued_initials(parts[-1])
        if glued is not None:  # `A. M.Durdyev`, `Robert M.Hawley`: the last initial glued
            given = f"{' '.join(parts[:-1])} {glued[0]}"
            return Name(family=glued[1], given=given, written=written)
    if len(parts) == 1 or is_organisation(written) or _phrased(parts):
        return Name(literal=written, written=written)
    if headed_by_acronym(parts, organisation_words(), given_names()) or headed_by_demonym(
        parts, given_names()
    ):
        return Name(literal=written, written=written)  # `UNDP Kazakhstan`, `IOM Kyrgyzstan`
    caps = parts[-1].isalpha() and parts[-1].isupper() and len(parts[-1]) <= 3
    # an upper-case surname keeps its initials when it is clearly the longer word ("КУЛАГИН МИ")
    upper_family = parts[0].isupper() and len(parts[0]) > max(_SHORT_FAMILY, len(parts[-1]) + 1)
    if len(parts) == _SHORT_WORDS and _initial_then_word(parts):
        return Name(family=parts[1], given=parts[0], written=written)  # `M. Öz`, `A. Ak`
    if len(parts) == _SHORT_WORDS and caps_short_family(parts):
        return Name(family=parts[1], given=parts[0], written=written)  # `Emre ŞEN`, `Ercan CAN`
    if (
        len(parts) == 2
        and (caps or run_initials(parts[-1]))
        and (not parts[0].isupper() or (caps and upper_family))
    ):
        return Name(family=parts[0], given=parts[1], written=written)  # Vancouver "Smith JK"
    if short_family(parts):
        return Name(family=parts[1], given=parts[0], written=written)  # `Cem Ak`, `Ahmet Öz`
    if (trailing := _trailing_particles(parts)) is not None:
        return trailing
    # a family in capitals beside a given name and its initials (`KARPAT Kemal H.`, `Ali K.
    # YILMAZ`): the capitals are the family, not the words before the initials
    if (capitals := _capitals_family(parts, initials=True)) is not None:
        family = " ".join(parts[capitals[0] : capitals[1]])
        given = " ".join(parts[: capitals[0]] + parts[capitals[1] :])
        return Name(family=family, given=given, written=written)
    n = len(parts)
    if n > _SHORT_WORDS and all(_initial_then_word([p, parts[-1]]) for p in parts[:-1]):
        return Name(family=parts[-1], given=" ".join(parts[:-1]), written=written)  # `Т. С. Ли`
    # initials on one side, the family on the other, of one word or more ("Майлы ұлы А."); a
    # known given name before two letters with no period is a short family's (`Nicole Ng`)
    tail = next((i for i in range(1, n) if _initials(parts[i:], i > 1)), 0)
    if tail and not (n == 2 and parts[1].isalpha() and lower(parts[0]) in given_names()):
        return Name(family=" ".join(parts[:tail]), given=" ".join(parts[tail:]), written=written)
    if n == _SHORT_WORDS and family_first_by_family(*parts):
        # `Li Xiaohua`, `Xu Jianguo`: a two-letter family of the languages that write it first,
        # with no period, before a given name spelled in their syllables, is no initials
        return Name(family=parts[0], given=parts[1], written=written)
    head = next((i for i in range(n - 1, 0, -1) if _initials(parts[:i], n - i > 1)), 0)
    if head:
        while head > 1 and _particle(parts[head - 1]):
            head -= 1  # `J. De Vries`, `K. Di Maio`: a particle after the initials opens the family
        # `S. Frederick Starr`, `M. Ali Birand`, `A. Zeki Velidi Togan`
        head += given_after_initials(parts[head:])
        return Name(family=" ".join(parts[head:]), given=" ".join(parts[:head]), written=written)
    if (capitals := _capitals_family(parts)) is not None:
        family = " ".join(parts[capitals[0] : capitals[1]])
        given = " ".join(parts[: capitals[0]] + parts[capitals[1] :])
        return Name(family=family, given=given, written=written)
    if (
        len(parts) == 3
        and _fathers(parts[2])
        and not _fathers(parts[1])
        and lower(parts[0]) not in given_names()
    ):
        # `Мельников Игорь Петрович`: the father's name closes a family-first name; a known
        # given name first is a family in `-ович` after two given names (`Мария Луиза Сокович`)
        return Name(family=parts[0], given=" ".join(parts[1:]), written=written)
    if (
        len(parts) >= _WHOLE_NAME_WORDS
        and _given_only(" ".join(parts[1:]))
        and lower(parts[0]) not in given_names()
        and parts[0][:1].isupper()
        and has_cyrillic(parts[0])
    ):
        # `Наршахӣ Абӯбакр Муҳаммад`: known given names after a word that is none, as a
        # classical name is written whole in Cyrillic, its family (or nisba) first (a Latin
        # name's family is often a given name too: `Ali İhsan Turgut`, `Ian James Scott`)
        return Name(family=parts[0], given=" ".join(parts[1:]), written=written)
    if (
        len(parts) == _TWO_FAMILIES_FIRST
        and lower(parts[2]) in distinct_family_first_given()
        and given_names().isdisjoint(lower(p) for p in parts[:2])
    ):
        # `Pálóczi Horváth András`: a family of two words before a given name only the Latin
        # languages that write names family first spell so, neither of its words a given name
        # (`Zahiriddin Muhammad Bobur`, `Muhammad Taqi Bahar` keep their order)
        return Name(family=" ".join(parts[:2]), given=parts[2], written=written)
    if len(parts) == 2 and (
        _given_first(parts) or family_first_by_ending(*parts) or family_first_by_family(*parts)
    ):
        return Name(family=parts[0], given=parts[1], written=written)  # `Иванов Иван`, `Mori Masao`
    if (
        len(parts) == _FAMILY_FIRST_WORDS
        and lower(parts[-1]) in family_suffixes()
        and parts[-1].islower()
        and lower(parts[0]) not in given_names()
    ):
        # `Məmmədov Əli Hüseyn oğlu`: family, given and the father's name with its word, as
        # official names are written; a given name first is `Heydər Əlirza oğlu Əliyev`'s order
        return Name(family=parts[0], given=" ".join(parts[1:]), written=written)
    if len(parts) == 2 and _particle(parts[0]) and parts[0][:1].islower():
        # `de Gaulle`, `van Bruinessen`: a particle and a family, no given name (a short
        # form's); a capitalised one may be a given name (`Van Jones`, `Al Gore`)
        return Name(family=" ".join(parts), given=None, written=written)
    cut = -2 if len(parts) > 2 and lower(parts[-1]) in family_suffixes() else -1
    while len(parts) + cut > 1 and _particle(parts[cut - 1]):
        cut -= 1  # `Jan de Vries`, `Vincent van Gogh`: the particle opens the family
    return Name(family=" ".join(parts[cut:]), given=" ".join(parts[:cut]), written=written)


@functools.cache
def _seats() -> frozenset[str]:
    """The places a body is cited with in brackets (`UNESCO (Paris)`): the shipped languages'
    cities and the world's countries, casefolded."""
    return frozenset(c.casefold() for c in shipped_words("cities")) | country_names()


def _seat(given: str) -> bool:
    """Whether a bracketed word after a name is a place, a body's seat, not a given name."""
    return given.casefold() in _seats()


def _trailing_particles(parts: list[str]) -> Name | None:
    """`Humboldt A. von`, `Гумбольдт А. фон`, `Сосюр Ф. де`: a family, its initials, then the
    family's particle in lower case, as GOST and library catalogues invert a particled name
    (`Humboldt, A. von`); the particle goes with the given name, as after the comma."""
    k = len(parts)
    while k > 2 and parts[k - 1].islower() and lower(parts[k - 1]) in family_particles():
        k -= 1
    if k == len(parts) or not _initials(parts[1:k], False):
        return None
    written = " ".join(parts)
    return Name(family=parts[0], given=" ".join(parts[1:]), written=written)


def _given_word(word: str) -> bool:
    """Whether `word` is a given name as written (`Robert`): a capital, then small letters."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _glued_initials(word: str) -> tuple[str, str] | None:
    """The initials and the family of a name typed with no space after its initials'
    periods (`И.И.Иванов`, `A.B.Smith`, `Б.Тұрғараев`), or None."""
    dot = word.rfind(".")
    head, family = word[: dot + 1], word[dot + 1 :]
    if dot < 1 or not is_initials(head) or len(family) < _GLUED_FAMILY:
        return None
    plain = family.replace("-", "").replace("'", "").replace("’", "")
    return (head, family) if plain.isalpha() and family[0].isupper() else None


def _latin(word: str) -> bool:
    """Whether a word is in Latin letters up to Latin Extended-B (`Çelik`, `Ýazmuhammet`)."""
    return all(ord(c) < _LATIN_END for c in word)


def _particle(word: str) -> bool:
    """Whether a word inside a name in direct order is a family's particle, written in lower
    case or capitalised as English writes it (`Tara De Cabrera`, `Vincent Van Gogh`)."""
    return (word.islower() or word.istitle()) and lower(word) in family_particles()


def _capitals_family(parts: list[str], *, initials: bool = False) -> tuple[int, int] | None:
    """The words of a family written in capitals among given names that are not, at either
    end (`SAPARDURDYÝEW Begli`, `Hilayda Yasan ZENGİN AVCI`): French, Turkish and Russian
    lists write the family so, whatever its place. With `initials`, the given names hold
    initials with their periods too, beside one whole given name at least (`KARPAT Kemal H.`).
    None for an acronym's length (`BBC`) or a Roman numeral (`Henry VIII`)."""

    def upper(word: str) -> bool:
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        return letters.isalpha() and letters.isupper() and len(letters) > _SHORT_FAMILY

    def lower_case(word: str) -> bool:
        return word[:1].isupper() and any(c.islower() for c in word) and word.isalpha()

    flags = [upper(p) for p in parts]
    if not any(flags) or all(flags) or any(_ROMAN.fullmatch(p) for p in parts):
        return None
    first = flags.index(True)
    last = len(flags) - flags[::-1].index(True)
    if not all(flags[first:last]) or (first and last < len(parts)):
        return None  # the capitals run is not one block at an end of the name
    rest = parts[:first] + parts[last:]
    if initials:
        marked = [p for p in rest if not lower_case(p)]
        if not marked or len(marked) == len(rest) or not _initials(marked, marked=True):
            return None
        return first, last
    return (first, last) if all(lower_case(p) for p in rest) else None


def _given_first(parts: list[str]) -> bool:
    """Whether two words are a family and a given name, family first, as the Cyrillic-script
    languages' lists write them: the second a known given name of such a language (its file's
    `script`), the first no given name (`Иванов Иван`, `Іваненко Роман`; `Melissa Francis`
    keeps its order)."""
    first, second = (lower(p) for p in parts)
    return second in family_first_given_names() and first not in given_names()


def _fathers(word: str) -> bool:
    """Whether a capitalised word ends as a father's name does (`Петрович`, `Әбішұлы`)."""
    folded = lower(word)
    letters = folded.translate(_NO_MARKS)  # `Abdug'aniyevich`: the apostrophe is a letter's mark
    return word[:1].isupper() and letters.isalpha() and folded.endswith(patronymic_endings())


def fathers_name(word: str) -> bool:
    """Whether a capitalised word ends as a father's name does (`Петрович`, `Әбішұлы`): the
    `[names] patronymic` endings of the language files."""
    return _fathers(word)


def _initials(words: list[str], marked: bool) -> bool:
    """Whether `words` are initials; `marked`, each with its period or a lone capital ("Ия",
    "Le" are names too: only written so do they leave a family of two words)."""
    return is_initials(" ".join(words)) and (
        not marked or all(w.endswith(".") or len(w) == 1 for w in words)
    )


def _words_only(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and all(w.isalpha() and w[0].isupper() for w in words)


def direct_pairs(names: Sequence[Name]) -> tuple[Name, ...]:
    """A list that writes its names in direct order (`Robert Cox, Ryan Jones, and Curtis
    Mccann`): a name read as `Family, Given` with two words or more on each side of its
    comma and no initials is two names in direct order, like the list's others."""
    direct = any(
        n.family and n.written and "," not in n.written and len(n.written.split()) >= 2
        for n in names
    )
    if not direct:
        return tuple(names)
    out: list[Name] = []
    for name in names:
        parts = (name.written or "").split(",")
        split = len(parts) == 2 and all(_words_only(p) for p in parts)
        if name.family and split and not inverted_first(parts[0], parts[1].strip()):
            out.extend(to_name(p.strip()) for p in parts)
        else:
            out.append(name)
    return tuple(out)
