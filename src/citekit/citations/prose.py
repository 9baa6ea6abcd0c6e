"""Notes that read as prose: the facts that tell an author's remark from a note that cites.

A year written inside a sentence (`В 1916 году восстание …`, `The treaty was signed in 1994
and …`) is no publication date; a note that points only at another note or part of the work
(`См. примеч. 12.`, `See note 4 above.`) names no source; a "see" inside prose followed by an
author and a title (`On this point, see also Jones, Oil and Empire, 10–12, who …`) cites.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import lower, patterns
from citekit.citations.names import is_initials
from citekit.citations.sources import PROSE_SHARE, SOURCE, YEAR
from citekit.dates import parse_date
from citekit.languages import shipped_words

__all__ = [
    "cites_after_see",
    "colon_lead",
    "cross_reference",
    "cross_words",
    "initial",
    "labelled_number",
    "opens_with_name",
    "prose_lead",
    "reads_as_prose",
    "reviewed_lead",
    "unquoted_terms",
    "without_counts",
    "words_to_colon",
    "words_to_name",
    "years_in_prose",
]

_EDGES: Final = ".,:;!?()[]*_–—-"
# "12", "5.", "12–14", and a number with a Turkic case ending after its apostrophe ("41’e")
# a name with a case ending after its apostrophe (`Mahtumkulu’nun`, `Azadî’nin`): a sentence's
# word, as no source inflects a name so (an English possessive's one letter is no ending)
_INFLECTED: Final = re.compile(r"[^\W\d_]+[’']([^\W\d_]{2,5})[,;]?$")
_NUMBER: Final = re.compile(r"\d+(?:[.\-–]\d*)*\.?(?:['’][^\W\d_]{1,4})?")
_DOMAIN: Final = re.compile(
    r"[^\W\d_]\.(?:com|org|net|gov|edu|info|[a-z]{2})(?![^\W\d_])"
)  # "x.gov.tm"
_COLON: Final = re.compile(r"([^\W\d_]+)\s?:\s+([^\W\d_])")
_ENDING: Final = re.compile(r"^\d+-")
_SECTION_SIGNS: Final = frozenset({"§", "§§", "¶"})
_INITIAL: Final = re.compile(
    r"(?<![^\W\d_])[^\W\d_]\."
)  # "И.", "J." (and "г.": its case is checked)
_DAY_DIGITS: Final = 2
_LABEL_REACH: Final = 24  # characters after an access label that hold its date's first digit
_LABEL_WORDS: Final = 2  # words before an access word that hold the date it follows (`5 қаңтарда`)
_NAME_OPENING: Final = 4  # words a name with its initials opens a note with: "И. И. Иванов."
_NAME_WORDS: Final = 2
_MAX_CROSS_WORDS: Final = 16  # a pointer to another note is a short sentence
_POINTER_WORDS: Final = 3  # words after a closing "see": `ниже`, `below, note 4`
_QUOTES: Final = '«“„"'
_MAX_NAME_WORDS: Final = 3  # "Jones", "Mary Jones", "Gabriel García Márquez"
# characters after a "see" that hold an author's few words and a title's first
_LOOK_AHEAD: Final = 200
_PUNCTUATION: Final = re.compile(r"[ .,:;]*")
_MIN_PROSE_WORDS: Final = 3
# a lead-in of a few words closed by a colon: `Перевод с английского выполнен по изданию:`
_LEAD_WORDS: Final = 9  # the words of a lead-in, at most: the first and eight more
_COLON_LEAD: Final = re.compile(r"([^\W\d_][\w.’'-]*(?:[ \t]+[^\s:]+){1,8}?)\s?:\s+")


@functools.cache
def cross_words() -> frozenset[str]:
    """The language files' `cross_reference` words, lower-cased, without a closing period."""
    return frozenset(lower(w).rstrip(".") for w in shipped_words("cross_reference"))


@functools.cache
def _pointing_words() -> frozenset[str]:
    """The words of a note that points inside the work: `cross_words` and the language
    files' `figure_reference` words (`табл.`, `Şekil`, `Table`), lower-cased, without a
    closing period."""
    figures = frozenset(lower(w).rstrip(".") for w in shipped_words("figure_reference"))
    return cross_words() | figures


