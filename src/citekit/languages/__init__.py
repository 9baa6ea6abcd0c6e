"""Language data: one TOML file per language, loaded, validated and cached as a `Language`.

Month and weekday names come from CLDR through babel; the TOML file holds what CLDR lacks
(older or regional month names, ibid words, access-date labels, note headings, year markers).
A new language is a new file in ``data/`` (or any folder passed to `load_language`): no code.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Final

from attrs import field, fields, frozen
from babel import Locale, UnknownLocaleError

from citekit.errors import LanguageDataError, UnknownLanguageError
from citekit.languages import plain as spelling
from citekit.languages.days import format_day
from citekit.languages.plain import endings_plainly, latin_letters, plain_letters, typed_plainly
from citekit.languages.reading import (
    LEGAL_KEYS,
    LEGAL_LEVELS,
    _alphabets,
    _cldr_months,
    _cldr_weekdays,
    _legal,
    _letter_table,
    _letters,
    _lowercase_words,
    _month_table,
    _priors,
    _romanizations,
    _separators,
    _strings,
    _table,
    _type_words,
)
from citekit.languages.words import Words

__all__ = [
    "LEGAL_KEYS",
    "LEGAL_LEVELS",
    "Language",
    "Words",
    "available_languages",
    "country_names",
    "format_day",
    "language",
    "load_language",
    "region_names",
    "shipped_type_words",
    "shipped_words",
]

_ORDERS: Final = ("DMY", "MDY", "YMD")


# the [words] keys of a language file, in the order of `Words` ("in" fills `in_`)
_WORD_KEYS: Final = tuple(field.name.rstrip("_") for field in fields(Words))
# words of a sentence, not of a note's markers: a titles_only language lists none of them
_SENTENCE_WORDS: Final = ("and", "et_al", "year", "ordinal_suffixes", "not_found", "bot_wall")


@frozen(eq=False)
class Language:
    """Everything citekit knows about one language, merged from CLDR and its data file.

    `months[m]` lists full month names (every CLDR width-context form plus extras) and
    `month_abbreviations[m]` the short forms, which are only matched whole.
    """

    code: str
    name: str
    script: str
    numeric_order: str
    slash_order: str
    months: Mapping[int, tuple[str, ...]]
    month_abbreviations: Mapping[int, tuple[str, ...]]
    weekdays: Mapping[int, tuple[str, ...]]
    words: Words
    terms: Mapping[str, str]
    alphabets: Mapping[str, str]
    common_words: tuple[str, ...]
    endings: tuple[str, ...]
    clusters: tuple[str, ...]
    prior: int
    script_priors: Mapping[str, int]
    romanizations: Mapping[str, Mapping[str, str]]
    dotted_i: bool
    source: str
    title_lowercase: tuple[str, ...] = ()  # words title case keeps lower ("of", "through")
    cldr: str | None = None
    vowel_letters: str = ""  # letters also written as vowels before a consonant (Turkmen y)
    consonants: str = ""  # the consonants that tell such a vowel letter apart
    # letters a long title that writes one of `frequent_with` writes at least one of
    # (Kazakh `і қ ғ ұ` beside `ә ө ү һ`: `Кыргыз тилиндеги сөз жасоо` is not Kazakh)
    frequent_letters: str = ""
    frequent_with: str = ""
    # [langid] first_syllable_letters: vowel letters the language writes only in a word's first
    # syllable, never again after a consonant (Kazakh `өмір`, `көшпелі`, `түркі`), where its
    # neighbours' rounding writes them on (Kyrgyz `өмүр`, `көчмөн`, `түркүм`)
    first_syllable_letters: str = ""
    # [langid] rounding_letters: vowel letters the language's rounding writes on after a
    # consonant, syllable after syllable (Kyrgyz `көчмөн`, `түркүмдөрү`, `өнүгүү`)
    rounding_letters: str = ""
    # letter groups its spelling never writes, having a letter of its own for the sound
    # (Turkmen `ş`, `ž`: a title with `sh`, `zh` is romanised Kazakh or English)
    absent_clusters: tuple[str, ...] = ()
    # letter groups of the language's own words, counted outside a title's names (Kazakh `кы`:
    # `Кызылорда` keeps it in a Russian title)
    word_clusters: tuple[str, ...] = ()
    # [langid] small_words: frequent words counted only written in small letters, which a
    # capital makes another language's name (romanised Kazakh `jane`: English `Jane Eyre`)
    small_words: tuple[str, ...] = ()
    # [langid] romanised_joiners: the particles joining a romanised title's words (Japanese
    # `no`, `ni`, `to`: `… no kenkyū`), telling Chinese from Japanese (`langid_romanised`)
    romanised_joiners: tuple[str, ...] = ()
    # [langid] long_vowels: a romanisation's long vowels (Hepburn's `ō`, `ū`: `Chūō Ajia shi`)
    long_vowels: str = ""
    # per letter, the letters no word of the language writes after it (Kazakh spells a word
    # with `і` by front harmony, its suffixes too: no `о`, `я`, `ь` after it, as `Лісова` has)
    never_after: Mapping[str, str] = field(factory=dict)
    # per letter another keyboard has, the language's own letter it is typed for (Turkmen
    # `y` typed `ı`, `ň` typed `ñ` on a Turkish keyboard: `Umumı dil bilimi`)
    typed_for: Mapping[str, str] = field(factory=dict)
    stem_vowels: str = ""  # letters an inflected month name changes at its end (ноябрь: ноябре)
    # [months] joiners: words a date writes between its day, month and year (Spanish and
    # Portuguese `de`: `3 de mayo de 2021`), read by the date reader only
    month_joiners: tuple[str, ...] = ()
    # [types]: words that tell the kind of work cited (`{"report": ("Raporu", ...)}`)
    type_words: Mapping[str, tuple[str, ...]] = field(factory=dict)
    # [names] organisation: head words of a body that signs a work ("Bakanlığı"; name decoding)
    organisation_words: tuple[str, ...] = ()
    organisation_ends: tuple[str, ...] = ()  # [names] organisation_end: `Freedom House`
    organisation_abbreviated: tuple[str, ...] = ()  # [names] GOST's head word: `ун-т`
    body_units: tuple[str, ...] = ()  # [names] body_unit: a unit's head word (`Subcommittee`)
    # [langid] endings as the file writes them, without their plain spellings (`endings` holds
    # both): read where a title typed with the language's own letters is weighed
    written_endings: tuple[str, ...] = ()
    # [langid] spells_plainly: the languages whose words typed without their own letters this
    # one writes in its own spelling (Kyrgyz `тилинин`, `маселеси`, `-дагы`: Kazakh typed
    # plainly), read where a title's words are weighed (`langid_profiles`)
    spells_plainly: tuple[str, ...] = ()
    # [names] body_acronym: the acronyms international and state bodies are cited by ("UN",
    # "OSCE", "ОБСЕ", "TİKA"), read by name decoding alone: one heading a name makes the whole
    # name a body's (`UN Women`, `WHO Europe`, `OSCE ODIHR`), never a person's initials
    body_acronyms: tuple[str, ...] = ()
    # [names] family_suffix: words that close a family name of two words, the father's name
    # before them ("Майлы ұлы", "Әуез қызы", "Öwez ogly"), read by name decoding alone
    family_suffixes: tuple[str, ...] = ()
    # [names] family_ending: endings only a family name has ("ов", "ова", "-ov", "-ýew",
    # "-ұлы"), read by name decoding alone: of two words one alone ending so is the family,
    # whichever side it stands (`Ahmedov Bekzod`, a given name the lexicon lacks)
    family_endings: tuple[str, ...] = ()
    # [names] patronymic: endings of a father's name written after the given name, read by
    # name decoding alone: "Мельников Игорь Петрович" is family first, not "… Петрович"
    patronymic_endings: tuple[str, ...] = ()
    # [names] case_endings: a family name's case endings in prose ("Абдирова"; op. cit.'s author)
    case_endings: tuple[str, ...] = ()
    # [names] particle: words opening a family name ("van", "von", "al"): "Van Dyke, John Paul"
    # is one name; `Wilhelm von Humboldt` in a Turkish title tells no German to langid
    family_particles: tuple[str, ...] = ()
    # [names] article: an Arabic name's article, glued to its family name by a hyphen ("al",
    # "el": `al-Ṭabarī, Muḥammad`), read by the decoder alone
    name_articles: tuple[str, ...] = ()
    # [names] son: the word that joins an Arabic name's parts, "son of" ("ibn", "bin": `Muḥammad
    # ibn Jarīr`), read by the decoder alone: the name goes on after it
    name_sons: tuple[str, ...] = ()
    # [names] vowels: the language's vowel letters, read by the decoder alone: an initial of
    # two letters with none of them is a digraph's (`Дж.`, `Sh.`), not a word of two letters
    name_vowels: str = ""
    # [names] given: common given names, read where a name's order is unclear from its form
    # ("García Márquez, Gabriel José" is one inverted name; "Jan Kowalski" is no January)
    given_names: tuple[str, ...] = ()
    # [names] generation: a generation's word after a name and its comma ("Jr.", "Sr."), read
    # by the decoder alone: the name's last part, not the title's first word
    generation_words: tuple[str, ...] = ()
    # [names] apostrophe_letters: letters one with an apostrophe (Uzbek `oʻ`, `gʻ`, typed `o'`)
    apostrophe_letters: tuple[str, ...] = ()  # read by the tokenizer's caller: `Yo'ldosh`
    # [names] family_first: lists write family first (`Safarov Yo'ldosh`): two words, the second
    family_first: bool = False  # one of its `given` names, are family and given (splitting only)
    # [names] family_first_dated: author-date lists write family first before a bare year
    family_first_dated: bool = False  # (French, Italian: `Roy Olivier, 1997, La nouvelle Asie`)
    # [names] family: family names of a language writing names family first in any text (`Wang`,
    # `Mori`, `Kim`), read by name splitting: such a family before an unknown given name is one
    family_names: tuple[str, ...] = ()
    # [names] named_after: a word naming a body after a person written before it ("атындағы",
    # "adyndaky"), read by the decoder alone: `Ш. Уәлиханов атындағы … университеті` is one body
    named_after: tuple[str, ...] = ()
    # [names] named_for: a word after a body's name that names it for a person written after
    # it ("имени", "им."), read by the decoder alone: `Институт … имени Ч. Ч. Валиханова`
    named_for: tuple[str, ...] = ()
    # [names] epithet: a word a person is known by after the name ("жырау", "ақын", "Efendi":
    # `Бұхар жырау`), read by the decoder alone: the name's last word, never a title's
    epithets: tuple[str, ...] = ()
    # [names] origin_ending ("lı": `Kâşgarlı Mahmud`, a home town's word before a name; its
    # origin_harmony) and laqab (`Rashīd al-Dīn`): no family (name splitting alone)
    origin_endings: tuple[str, ...] = ()
    origin_harmony: tuple[str, ...] = ()
    laqabs: tuple[str, ...] = ()
    # [names] rank: a rank or courtesy title written after a name ("Paşa", "Efendi", "Hanım"),
    # read by name decoding alone: with the name before it, the family a person is known by
    rank_titles: tuple[str, ...] = ()
    # [names] honorific: academic and courtesy titles written before a name ("Prof. Dr.",
    # "Doç.", "проф.", "д-р"), read by name decoding alone: no part of the name
    honorifics: tuple[str, ...] = ()
    # [language_marks]: how a note marks a source's language in brackets ("(рус.)", "(in
    # Russian)"), keyed by the marked language's code, read by field decoding alone
    language_marks: Mapping[str, tuple[str, ...]] = field(factory=dict)
    # [legal]: the words of laws' numbers and archival shelf marks ("law", "number", "section",
    # "fond", "leaf" …), read by `citekit.citations.legal` (not a feature of the note tagger;
    # its decoder reads the law's kinds to tell a legal act's head: `tagger/acts.py`)
    legal: Mapping[str, tuple[str, ...]] = field(factory=dict)
    # titles_only: a language citekit tells a cited title in (`citekit.langid`), not one whose
    # sentence words it reads; it may list its notes' markers (ibid, access, page, role words)
    # and months, read only between a day and a year (`3 de mayo de 2021`), never by the tagger
    titles_only: bool = False
    ordinal_period: bool = False  # an ordinal is `19.` (`19. Yüzyıl`): a title may open on one
    # [langid] printed_by_neighbours: the language's books come out under houses named in the
    # languages around it (Russian's across the former USSR: `Бишкек: Илим`, `Алматы: Ғылым`),
    # so a publisher's name tells nothing against a title whose own evidence leans to it
    printed_by_neighbours: bool = False
    # [typing] plain: the letters an editor without the language's keyboard types as plain
    # ones ("ı" = "i", "қ" = "к"); every word list above also holds its words so typed
    plain_letters: Mapping[str, str] = field(factory=dict)
    # the language's name in English ("Kazakh" where `name` is "Қазақша"): what citekit's
    # messages, written in English, call it (`english_name` in the file, else CLDR's)
    english_name: str = ""
    # fixed_separators: the marks of a numeric date (`.`) after which the language's notes
    # write only its own order (GOST's, İSNAD's and DIN's `05.03.2020` is day.month.year): such
    # a date is read by that order and is not ambiguous
    fixed_separators: tuple[str, ...] = ()


def _flag(table: Mapping[str, Any], key: str, where: str) -> bool:
    """A table's true-or-false value (false when absent)."""
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise LanguageDataError(where, f"[names] {key} must be true or false")
    return value


