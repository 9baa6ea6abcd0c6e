"""Language data: one TOML file per language, loaded, validated and cached as a `Language`.

Month and weekday names come from CLDR through babel; the TOML file holds what CLDR lacks
(older or regional month names, ibid words, access-date labels, note headings, year markers).
A new language is a new file in ``data/`` (or any folder passed to `load_language`): no code.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import field, fields, frozen
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_day_names, get_month_names

from citekit.errors import LanguageDataError, UnknownLanguageError
from citekit.languages.plain import endings_plainly, plain_letters, typed_plainly

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
    "shipped_type_words",
    "shipped_words",
]

_ORDERS = ("DMY", "MDY", "YMD")
# [legal]: the levels of an archive's shelf mark, widest first, and every key of the table
LEGAL_LEVELS = ("fond", "series", "inventory", "box", "file", "item", "leaf")
LEGAL_KEYS = frozenset(
    {"law", "number", "number_after", "section", "section_after", "verso", "archive"}
    | {"gazette", "gazette_date", "gazette_issue"}
    | {"case_number", "standard"}
    | set(LEGAL_LEVELS)
    | {f"{level}_after" for level in LEGAL_LEVELS}
)


@frozen
class Words:
    """Words a language uses in notes; each tuple is ordered, preferred form first."""

    ibid: tuple[str, ...]
    opcit: tuple[str, ...]
    accessed: tuple[str, ...]
    archived: tuple[str, ...]
    notes_heading: tuple[str, ...]
    bibliography_heading: tuple[str, ...]  # a reference list, kept apart from the notes
    other_heading: tuple[str, ...]  # section headings that end a note list ("See also")
    edit_words: tuple[str, ...]  # a wiki's "edit" link glued to a pasted heading
    backlink_words: tuple[str, ...]  # a wiki's "jump back" words before a note's back links
    year: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    page: tuple[str, ...]
    volume: tuple[str, ...]
    issue: tuple[str, ...]
    and_: tuple[str, ...]
    et_al: tuple[str, ...]
    not_found: tuple[str, ...]  # what a "page not found" page says (soft 404s)
    online: tuple[str, ...]  # "[Электронный ресурс]": the marker of an online source
    places: tuple[str, ...]  # abbreviated places of publication ("М.", "СПб.")
    bot_wall: tuple[str, ...] = ()  # what a robot check says ("Checking your browser")
    # what the note tagger reads as features and the type inference as cues
    publisher: tuple[str, ...] = ()  # words in publishers' names ("Yayınları", "Press")
    edition: tuple[str, ...] = ()  # "изд.", "baskı", "edn"
    editor: tuple[str, ...] = ()  # "под ред.", "haz.", "eds."
    translator: tuple[str, ...] = ()  # "пер.", "çev.", "trans."
    extent: tuple[str, ...] = ()  # unit words after a total page count ("с.", "б.", "p.")
    see: tuple[str, ...] = ()  # prefixes pointing at a source ("См.", "Bkz.", "See")
    cities: tuple[str, ...] = ()  # places of publication written in full
    in_: tuple[str, ...] = ()  # what opens a host volume ("In:", "içinde", "//")
    in_after: tuple[str, ...] = ()  # … of them, those written after the host ("… içinde")
    thesis: tuple[str, ...] = ()  # cue words of a thesis ("диссертация", "tezi")
    legislation: tuple[str, ...] = ()  # laws and decrees ("Закон", "Kanunu")
    conference: tuple[str, ...] = ()  # proceedings ("конференции", "Sempozyumu")
    archive: tuple[str, ...] = ()  # archival references ("Ф.", "Оп.", "Д.")
    encyclopedia: tuple[str, ...] = ()  # "Википедия", "Ansiklopedisi"
    video: tuple[str, ...] = ()  # "YouTube", "видео"
    newspaper: tuple[str, ...] = ()  # newspapers and news agencies' words ("газета", "Haber")
    journal: tuple[str, ...] = ()  # words in journals' names ("Journal", "Вестник", "Dergisi")
    news_path: tuple[str, ...] = ()  # a news site's address part ("/news/", "/haber/", "/novosti/")
    law_path: tuple[str, ...] = ()  # a site's section of laws, as a word's start ("/zakon…/")
    page_path: tuple[str, ...] = ()  # a site's own pages, as a path segment ("about", "sayfa")
    accessed_after: tuple[str, ...] = ()  # a word after the access date ("… tarihinde … alındı")
    # what follows an address to say the work was read there ("… adresinden erişildi")
    retrieved_after: tuple[str, ...] = ()
    # abbreviations a title may end with, whose period is the title's ("1980-е гг.", "XX ст.")
    closing_abbreviations: tuple[str, ...] = ()
    # the role words of a contributor a record has no field for, read by the decoder only:
    # an illustrator, a preface's author ("худож.", "авт. предисл.", "суретші", "resimleyen")
    contributor: tuple[str, ...] = ()
    # the seasons a periodical's issue is dated by, read by the decoder only ("Güz 2019",
    # "Spring 2008"): a date's word, never a place's or a name's
    seasons: tuple[str, ...] = ()
    # the seasons that date an issue numbered alone, read by the decoder only: İSNAD's lone
    # number before them is the issue ("Bilig 88 (Kış 2019)"), not a volume
    issue_seasons: tuple[str, ...] = ()
    # the words written after a number and its hyphen that say the number is an issue's or a
    # volume's, read by the decoder only ("7-сан", "2-шығарылым", "3-том")
    issue_after: tuple[str, ...] = ()
    volume_after: tuple[str, ...] = ()
    # a multi-volume set's count inside a title, read by the decoder only: the preposition
    # before the count and its volume word ("в 5 т."), and the word after a count that says
    # "of N volumes" ("5 томдық", "3 ciltlik"); neither is the title's nor the volume
    volumes_in: tuple[str, ...] = ()
    volumes_counted: tuple[str, ...] = ()
    # page words that, written after one number, count the whole's pages, read by the decoder
    # only: this language writes a cited page's word before its number ("352 s." / "s. 45")
    extent_counted: tuple[str, ...] = ()
    # words that qualify an edition before its number, read by the decoder only
    # ("Genişletilmiş 2. Baskı", "Revised 3rd ed."): the edition's, never the title's
    edition_kind: tuple[str, ...] = ()
    # the words of a part within a volume or an issue, read by the decoder only, after the
    # volume's number and a comma ("Т. 2, ч. 1", "Т. 4, кн. 2", "Vol. 3, pt. 2")
    part: tuple[str, ...] = ()
    # social platforms a post is cited on, read by the decoder only: standing alone between
    # commas the platform is the post's host ("X", "Twitter", "Telegram"); and the word of a
    # platform's channel before its quoted name ("Telegram-канал «Readovka»")
    platform: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()
    # the medium MLA (7th edition) writes before the date it read a page online ("Web. 4 Mar.
    # 2021."), read by the decoder only: the date after it is the access date
    medium_online: tuple[str, ...] = ()
    # lower-case words inside a place's name, read by the decoder only ("Rio de Janeiro")
    place_joins: tuple[str, ...] = ()
    # GOST 7.0.100-2018's content and access designation, read by the decoder only: an element
    # of the description, never a title's words ("Текст : электронный", "Мәтін : тікелей")
    content_type: tuple[str, ...] = ()
    # GOST's other title information that makes the work a report, an interview or a
    # conference's proceedings, read by the decoder only: after the title's colon it is no
    # title's words ("доклад", "препринт", "материалы междунар. конф.", "баяндама")
    designation: tuple[str, ...] = ()
    # country names CLDR does not write, read by the decoder only ("USA", "Turkey"): a place
    # goes on over a country after it ("Astana, Kazakhstan"), which is no publisher
    countries: tuple[str, ...] = ()
    # a wiki's bracketed kind of the cited work or file right after its title, read by the
    # decoder only, as a language mark is: it closes the title, the site follows ("(PDF)",
    # "(Press release)", "(видео)", "(недоступная ссылка)")
    work_marks: tuple[str, ...] = ()
    # the labels of catalogue and database identifiers a reference may end with (a wiki's
    # `OCLC 48619406`, `PMID 28394350`): each with its value is no field's words
    identifier_labels: tuple[str, ...] = ()
    # ibid words whose period is the abbreviation's ("Ibid.", "a.y."), kept before a locator
    # ("Ibid., 15"); other words' period ends a sentence ("Там же.", "Сонда.")
    ibid_abbreviated: tuple[str, ...] = ()
    # a reprint's or first edition's words, read by the decoder only: the year beside them is
    # the original's, not the work's date ("reprint of the 1899 edition", "репринт изд. 1899 г.")
    reprint: tuple[str, ...] = ()
    # "the same author" words that open a source after `;`, read by the note splitter only:
    # the author is the one of the source before ("…; Он же. Хунну. М., 1960", "Idem, …")
    idem: tuple[str, ...] = ()
    # the note's own commentary after a source, read by the record builder only: carried as
    # the record's `note`, never reported as unparsed ("Translation mine", "Курсив наш")
    commentary: tuple[str, ...] = ()
    # a table's or figure's source line that the author compiled, read by the note classifier
    # only: the note names no work ("Kaynak: TÜİK verilerinden derlenmiştir", "составлено автором")
    compiled: tuple[str, ...] = ()
    # the word after a work's title in a sentence of prose, read by the note builder only: the
    # title is the capitalised words before it ("Klasik Çağ adlı eserinde", "«Абай жолы» атты")
    named: tuple[str, ...] = ()
    # a quoting word after a whole citation, read by the note splitter only: the work quoted,
    # then the one it is quoted from ("…, s. 23'ten aktaran …", "…, 12, quoted in …")
    quoting: tuple[str, ...] = ()
    # a single work's literary genre, read by the tagger's name passes only: a known name before
    # one is the work's title, no author ("Абай. Роман-эпопея", "Kemine. A Novel")
    literary_genre: tuple[str, ...] = ()
    # the word that joins a document's kind to its date, read by the decoder only: no part of
    # the title before it ("Постановление Правительства РФ от 12 мая 2015 г.", "Указ … від")
    dated: tuple[str, ...] = ()
    # words that point inside the work itself, read by the note classifier only: a note that
    # points only at another note or part of the work cites nothing ("См. примеч. 12.",
    # "See note 4 above.", "Bkz. 5. dipnot.", "Подробнее см. главу 3.")
    cross_reference: tuple[str, ...] = ()


# the [words] keys of a language file, in the order of `Words` ("in" fills `in_`)
_WORD_KEYS = tuple(field.name.rstrip("_") for field in fields(Words))
# words of a sentence, not of a note's markers: a titles_only language lists none of them
_SENTENCE_WORDS = ("and", "et_al", "year", "ordinal_suffixes", "not_found", "bot_wall")


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
    stem_vowels: str = ""  # letters an inflected month name changes at its end (ноябрь: ноябре)
    # [months] joiners: words a date writes between its day, month and year (Spanish and
    # Portuguese `de`: `3 de mayo de 2021`), read by the date reader only
    month_joiners: tuple[str, ...] = ()
    # [types]: words that tell what kind of work is cited, read by the item-type rules alone
    # (not by the note tagger): {"report": ("Raporu", ...), "thesis": ("PhD diss.", ...)}
    type_words: Mapping[str, tuple[str, ...]] = field(factory=dict)
    # [names] organisation: head words of a body that signs a work as its author ("Bakanlığı",
    # "Министерство"), read by name decoding alone (not by the note tagger)
    organisation_words: tuple[str, ...] = ()
    # [names] family_suffix: words that close a family name of two words, the father's name
    # before them ("Майлы ұлы", "Әуез қызы", "Öwez ogly"), read by name decoding alone
    family_suffixes: tuple[str, ...] = ()
    # [names] patronymic: endings of a father's name written after the given name, read by
    # name decoding alone: "Мельников Игорь Петрович" is family first, not "… Петрович"
    patronymic_endings: tuple[str, ...] = ()
    # [names] case_endings: endings a family name takes in a sentence's cases ("Абдирова",
    # "Әуезовтің"), read where an op. cit. looks for its author in an earlier note's prose
    case_endings: tuple[str, ...] = ()
    # [names] particle: words that open a family name ("van", "von", "de", "al"), read by name
    # decoding alone: "Van Dyke, John Paul" is one inverted name, not two
    family_particles: tuple[str, ...] = ()
    # [names] given: common given names, read where a name's order is unclear from its form
    # ("García Márquez, Gabriel José" is one inverted name; "Jan Kowalski" is no January)
    given_names: tuple[str, ...] = ()
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
    # words of a sentence ("and", year words) it reads: every note's parser would read them.
    # It may list its notes' own markers (ibid, op. cit., access labels, page, editor and
    # translator words), which are no words of a title, and months, which the date reader
    # reads only between a day and a year (`3 de mayo de 2021`; `Mayo Clinic, 2001` no
    # month) and the note tagger not at all
    titles_only: bool = False
    # [typing] plain: the letters an editor without the language's keyboard types as plain
    # ones ("ı" = "i", "қ" = "к"); every word list above also holds its words so typed
    plain_letters: Mapping[str, str] = field(factory=dict)


def _strings(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(where, f"{key!r} must be a list of strings")
    return tuple(value)


def _month_table(value: Any, key: str, where: str) -> dict[int, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise LanguageDataError(where, f"months.{key} must be a table of month number = [names]")
    table: dict[int, tuple[str, ...]] = {}
    for month, names in value.items():
        if not str(month).isdigit() or not 1 <= int(month) <= 12:
            raise LanguageDataError(where, f"months.{key}: {month!r} is not a month number 1-12")
        table[int(month)] = _strings({"n": names}, "n", where)
    return table


def _cldr_months(cldr: str | None) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    full: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    short: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    if cldr is None:
        return full, short
    for context in ("format", "stand-alone"):
        for month, name in get_month_names("wide", context, cldr).items():
            full[month].append(str(name))
        for month, name in get_month_names("abbreviated", context, cldr).items():
            short[month].append(str(name).rstrip("."))
    return full, short


def _cldr_weekdays(cldr: str | None) -> dict[int, tuple[str, ...]]:
    days: dict[int, list[str]] = {d: [] for d in range(7)}
    if cldr is not None:
        for width in ("wide", "abbreviated", "short"):
            for context in ("format", "stand-alone"):
                for day, name in get_day_names(width, context, cldr).items():
                    days[day].append(str(name).rstrip("."))
    return {d: tuple(dict.fromkeys(v)) for d, v in days.items()}


def _alphabets(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise LanguageDataError(where, "langid.alphabet must map script codes to letters")
    return {str(script): letters.casefold() for script, letters in value.items()}


def _priors(value: Any, where: str) -> dict[str, int]:
    if not isinstance(value, Mapping) or not all(isinstance(v, int) for v in value.values()):
        raise LanguageDataError(where, "langid.script_prior must map script codes to integers")
    return {str(script): int(prior) for script, prior in value.items()}


def _letters(data: Mapping[str, Any], key: str, where: str, section: str = "langid") -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or not all(c.isalpha() for c in value):
        raise LanguageDataError(where, f"{section}.{key} must be a string of letters")
    return value.casefold()


def _romanizations(value: Any, where: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, Mapping) or not all(
        isinstance(t, Mapping) and all(isinstance(v, str) for v in t.values())
        for t in value.values()
    ):
        raise LanguageDataError(where, "[romanize] must map scheme names to letter tables")
    return {str(k): {str(a): str(b) for a, b in t.items()} for k, t in value.items()}


def _lowercase_words(casing: Any, where: str) -> tuple[str, ...]:
    """[casing] title_lowercase: lower-case words or phrases, each written once."""
    if not isinstance(casing, Mapping):
        raise LanguageDataError(where, "[casing] must be a table")
    words = _strings(casing, "title_lowercase", where)
    for word in words:
        if not word.strip() or word != word.lower() or word != " ".join(word.split()):
            raise LanguageDataError(
                where, f"title_lowercase: {word!r} must be lower case, single-spaced words"
            )
    if len(set(words)) != len(words):
        twice = sorted({w for w in words if words.count(w) > 1})
        raise LanguageDataError(where, f"title_lowercase lists {', '.join(twice)} twice")
    return words


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
    words = Words(*(plain(_strings(words_data, key, where)) for key in _WORD_KEYS))
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
        stem_vowels=_letters(months, "stem_vowels", where, "months"),
        month_joiners=_strings(months, "joiners", where),
        type_words={k: plain(v) for k, v in _type_words(data.get("types", {}), where).items()},
        organisation_words=plain(_strings(named, "organisation", where)),
        family_suffixes=plain(_strings(named, "family_suffix", where)),
        family_particles=plain(_strings(named, "particle", where)),
        patronymic_endings=plain(_strings(named, "patronymic", where)),
        case_endings=plain(_strings(named, "case_endings", where)),
        given_names=plain(_strings(named, "given", where)),
        honorifics=plain(_strings(named, "honorific", where)),
        language_marks={
            k: plain(v)
            for k, v in _type_words(data.get("language_marks", {}), where, "language_marks").items()
        },
        legal={k: plain(v) for k, v in _legal(data.get("legal", {}), where).items()},
        titles_only=titles_only,
        plain_letters=letters,
    )


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise LanguageDataError(where, f"[{key}] must be a table")
    return value


def _type_words(value: Any, where: str, section: str = "types") -> dict[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise LanguageDataError(where, f"[{section}] must map a key to a list of words")
    return {str(key): _strings(value, key, where) for key in value}


def _legal(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    found = _type_words(value, where, "legal")
    unknown = sorted(set(found) - LEGAL_KEYS)
    if unknown:
        raise LanguageDataError(where, f"unknown key(s) in [legal]: {', '.join(unknown)}")
    return found


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
    found: set[str] = set()
    for code in available_languages():
        words: tuple[str, ...] = getattr(language(code).words, key)
        found.update(words)
    return found


def shipped_type_words(key: str) -> set[str]:
    """The words every shipped language lists under `[types] key` ("report", "thesis")."""
    return {w for code in available_languages() for w in language(code).type_words.get(key, ())}


@functools.cache
def country_names() -> frozenset[str]:
    """The names of the world's countries in every shipped language: CLDR's territories (two
    letters) in each language that has a CLDR locale, and the `[words] countries` CLDR lacks
    ("USA", "Turkey"), casefolded."""
    names: set[str] = set(shipped_words("countries"))
    for code in available_languages():
        cldr = language(code).cldr
        if cldr is None:
            continue
        territories = Locale.parse(cldr).territories
        names.update(v for k, v in territories.items() if len(k) == 2 and k.isalpha())
    return frozenset(n.casefold() for n in names)


_NAMED_FIELDS = re.compile(r"MMM|LLL|E|c{3,}|e{3,}|G|a")  # pattern letters written as words
_MONTH_WORD = re.compile(r"M{4}|L{4}")


def format_day(value: dt.date, pattern: str, lang: Language | None) -> str | None:
    """`value` written by a CLDR `pattern` the way `lang` writes it, or None when it cannot be.

    A language with a CLDR locale is written by babel; one without (a data-only language) gets
    CLDR's root locale with the full month names of its own file. With no language at all only
    numeric patterns (``dd.MM.yyyy``) can be written. An invalid pattern gives None.
    """
    try:
        if lang is not None and lang.cldr is not None:
            return str(format_date(value, pattern, locale=lang.cldr))
        if lang is not None:  # the language's own month name, quoted as a literal
            month = lang.months[value.month][0].replace("'", "''")
            pattern = _MONTH_WORD.sub(f"'{month}'", pattern)
        if _NAMED_FIELDS.search(re.sub(r"'[^']*'", "", pattern)):
            return None
        return str(format_date(value, pattern, locale=Locale("root")))
    except (ValueError, KeyError):
        return None
