"""Notes of formal prose: every sentence closes on a finite verb (`Tanzimat Fermanı, 3 Kasım
1839 tarihinde Gülhane Parkı’nda Mustafa Reşid Paşa tarafından okunmuştur.`, `Cedid kelimesi
Arapça “yeni” anlamına gelmektedir.`). A citation closes on its page, date, publisher or
address, and a title's verb stands inside its quotes; a sentence that closes on a verb ending of
the language files (`[words] predicate_ending`) is the author's, however many names it holds."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.prose import initial as _initial
from citekit.citations.prose import labelled_number, without_counts
from citekit.citations.quoted_prose import names_a_work
from citekit.dates import parse_date
from citekit.languages import shipped_words

__all__ = ["closes_on_predicate", "closes_on_verb", "holds_finite_verb", "holds_verb"]

# a period, white space and a letter: a sentence's end when lower-case letters stand before it
_SENTENCE_END: Final = re.compile(r"[.!?]\s+(?=[^\W\d_])")
_BRACKETED_YEAR: Final = re.compile(
    r"\((?![a-zа-яёәғқңөұүһіçğışöü][^\W\d_]*\s+[12]\d{3})[^()]*[12]\d{3}"
)  # "(1973)", "(Алматы, 1992)": a work's imprint; "(spring 2023)", "(март 2024 г.)": prose's
# a day's date ("12 Mayıs 2019'da", "12.05.2019"): when a source was taken (an interview, a field
# record), which the note then cites
_DAY_DATE: Final = re.compile(r"(?<!\d)\d{1,2}(?:\s+[^\W\d_]+\s+|\.\d{1,2}\.)[12]\d{3}(?!\d)")
# a capitalised name, then its years of life in brackets (`Valikhanov (1835–1865)`)
_LIFE_YEARS: Final = re.compile(r"(?<=[^\W\d_]{2})\s\([12]\d{3}\s?[-–—]\s?[12]\d{3}\)")
_IMPRINT: Final = re.compile(r"[^\W\d_]\s?:\s+[^\W\d_]")  # "Ankara: TTK": a place and publisher
_MAX_CHARS: Final = 600
_NUMBER: Final = re.compile(r"\d+(?:[-–]\d+)?")
_YEARISH: Final = re.compile(r"[12]\d{3}(?:[-–]\d{2,4})?")


@functools.cache
def _endings() -> tuple[str, ...]:
    return tuple(sorted(shipped_words("predicate_ending"), key=len, reverse=True))


@functools.cache
def _named() -> re.Pattern[str]:
    """The words after a work's title in prose (`adlı`, `атты`): the prose names a work."""
    words = sorted(shipped_words("named"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def _closes(sentence: str, endings: tuple[str, ...]) -> bool:
    """Whether `sentence` closes on a lower-case word with a predicate ending, outside quotes."""
    words = sentence.rstrip(" .!?…").rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    return last.endswith(endings) and last.isalpha() and last.islower()


def closes_on_verb(text: str) -> bool:
    """Whether `text` closes on a lower-case word that is a verb of the language files: a
    predicate's ending (`тоқталған`, `alınmıştır`), a finite verb or a finite verb's ending
    (`рассматривается`)."""
    words = text.rstrip(" .!?…").rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    if not (last.isalpha() and last.islower()):
        return False
    return last.endswith(_endings()) or last in _verbs() or _verb_ending(last)


def holds_verb(text: str) -> bool:
    """Whether a lower-case word of `text` is a finite verb of the language files (`was`,
    `является`) or ends as only a finite verb does (`приводятся`); a predicate's ending alone
    (`-tı`, `-ған`) ends nouns and participles too, and is `closes_on_predicate`'s."""
    words = {w.strip(",;:()!?.…") for w in text.split()}
    return not _verbs().isdisjoint(words) or _verb_ending(text)


def closes_on_predicate(text: str) -> bool:
    """Whether each sentence of `text` closes on a finite verb of formal prose and nothing in
    it is a citation's (`_no_marks`)."""
    endings = _endings()
    if not endings or len(text) > _MAX_CHARS or not _closes(text, endings):
        return False  # most notes: one look at the last word
    return _no_marks(text) and all(_closes(s, endings) for s in _sentences(text))


def holds_finite_verb(text: str) -> bool:
    """Whether `text` is one sentence of prose that holds a finite verb of the language files
    (`[words] finite_verb`: `was`, `were`, `является`) in lower case and closes on a
    lower-case word, or on a year or a body's acronym after one (`… was signed … in 1727.`,
    `… within the RSFSR.`), with nothing of a citation's (`_no_marks`), no quote and no
    initial but a name's inside the sentence (`В 1920 г. А. Байтурсынов был назначен …`; not
    an author's: `Смирнов А. Почему был …`): a title in title case writes its verb with a
    capital, and a headline cited closes on its site's name."""
    if len(text) > _MAX_CHARS or not text[:1].isupper() or not text.rstrip().endswith("."):
        return False
    body = text.rstrip(" .")
    tail = body.rsplit(None, 2)  # the last word, and the one before a closing year
    last = tail[-1]
    closing = last.isalpha() and last.islower()
    year = len(tail) > 1 and _YEARISH.fullmatch(last) and tail[-2].islower()
    # … or on a month and its year after a word in small letters (`… between January and March
    # 2024.`)
    year = year or (len(tail) > 2 and bool(_YEARISH.fullmatch(last)) and _month_after_word(tail))
    acronym = len(tail) > 1 and _acronym(last) and tail[-2].isalpha() and tail[-2].islower()
    agent = len(tail) > 1 and _closing_name(tail[-2], last) and not _BYLINE.search(body)
    if not closing and not year and not acronym and not agent:
        return False  # most notes: a look at the last word
    if not _verbs().intersection(body.split()) and not _verb_ending(body):
        return False
    if any(q in text for q in '«»“”„"') or len(_sentences(text)) > 1:
        return False
    if _initial(text) and not _named_in_sentence(text):
        return False
    return _no_marks(text)


def _month_after_word(tail: list[str]) -> bool:
    """Whether the words before the last (a year) are a month's name after a word in small
    letters (`in`, `March`, `2024`)."""
    if len(tail) < 3:
        return False
    before = tail[-3].split()[-1:]
    if not before or not before[0].isalpha() or not before[0].islower():
        return False
    date = parse_date(f"{tail[-2]} 2000")
    return date is not None and date.month is not None and date.day is None


_MIN_NAME: Final = 3  # letters of a surname that closes a sentence (`Bartold`, `Радлов`)
# a comma, one word in small letters, then the closing name and its initials: a title's byline
# (`A history of what was lost, by Olcott`), not a sentence's agent
_BYLINE: Final = re.compile(r",\s+[^\W\d_]+\s+(?:[^\W\d_]\.\s?){0,3}[^\W\d_]+\Z")


def _closing_name(before: str, last: str) -> bool:
    """Whether `last` is a surname closing a sentence of prose as its agent, after a word in
    small letters or the name's initial (`Об этом писал ещё Бартольд.`, `… is made by
    Olcott.`, `… высказывал Л. Н. Гумилёв.`): the one capital a sentence of prose may close on."""
    if len(last) < _MIN_NAME or not last.isalpha() or not last[:1].isupper():
        return False
    if not last[1:].islower():
        return False  # `RSFSR`, `McNeill`: an acronym, or a name the other facts read
    return (before.isalpha() and before.islower()) or _ONE_INITIAL.fullmatch(before) is not None


_ACRONYM: Final = re.compile(r"[^\W\d_]{2,6}")  # `RSFSR`, `НКВД`, `ОГПУ`: an body's initials


def _acronym(word: str) -> bool:
    """Whether `word` is a body's acronym in capitals (`RSFSR`, `ОГПУ`): after a word in
    small letters it closes a sentence of prose (`… within the RSFSR.`), as a name does."""
    return _ACRONYM.fullmatch(word) is not None and word.isupper()


# a person's initials, the surname, then a word in small letters: a name inside a sentence
# (`В 1920 г. А. Байтурсынов был назначен …`), not an author before a title (`Смирнов А.
# Почему …`, `И. И. Иванов. Как …`)
_NAME_IN_SENTENCE: Final = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]\.\s?){1,3}[^\W\d_][\w'’-]+(?:\s+([^\W\d_])|\.?\s*\Z)"
)
_ONE_INITIAL: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")