def years_in_prose(text: str) -> bool:
    """Whether every year of `text` stands inside a sentence, between words of prose (`in 1994
    and`, `в 1916 году`, `1991 yılında`, `1925-nji ýylda`), none where a citation writes its
    date (`Наука, 1998.`, `(2015)`, `Smith 2015,`, `11 мая 2019`), and no initial, page or
    access label or site's address is written."""
    found = list(YEAR.finditer(text))
    # the words beside each year first (string methods, no pattern's scan): most notes'
    # years stand where a citation writes them
    if not found or not all(_in_sentence(text, m.start(), m.end()) for m in found):
        return False
    if initial(text) or _DOMAIN.search(text) or _imprint(text):
        return False
    # "С. 45", "Т. 3", "Дата обращения: 17 мая 2022": a citation's labels
    return not (labelled_number(text) or _access_label(text))


def _access_label(text: str) -> bool:
    """Whether an access word of `text` labels a date: a digit follows it, or one of the two
    words before it holds one (`2021 жылы 5 қаңтарда қаралды`); else it is a sentence's verb
    (`Заң жобасы 2018 жылы парламентте қайта қаралды.`: "was reviewed")."""
    for found in patterns().accessed.finditer(text):
        after = text[found.end() : found.end() + _LABEL_REACH]
        before = text[: found.start()].split()[-_LABEL_WORDS:]
        if any(c.isdigit() for c in after) or any(c.isdigit() for w in before for c in w):
            return True
    return False


@functools.cache
def _volume() -> re.Pattern[str]:
    words = sorted({w.rstrip(".") for w in shipped_words("volume")}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words if w)
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation})\.?\s*\d|\d-?\s?(?:{alternation})(?![^\W\d_])"
    )


def labelled_number(text: str) -> bool:
    """Whether `text` writes a page or volume with its number (`С. 45`, `Т. 3`, `vol. 2`,
    `3-том`): a citation's locator, never prose's."""
    page = patterns().page_before.search(text)
    if page is not None and _year_in_sentence(text, page):  # "упоминается с 1752 года"
        page = next(
            (m for m in patterns().page_before.finditer(text) if not _year_in_sentence(text, m)),
            None,
        )
    return page is not None or _volume().search(text) is not None


# a year after a lower-case label word with no period, then a lower-case word: the label is a
# preposition of the sentence (`с 1752 года`), no page
_PREPOSITION_YEAR: Final = re.compile(r"[^\W\d_]+ [12]\d{3} [^\W\d_]")


def _year_in_sentence(text: str, page: re.Match[str]) -> bool:
    """Whether the page label `page` found in `text` is a lower-case word, with no period,
    before a year and a lower-case word (`с 1752 года`): a sentence's date, no locator."""
    found = _PREPOSITION_YEAR.match(text, page.start())
    return (
        found is not None
        and text[page.start()].islower()
        and text[found.end() - 1].islower()
        and (page.start() == 0 or not text[page.start() - 1].isalnum())
    )


def _imprint(text: str) -> bool:
    """Whether `text` writes a place and its publisher: a capitalised word, a colon and
    another (`Алматы: Наука`, `London: Routledge`)."""
    return any(m.group(1)[:1].isupper() and m.group(2).isupper() for m in _COLON.finditer(text))


def initial(text: str) -> bool:
    """Whether `text` writes a person's initial: a capital and its period (`И.`, `J.`)."""
    return any(m.group()[0].isupper() for m in _INITIAL.finditer(text))


# a year's word and a day's number after a year (`2024-nji ýylyň 2-nji apreli`, `2007 жылғы 27
# шілдедегі`): perhaps a day's date written in words, its month's word after the day
_DAY_AFTER: Final = re.compile(r"(?:-[^\W\d_]+)?\s[^\W\d_]+\s\d{1,2}(?:-[^\W\d_]+)?\s[^\W\d_]+")


def _worded_day(text: str, start: int, end: int) -> bool:
    """Whether the year at `start:end` opens a day's date written in words (`2024-nji ýylyň
    2-nji apreli`): a date a citation writes, however its words are inflected."""
    day = _DAY_AFTER.match(text, end)
    if day is None:
        return False
    found = parse_date(text[start : day.end()])
    return found is not None and found.day is not None