def _build(data: Mapping[str, Any], where: str) -> Language:
    code = data.get("code")
    if not isinstance(code, str) or not code:
        raise LanguageDataError(where, "'code' must be a non-empty string")
    cldr = data.get("cldr")
    if cldr is not None:
        try:
            Locale.parse(cldr)
        except (UnknownLocaleError, ValueError, TypeError) as exc:
            raise LanguageDataError(where, f"CLDR has no locale {cldr!r}") from exc
    order = data.get("numeric_order", "DMY")
    slash = data.get("slash_order", order)
    if order not in _ORDERS or slash not in _ORDERS:
        raise LanguageDataError(where, f"numeric_order and slash_order must be one of {_ORDERS}")
    months = data.get("months", {})
    full, short = _cldr_months(cldr)
    for month, names in _month_table(months.get("extra", {}), "extra", where).items():
        full[month].extend(names)
    for month, names in _month_table(
        months.get("abbreviations", {}), "abbreviations", where
    ).items():
        short[month].extend(names)
    titles_only = bool(data.get("titles_only", False))
    if titles_only and (cldr or set(data.get("words", {})) & set(_SENTENCE_WORDS)):
        raise LanguageDataError(
            where, f"a titles_only language has no cldr nor {', '.join(_SENTENCE_WORDS)}"
        )
    if not titles_only and not all(full.values()):
        raise LanguageDataError(where, "every month needs a name (give 'cldr' or months.extra)")
    words_data = data.get("words", {})
    unknown = sorted(set(words_data) - set(_WORD_KEYS))
    if unknown:
        raise LanguageDataError(where, f"unknown key(s) in [words]: {', '.join(unknown)}")
    letters = plain_letters(_table(data, "typing", where), where)
    kept = frozenset(_strings(_table(data, "typing", where), "kept", where))
    plain = typed_plainly(letters, kept)
    # a label written after its number (`178-қ.`, `32-іс`) is one however short: typed plainly
    # (`178-к.`, `32-ис`) it is still no initial
    glued = typed_plainly(letters, kept, shortest=1)
    latin = typed_plainly(letters, kept, latin=latin_letters(_table(data, "typing", where), where))
    read = functools.partial(_strings, words_data, where=where)
    words = Words(*spelling.latin_lists(read, _WORD_KEYS, plain, latin))  # `Qarańyz` too
    terms = data.get("terms", {})
    if not isinstance(terms, Mapping) or not all(isinstance(v, str) for v in terms.values()):
        raise LanguageDataError(where, "[terms] must map names to strings")
    langid = data.get("langid", {})
    named = _table(data, "names", where)
    return Language(
        code=code,
        name=str(data.get("name", code)),
        script=str(data.get("script", "Latn")),
        numeric_order=order,
        slash_order=slash,
        months={m: plain(tuple(dict.fromkeys(v))) for m, v in full.items()},
        # abbreviations as written: a short one typed plainly is another word (`қаз` as `каз`)
        month_abbreviations={m: tuple(dict.fromkeys(v)) for m, v in short.items()},
        weekdays=_cldr_weekdays(cldr),
        words=words,
        terms=dict(terms),
        alphabets=_alphabets(langid.get("alphabet", {}), where),
        common_words=plain(_strings(langid, "common", where)),
        endings=endings_plainly(_strings(langid, "endings", where), plain),
        clusters=_strings(langid, "clusters", where),
        prior=int(langid.get("prior", 1)),
        script_priors=_priors(langid.get("script_prior", {}), where),
        romanizations=_romanizations(data.get("romanize", {}), where),
        dotted_i=bool(data.get("dotted_i", False)),
        source=where,
        title_lowercase=plain(_lowercase_words(data.get("casing", {}), where)),
        cldr=cldr,
        vowel_letters=_letters(langid, "vowel_letters", where),
        consonants=_letters(langid, "consonants", where),
        frequent_letters=_letters(langid, "frequent_letters", where),
        frequent_with=_letters(langid, "frequent_with", where),
        first_syllable_letters=_letters(langid, "first_syllable_letters", where),
        rounding_letters=_letters(langid, "rounding_letters", where),
        absent_clusters=_strings(langid, "absent_clusters", where),
        word_clusters=_strings(langid, "word_clusters", where),
        small_words=_strings(langid, "small_words", where),
        romanised_joiners=_strings(langid, "romanised_joiners", where),
        long_vowels=_letters(langid, "long_vowels", where),
        never_after=_letter_table(langid, "never_after", where),
        typed_for=_letter_table(langid, "typed_for", where),
        stem_vowels=_letters(months, "stem_vowels", where, "months"),
        month_joiners=_strings(months, "joiners", where),
        type_words={k: latin(v) for k, v in _type_words(data.get("types", {}), where).items()},
        organisation_words=plain(_strings(named, "organisation", where)),
        organisation_ends=plain(_strings(named, "organisation_end", where)),
        organisation_abbreviated=plain(_strings(named, "organisation_abbreviated", where)),
        body_units=plain(_strings(named, "body_unit", where)),
        body_acronyms=plain(_strings(named, "body_acronym", where)),
        written_endings=_strings(langid, "endings", where),
        spells_plainly=_strings(langid, "spells_plainly", where),
        family_suffixes=plain(_strings(named, "family_suffix", where)),
        family_endings=plain(_strings(named, "family_ending", where)),
        family_particles=plain(_strings(named, "particle", where)),
        name_articles=plain(_strings(named, "article", where)),
        name_sons=plain(_strings(named, "son", where)),
        name_vowels=_letters(named, "vowels", where, "names"),
        patronymic_endings=plain(_strings(named, "patronymic", where)),
        case_endings=plain(_strings(named, "case_endings", where)),
        given_names=plain(_strings(named, "given", where)),
        honorifics=plain(_strings(named, "honorific", where)),
        epithets=plain(_strings(named, "epithet", where)),
        origin_endings=plain(_strings(named, "origin_ending", where)),
        origin_harmony=_strings(named, "origin_harmony", where),
        laqabs=plain(_strings(named, "laqab", where)),
        rank_titles=plain(_strings(named, "rank", where)),
        generation_words=plain(_strings(named, "generation", where)),
        apostrophe_letters=plain(_strings(named, "apostrophe_letters", where)),
        family_first=_flag(named, "family_first", where),
        family_first_dated=_flag(named, "family_first_dated", where),
        family_names=plain(_strings(named, "family", where)),
        named_after=plain(_strings(named, "named_after", where)),
        named_for=plain(_strings(named, "named_for", where)),
        language_marks={
            k: plain(v)
            for k, v in _type_words(data.get("language_marks", {}), where, "language_marks").items()
        },
        legal={
            k: (glued if k.endswith("_after") else plain)(v)
            for k, v in _legal(data.get("legal", {}), where).items()
        },
        titles_only=titles_only,
        ordinal_period=bool(data.get("ordinal_period", False)),
        printed_by_neighbours=bool(langid.get("printed_by_neighbours", False)),
        plain_letters=letters,
        english_name=_english_name(data, code),
        fixed_separators=_separators(data, where),
    )