def _after_surname(text: str, start: int) -> bool:
    """Whether the initials at `start` follow a capitalised word with no mark: a surname
    before its initials (`Смирнов А. Почему …`), the author of a title."""
    before = text[:start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


def _named_in_sentence(text: str) -> bool:
    """Whether each capital's initial of `text` opens a person's name inside a sentence: the
    surname after it with no mark, then a word in small letters or the sentence's end, and no
    surname before it."""
    named_to = -1  # where the last name read ends
    for found in _ONE_INITIAL.finditer(text):
        if found.start() < named_to or not found.group()[0].isupper():
            continue
        name = _NAME_IN_SENTENCE.match(text, found.start())
        agent = name is not None and name.group(1) is None  # `… высказывал Л. Н. Гумилёв.`
        if name is None or not (agent or name.group(1).islower()):
            return False
        if _after_surname(text, found.start()):
            return False
        named_to = name.end()
    return named_to >= 0


def _no_marks(text: str) -> bool:
    """Whether `text` holds none of a citation's marks: no address, GOST `//`, page or volume
    label, place and publisher, bracketed year (but a life's after a name), day's date, number
    but a year inside a sentence, author before a comma, work named in prose (`… adlı
    eserinde`, `Әуезовтің «Абай жолы» романында`) or quoted paper (`“Türkmenistan” gazeti`)."""
    if "//" in text or "www." in text or labelled_number(text):
        return False
    # a person's years of life after the name are prose's (`Valikhanov (1835–1865)`)
    if "(" in text:
        text = _LIFE_YEARS.sub("", text)
    if _BRACKETED_YEAR.search(text) or _IMPRINT.search(text) or _named().search(text):
        return False
    # a count in a sentence (`at 3.5 manat`, `40 manat by`) is no locator
    if _DAY_DATE.search(text) or names_a_work(text) or not _numbers_are_years(without_counts(text)):
        return False
    if _quoted_periodical(text):
        return False
    first = text.split(maxsplit=1)[0]
    return not (first.endswith(",") and not first[:-1].islower())  # "Мукашев, …": an author


_AFTER_QUOTE: Final = re.compile(r"[»”\"]\s*([^\W\d_]+)")  # the word after a closing quote


@functools.cache
def _periodical_words() -> frozenset[str]:
    """The one-word periodical words of the language files (`[words] newspaper`, `journal`:
    `gazeti`, `газеті`, `журналы`), lower case."""
    words = shipped_words("newspaper") | shipped_words("journal")
    return frozenset(w.lower() for w in words if w.isalpha())


def _quoted_periodical(text: str) -> bool:
    """Whether a quoted name is followed by a periodical's word (`“Türkmenistan” gazeti`,
    `«Егемен Қазақстан» газеті`): the paper a note cites, no sentence's subject."""
    if "»" not in text and "”" not in text and '"' not in text:
        return False
    words = _periodical_words()
    return any(m.group(1).lower() in words for m in _AFTER_QUOTE.finditer(text))


@functools.cache
def _verbs() -> frozenset[str]:
    return frozenset(shipped_words("finite_verb"))


@functools.cache
def _verb_endings() -> tuple[str, ...]:
    return tuple(shipped_words("finite_verb_ending"))


def _verb_ending(body: str) -> bool:
    """Whether a lower-case word of `body` ends as only a finite verb does (`приводится`)."""
    endings = _verb_endings()
    return bool(endings) and any(
        w.endswith(endings) and w.isalpha() and w.islower() and _longer(w, endings)
        for w in (w.strip(",;:()") for w in body.split())
    )


def _longer(word: str, endings: tuple[str, ...]) -> bool:
    """Whether `word` has two letters or more before the ending it closes on (`вся` is a word)."""
    return any(word.endswith(e) and len(word) > len(e) + 1 for e in endings)


def _numbers_are_years(text: str) -> bool:
    """Whether every number of `text` is a year beside a lower-case word of its sentence
    (`1831 yılında`, `in 1727`, `of 1932–33`) or before a year's word (`В 1920 г.`): no page
    (`45.`, `394-б.`) or imprint year."""
    for number in _NUMBER.finditer(text):
        if _ordinal_in_sentence(text, number):
            continue  # `ilk kez 19. yüzyılda`, `в начале 20-го века`: an ordinal of prose
        if not _YEARISH.fullmatch(number.group()):
            return False
        before = text[: number.start()].split()
        after = text[number.end() :].lstrip("-–'’").split()
        if after and after[0] in {";", ",", ")"}:
            after = after[1:]  # `2019; respondents’`: the word after the clause's mark
        # … its brackets and the marks after it aside (`(spring 2023) and`, `2019; respondents’`)
        near = (
            before[-1].lstrip("([") if before else "",
            after[0].rstrip(")],;:’'") if after else "",
        )
        prose = any(w.isalpha() and w.islower() for w in near) or _year_word(near[1])
        if not prose and not _month_after_word([*before[-2:], number.group()]):  # `in March 2024`
            return False
    return True


# an ordinal of one or two digits and the word it qualifies (`19. yüzyılda`, `19-ғасырда`,
# `20-го века`, `20-nji ýyllarda`): its mark, a suffix glued to it, then a word
_ORDINAL: Final = re.compile(r"\d{1,2}(?:\.\s+|-([^\W\d_]{1,4})\s+|-)([^\W\d_]{3,})(?![.\w]*\d)")


def _ordinal_in_sentence(text: str, number: re.Match[str]) -> bool:
    """Whether `number` is an ordinal inside a sentence: a word in small letters before it, and
    after its mark a word in small letters that is no page's (`45-бетте`, `12-бет` cite a page)."""
    found = _ORDINAL.match(text, number.start())
    before = text[: number.start()].split()
    if found is None or not (before and before[-1].isalpha() and before[-1].islower()):
        return False
    word = found.group(2)
    glued = found.group(0)[len(number.group()) :].startswith("-") and found.group(1) is None
    return word.islower() and not (glued and word.startswith(_page_stems()))


@functools.cache
def _page_stems() -> tuple[str, ...]:
    """The page words of the language files without their period (`бет`, `sah`): a word glued
    to a number that opens with one cites a page (`45-бетте`)."""
    return tuple(w.rstrip(".").casefold() for w in shipped_words("page") if len(w.rstrip(".")) > 1)


@functools.cache
def _year_words() -> frozenset[str]:
    return frozenset(shipped_words("year"))


def _year_word(word: str) -> bool:
    """Whether `word` is a year's word of the language files after its year (`1920 г.`)."""
    return word.rstrip(".,;").casefold() in _year_words()


def _sentences(text: str) -> list[str]:
    """`text` cut at each sentence's end: a period after two lower-case letters, white space,
    then a letter (not an initial's or a numeral's period: `A. Kaya`, `II. Mahmud`)."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        before = text[max(0, end.start() - 2) : end.start()]
        if len(before) == 2 and before.isalpha() and before.islower():
            pieces.append(text[start : end.start()])
            start = end.end()
    pieces.append(text[start:])
    return pieces