def _in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the year at `start:end` has a word of prose just before or just after it."""
    before = text[:start]
    after = text[end:]
    if after[:1] in " -" and _worded_day(text, start, end):
        return False  # "2024-nji ýylyň 2-nji apreli": a day's date
    words = before.split()
    day = words[-2].rstrip(".") if len(words) > 1 else ""
    if day.isdigit() and len(day) <= _DAY_DIGITS:
        return False  # a day and a month before it: "11 мая 2019", a date a citation writes
    if before.endswith(" "):
        word = words[-1] if words else ""
        first = len(words) == 1  # the sentence's own capital: "In 2019, …"
        if len(words) > 1 and words[-2].endswith(",") and _month_year(word, text[start:end]):
            return False  # "…, июль 2015 г.", "…, June 2017": a month and year a citation dates
        if word.isalpha() and (word.islower() or first):
            return True
    if after[:1] in "-'’" and after[1:2].isalpha() and after[1:2].islower():
        return True  # a case or ordinal ending: "1925-nji ýylda", "1916-жылы", "1990'lı yıllar"
    if after[:1] == " ":
        word = after.split()[0] if after.split() else ""
        plain = word.rstrip(".,;:")
        return plain.isalpha() and plain.islower() and not word.endswith((",", ";", ":"))
    return False


def _month_year(word: str, year: str) -> bool:
    """Whether `word` is a month's name, read with `year` after it as a month's date."""
    if not word.isalpha() or not word.islower():
        return False
    date = parse_date(f"{word} {year}")
    return date is not None and date.month is not None


@functools.cache
def _own_parts() -> frozenset[str]:
    """The language files' `own_part` words (`введение`, `Giriş`, `Conclusion`), lower-cased:
    pointing words after a "see" word only."""
    return frozenset(lower(w) for w in shipped_words("own_part"))


@functools.cache
def _ordinals() -> frozenset[str]:
    """The language files' ordinal words (`[words] edition_ordinal`), lower-cased: `İkinci
    Bölüm`, `Second Part` name a part of the work by its place."""
    return frozenset(lower(w) for w in shipped_words("edition_ordinal"))


# a part's or table's letter after its word: `A`, `Б`, `A1`, `B.2`
# a part's letter, number or Roman numeral after its word (`Appendix A`, `Table A1`, `Part III.B`)
_PART_LETTER: Final = re.compile(r"(?:[IVXLC]+|[^\W\d_])\d*(?:\.(?:\d+|[^\W\d_]))*")


@functools.cache
def _spelled_numbers() -> frozenset[str]:
    """The numbers spelt out that name a part (`[words] locator_number`: `Three`, `üçüncü`)."""
    return frozenset(shipped_words("locator_number"))


def cross_reference(text: str) -> bool:
    """Whether `text` only points at another note or part of the work: besides "see" words and
    numbers, a word of the language files' `cross_reference` ("примеч.", "note", "dipnot",
    "above") or `figure_reference` ("табл.", "Şekil", "Table") and lower-case words (the
    sentence's first may be a capital), no year, quote or address: `См. примеч. 12.`, `Bkz.
    yukarıda 12 numaralı dipnot.`, `See Chapter 2 below.`, `См. табл. 2.`; a year only inside
    the sentence's prose (`On the famine of 1932–33 see below.`). Before a closing pointer the
    words may hold capitals (`Подробнее о деятельности партии Алаш см. ниже.`) when no year
    outside the prose and no initial is written."""
    if SOURCE.search(text):
        return False
    rest = patterns().see.sub(" ", text)
    words = [w.strip(_EDGES) for w in rest.split()]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_CROSS_WORDS:
        return False
    cross = _pointing_words()
    if patterns().see.search(text):  # … and a part the work names (`Bkz. Giriş bölümü.`)
        cross = cross | _own_parts()
    pointed = False
    # the pointer closing the note (`… партии Алаш см. ниже.`, `… hakkında bilgi için aşağıya
    # bakınız.`): the words before it name what is discussed, capitals and all
    topic = _closes_on_pointer(text, cross) and not _dated(text) and not initial(text)
    for i, word in enumerate(words):
        if _NUMBER.fullmatch(word) or word in _SECTION_SIGNS:
            continue  # a number, or the sign before one (`§ 2 гл. 3`): no pointer by itself
        word = _ENDING.sub("", word)  # "2-тарауда": the number's case ending is the word
        if lower(word) in cross:
            pointed = True
            continue
        after_cross = i and lower(_ENDING.sub("", words[i - 1])) in cross
        if after_cross and (_PART_LETTER.fullmatch(word) or word in _spelled_numbers()):
            continue  # "Appendix A", "Table A1", "Part III.B", "Chapter Three": a part's number
        if lower(word) in _ordinals() and lower(words[min(i + 1, len(words) - 1)]) in cross:
            continue  # "İkinci Bölüm", "Second Part": a part by its place
        if not word.replace("-", "").isalpha():
            return False
        # the sentence's first word may be a capital, in a note with no year outside the
        # sentence's prose: a year beside words in small letters only dates what is discussed
        # (`See the discussion above, 1998.`); beside a capitalised word it is a short form's
        # (`Smith, above, 1998`). The year is looked for only when a capital asks.
        opening = i == 0 and text.lstrip(" *_([").startswith(word)
        if not word.islower() and not topic and not (opening and not _dated(text)):
            return False
    return pointed