def _english_name(data: Mapping[str, Any], code: str) -> str:
    """The language's name in English: `english_name`, CLDR's, or its own `name`."""
    given = data.get("english_name")
    if isinstance(given, str) and given:
        return given
    return str(Locale("en").languages.get(code) or data.get("name", code))


def load_language(path: str | Path) -> Language:
    """Load and validate a language file from any path (a sixth language needs only this)."""
    where = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise LanguageDataError(where, exc.strerror or str(exc)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LanguageDataError(where, f"not valid TOML: {exc}") from exc
    return _build(data, where)


@functools.cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages shipped with citekit, sorted (the data folder is read once)."""
    folder = resources.files("citekit.languages") / "data"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@functools.cache
def language(code: str) -> Language:
    """The shipped language with this code; raises `UnknownLanguageError` for others."""
    if code not in available_languages():
        raise UnknownLanguageError(code)
    resource = resources.files("citekit.languages") / "data" / f"{code}.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return _build(data, f"citekit/languages/data/{code}.toml")


def shipped_words(key: str) -> set[str]:
    """The words every shipped language lists under `key`, a `Words` field ("and_", "ibid")."""
    return {w for code in available_languages() for w in getattr(language(code).words, key)}


def shipped_type_words(key: str) -> set[str]:
    """The words every shipped language lists under `[types] key` ("report", "thesis")."""
    return {w for code in available_languages() for w in language(code).type_words.get(key, ())}


@functools.cache
def country_names() -> frozenset[str]:
    """Every shipped language's names of countries, casefolded: CLDR's two-letter territories
    and the `[words] countries` CLDR lacks ("USA", "Turkey")."""
    names: set[str] = set(shipped_words("countries"))
    for code in available_languages():
        cldr = language(code).cldr
        if cldr is None:
            continue
        territories = Locale.parse(cldr).territories
        names.update(v for k, v in territories.items() if len(k) == 2 and k.isalpha())
    return frozenset(n.casefold() for n in names)


@functools.cache
def region_names() -> frozenset[str]:
    """The names of the world's regions in every shipped language with a CLDR locale (CLDR's
    numbered territories: "Central Asia", "Европа"), casefolded."""
    names: set[str] = set()
    for code in available_languages():
        cldr = language(code).cldr
        if cldr is not None:
            territories = Locale.parse(cldr).territories
            names.update(v for k, v in territories.items() if k.isdigit())
    return frozenset(n.casefold() for n in names)