def _closes_on_pointer(text: str, cross: frozenset[str]) -> bool:
    """Whether `text` closes on a "see" word and a word that points inside the work, in either
    order (`см. ниже`, `see below`, `aşağıya bakınız`, `ниже см.`), after words of prose (a
    word in small letters, or two words at most: `Об Алаш-Орде см. выше`; no author's comma
    or period after the first)."""
    found = list(patterns().see.finditer(text, overlapping=True))
    if not found:
        return False
    last = found[-1]
    head = text[: found[0].start()].split()
    if head and (
        head[0].endswith((",", "."))
        or (len(head) > _POINTER_WORDS - 1 and not any(w[:1].islower() for w in head))
    ):
        return False  # `Smith, The Steppe, see below`: a short form, no prose before it
    after = [w.strip(_EDGES) for w in text[last.end() :].split()]
    after = [w for w in after if w]
    if after:
        return len(after) <= _POINTER_WORDS and all(
            _NUMBER.fullmatch(w) or lower(w) in cross for w in after
        )
    before = text[: last.start()].split()
    return bool(before) and lower(before[-1].strip(_EDGES)) in cross


def _dated(text: str) -> bool:
    """Whether `text` writes a year outside the sentence's prose."""
    return YEAR.search(text) is not None and not years_in_prose(text)


def cites_after_see(text: str) -> bool:
    """Whether a "see" word inside prose is followed by a quoted title, or by an author of a
    few capitalised words, a comma and a capitalised title (`see also Jones, Oil and Empire,
    10–12`): the prose cites that work."""
    for found in patterns().see.finditer(text):
        start = _PUNCTUATION.match(text, found.end())
        begin = start.end() if start else found.end()
        # a few words ahead, not the rest of the note: each "see" reads a bounded window
        rest = text[begin : begin + _LOOK_AHEAD]
        if rest[:1] in _QUOTES:
            return True
        head, comma, tail = rest.partition(",")
        names = head.split()
        if not comma or not names or len(names) > _MAX_NAME_WORDS:
            continue
        title = tail.lstrip(" *_‘'" + _QUOTES)  # (Oxford's single quotes: `'Engineers and …'`)
        if all(w[:1].isupper() for w in names) and title[:1].isupper():
            return True
    return False


def opens_with_name(text: str) -> bool:
    """Whether `text` opens with a person's name and initials, as a citation's author
    (`Иванов И. И. История …`, `Smith, J., The politics …`, `И. И. Иванов. …`): no prose,
    however many of its words are in lower case."""
    words = [w.strip(",;:") for w in text.split()[:_NAME_OPENING]]
    if len(words) < _NAME_WORDS:
        return False
    if _surname_like(words[0]) and is_initials(words[1]):
        return True
    initials = 0
    while initials < len(words) and is_initials(words[initials]):
        initials += 1
    return 0 < initials < len(words) and _surname_like(words[initials].rstrip("."))


def _surname_like(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word.replace("-", "").isalpha()


def reads_as_prose(text: str) -> bool:
    """Eight words or more, most of them lower-case: prose, not a title in sentence case. A
    person's initials are part of the name they stand before (`профессора А. Б. Сейтказину`):
    one capitalised word, not three."""
    words = [w for w in text.split() if "://" not in w and not w.startswith("www.")]
    named = _without_initials(words)
    lower = sum(1 for w in named if w[:1].islower())
    return len(words) >= 8 and bool(named) and lower / len(named) >= 0.6


def _without_initials(words: list[str]) -> list[str]:
    """`words` less each initial of the name that follows it (`А. Б. Сейтказину`), not a
    label before a number (`Ф. 1212`, `Л. 168`): read from the end, in one pass."""
    kept: list[str] = []
    after = ""  # the first word after the current one that is no initial
    for word in reversed(words):
        if is_initials(word):
            if after[:1].isupper() and after.strip(".,;:").replace("-", "").isalpha():
                continue
        else:
            after = word
        kept.append(word)
    kept.reverse()
    return kept


# a count a sentence gives: thousands in groups, or a number (a decimal comma's one too: `2,4
# млн`; a period's decimal is a locator's or a version's, `1.22`, `4.0`) before a word in small
# letters
# … and a decimal with its point before a word of four letters or more (`3.5 manat`; a passage's
# `1.22 and passim` is a locator)
_QUANTITY: Final = re.compile(
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:,\d)?(?= (\w))|\b\d+\.\d+(?= ([^\W\d_]{4}))"
)


def without_counts(text: str) -> str:
    """`text` without the counts its sentences give (`40,000 displaced households`, `12
    percent`, `2,4 млн`, `3.5 manat`): no locator's or year's numbers."""

    def count(found: re.Match[str]) -> str:
        word = found.group(1) or found.group(2)
        return "" if not word or word.islower() else found[0]

    return _QUANTITY.sub(count, text)


_QUOTED_TERM: Final = re.compile(r"[“«\"]([^\W\d_][^“”«»\"]{0,40}?)[,.]?[”»\"]")
_TERM_WORDS: Final = 4  # words of a term quoted in prose at most (`the “nationalizing state”`)


def unquoted_terms(text: str) -> str:
    """`text` with the quotes of a short term after a word in small letters removed (`On the
    “nationalizing state,” see`, `On the notion of “Soviet Orientalism” see`): its words are
    read as the prose's, which must be mostly in small letters still (`prose_lead`); a quoted
    title after a name and its comma stays (`Cameron, “Famine and the state,” see also …`)."""

    def plain(found: re.Match[str]) -> str:
        term = found.group(1)
        before = text[: found.start()].split()[-1:]  # the prose's word before the quotes
        prose = bool(before) and before[0][:1].islower()
        return term if prose and len(term.split()) <= _TERM_WORDS else found.group(0)

    return _QUOTED_TERM.sub(plain, text) if any(q in text for q in '“«"') else text


def _inflected(word: str) -> bool:
    """Whether `word` is a name with its case ending (`Mahtumkulu’nun`)."""
    found = _INFLECTED.match(word)
    return found is not None and found.group(1).islower()


def prose_lead(before: str) -> bool:
    """Whether `before`, the words before a "see" word, are an author's prose and no source:
    sentences mostly of lower-case words (`Bu görüş literatürde yaygın biçimde kabul
    görmektedir;`, `Translated from the Russian by the author.`, `On the famine of
    1931–33`), years and counts (`40,000 displaced households`) only inside sentences, no
    initial, quotation, address, page or volume number, or imprint. A name with its case ending
    (`Mahtumkulu’nun babası`) is read as the prose's word."""
    words = before.split()
    if len(words) < _MIN_PROSE_WORDS or SOURCE.search(before) or _DOMAIN.search(before):
        return False
    counted = without_counts(before)  # `40,000 displaced households`: a count, no locator
    if any(c.isdigit() for c in counted) and not years_in_prose(counted):
        return False
    if initial(before) or _imprint(before) or labelled_number(before):
        return False
    worded = [w for w in words if not w[:1].isdigit()]  # a year in prose is no capital word
    plain = sum(1 for w in worded if w[:1].islower() or _inflected(w))
    return bool(worded) and plain / len(worded) >= PROSE_SHARE


def _may_lead(text: str) -> bool:
    """Whether `_COLON_LEAD` may match `text`: its colon is the note's first (no word of the
    lead-in holds one), a space follows it, and at most `_LEAD_WORDS` words come before it."""
    colon = text.find(":")
    if colon < 0 or not text[colon + 1 : colon + 2].isspace():
        return False
    return len(text[:colon].split(maxsplit=_LEAD_WORDS)) <= _LEAD_WORDS


@functools.cache
def _source_lead_ends() -> frozenset[str]:
    """The `[words] source_lead_ends` words, lower-cased."""
    return frozenset(lower(w) for w in shipped_words("source_lead_ends"))


def colon_lead(text: str) -> re.Match[str] | None:
    """A lead-in of prose closed by a colon before a source: its words after the first all in
    lower case, no digit; the lead-in is no part of the source. The source opens with its
    author's name and initials (`Перевод с английского выполнен по изданию: Olcott M. B. The
    Kazakhs. …`, `Translated from the edition: Smith J. …`), or, whatever opens it, the lead-in
    ends in a word no title ends with before its colon, which says the source follows (`[words]
    source_lead_ends`: `Данные приводятся по: Всемирный банк. …`, `Figures are taken from:
    World Bank, …`, `Rakamlar şu kaynaktan alınmıştır: Dünya Bankası, …`)."""
    if not _may_lead(text):
        return None  # the pattern backtracks: most notes are told apart at once
    found = _COLON_LEAD.match(text)
    if found is None or any(c.isdigit() for c in found.group(1)):
        return None
    words = found.group(1).split()
    if not all(w[:1].islower() for w in words[1:]):
        return None
    rest = text[found.end() :]
    if len(words) > 1 and lower(words[-1]) in _source_lead_ends():
        return found if rest[:1].isupper() or (rest != "" and rest[0] in _QUOTES) else None
    return found if opens_with_name(rest) else None


@functools.cache
def _review_words() -> frozenset[str]:
    """The `[words] review_of` phrases, lower-cased, their spaces out."""
    return frozenset(lower(w).replace(" ", "") for w in shipped_words("review_of"))


def reviewed_lead(lead: str) -> bool:
    """Whether a lead-in before a source says the note reviews it (`Рецензия на кн.:`): the
    source's author is the reviewed book's, not the note's."""
    return lower(lead).replace(" ", "").rstrip(":") in _review_words()


_TO_COLON_WORDS: Final = 4  # lower-case words between a "see" word and its colon, at most
_TO_COLON_CHARS: Final = 48


def words_to_colon(text: str) -> str:
    """`text`, what follows a "see" word, less a few words opened by a lower-case one and
    closed by a colon before a capital or a quote (`нашу статью: Иванов И. И. …`, `yazarın
    şu makalesi: Ahmet Yılmaz, …`, `работы Бартольда: Бартольд В. В. …`): they say what the
    source is, no part of it."""
    colon = text.find(":", 0, _TO_COLON_CHARS)
    if colon < 0:
        return text
    words = text[:colon].split()
    if not 0 < len(words) <= _TO_COLON_WORDS:
        return text
    # small letters open them; a name they speak of may follow (`работы Бартольда:`)
    if not words[0][:1].islower() or not all(w.replace("-", "").isalpha() for w in words):
        return text
    rest = text[colon + 1 :].lstrip()
    return rest if rest[:1].isupper() or rest[:1] in '«“„"' else text


_TO_NAME_WORDS: Final = 5  # lower-case words between a "see" word and the source, at most
_JOINER_LETTERS: Final = 3  # letters of the word that joins them to it, at most (`in`, `by`)


def words_to_name(text: str) -> str:
    """`text`, what follows a "see" word, less a few lower-case words closed by a short word
    that joins them to a name or a quoted title (`the excellent discussion in Adeeb Khalid,
    …`, `the works by John Smith`): they say where to look, no part of the source."""
    words = text.split(maxsplit=_TO_NAME_WORDS + 1)
    for count, word in enumerate(words[: _TO_NAME_WORDS + 1]):
        if word[:1].isupper() or word[:1] in '«“„"':
            joiner = words[count - 1] if count else ""
            if not 0 < len(joiner) <= _JOINER_LETTERS:
                return text
            return text[text.index(word, sum(len(w) for w in words[:count])) :]
        if not (word.isalpha() and word.islower()):
            return text
    return text
