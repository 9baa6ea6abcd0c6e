"""The patterns of the legal and archival rules (`citekit.citations.legal`,
`citekit.citations.archives`), built once from each language file's ``[legal]`` words."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from citekit.languages import (
    LEGAL_KEYS,
    LEGAL_LEVELS,
    available_languages,
    language,
    shipped_words,
)

LEVELS: Final = LEGAL_LEVELS  # a chain names them in this order, widest first
_LETTER: Final = r"[^\W\d_]"
CAPITAL: Final = "A-ZÀ-ÞĀ-ſА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺÇĞİÖŞÜŇÝŽ"
# between a shelf mark's levels: marks and spaces, GOST's area dashes too (`Ф. 5. – Оп. 1`)
SEP: Final = re.compile(r"(?:[\s.,;:–—]|(?<=\s)-(?=\s))*")
GAP: Final = re.compile(r"[\s.,;:–—-]*")
# a level's value: "5", "Р-5446", "12а", "3–4", "12/34"
# … a range's dash typed as GOST's em dash too, unspaced ("81—82": spaced, it ends an area)
_CODE: Final = rf"(?:{_LETTER}{{1,3}}-?)?\d+(?:\s*+[-–/]\s*+\d+|—\d+)*{_LETTER}?(?!\w)"
_LEAF: Final = r"\d+(?:\s*+[-–]\s*+\d+|—\d+)?"
# a folio's other side or last folio after its first ("vr. 12a-b", "vr. 3a-7b")
_SIDES: Final = r"(?:(?<=\d[ab])[-–](?:\d+)?[ab](?!\w))?"
# a law's number: "131-ФЗ", "451-I", "107-56", "2019/123", then "ЗРК" after a suffixed one
# … its letter glued to its digits kept (`№ 965н`, `No. 965n`: a ministry's order's own)
_LAW_NUMBER: Final = (
    rf"\d+(?:{_LETTER}{{1,2}}(?!\w))?(?:[-/](?:\d+|{_LETTER}{{1,6}}))*"
    rf"(?:\s[{CAPITAL}]{{2,4}}(?!\w))?"
)
OWN_SHAPE: Final = re.compile(rf"(?<![\w/.-])\d+-[{CAPITAL}]{{1,4}}(?![\w-])")
_SECTION: Final = r"\d+(?:[.\-–]\d+)*(?:\s*+\(\d{1,3}\))?"  # `§ 5 (2)`, not `§ 5801 (1992)`
# a classification code after an archive's name: "Y.PRK.ASK", "DH.MKT", "030.18.1.2/45.67.8",
# "FO 371/12345", the Ottoman archive's braced series ("A.}MKT.MHM."), then an item number
# ("12/34", "nr. 1234/56")
CLASS: Final = re.compile(
    rf"[{CAPITAL}]{{1,6}}(?:\.\}}?\s*+[{CAPITAL}]{{1,6}}){{0,4}}\.?(?!\w)"
    r"|\d{2,3}(?:\.\d+){2,5}(?:/\d+(?:\.\d+)*)?(?!\w)(?!\.\d)"
    rf"|[{CAPITAL}]{{1,4}}\s*+\d+(?:/\d+)+(?!\w)"
)
# ("BOA, İ.DH., nr. 1234": the Turkish "nr." before a single number too)
ITEM: Final = re.compile(
    r"(?:,\s*|\s+)(?:(?:(?:nr\.|Nr\.|No\.?|№)\s*)?\d+(?:/\d+)+|[nN]r\.\s*\d+)(?![\w/])"
)
# a registry number after the file ("FO 371/52345, E 1234/12/34")
REGISTRY: Final = re.compile(rf",\s*[{CAPITAL}]{{1,2}}\s\d+(?:/\d+)+(?![\w/])")
# a dotted code's place number after a comma ("030.18.1.2, 45.67.8": box, file, sequence)
DOTTED_ITEM: Final = re.compile(r",\s*\d+\.\d+\.\d+(?!\w)(?!\.\d)")
# a whole four-part code with its place number ("030.18.1.2, 45.67.8")
DOTTED_CODE: Final = re.compile(r"\d{2,3}(?:\.\d+){3}" + DOTTED_ITEM.pattern)
# a library's call number between a fond and its leaf ("Ф. 550. F.IV.123. Л. 56")
CALL_NUMBER: Final = re.compile(r"[\s.,;:]*[A-Z]\.[IVXL]+\.\d+[\s.,;:]*")
DATE_LIKE: Final = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
# an archive's abbreviation: words of capitals ("ЦГА РК", "ЦА ФСБ РФ", "BOA"), or one in brackets
ABBREVIATION: Final = re.compile(
    rf"(?:[{CAPITAL}]{{2,8}}\s*+){{1,4}}|\((?:[{CAPITAL}]{{2,8}}\s*+){{1,4}}\)"
)
DIGIT: Final = re.compile(r"\d")
SLASHED: Final = re.compile(r"\d/\d")
# a place after an archive's name, ending the note: ", Kew."
PLACE_AFTER: Final = re.compile(rf",\s(?P<place>[{CAPITAL}][^\W\d_]+)[.\s]*$")
CAPITALS: Final = re.compile(rf"[{CAPITAL}]{{2,8}}\)?(?!\w)")
MAX_NAME_WORDS: Final = 12
LOOK_BACK: Final = 240  # characters a name or a law's word is looked for before its number
MAX_TRIES: Final = 40  # candidates tried per rule: a pasted page full of numbers is not a law
# after a shelf mark: separators, a cited page perhaps ("с. 202."), then the archive's name
AFTER: Final = re.compile(
    rf"[\s.,;:]*(?:{_LETTER}{{1,4}}\.\s*+\d+(?:\s*+[-–—]\s*+\d+)?[\s.,;:]+)?"
    rf"(?P<name>[{CAPITAL}][^.;,()]{{1,120}})"
)
PHRASE_WORDS: Final = 4  # words between a law's kind and a "No." in its own phrase
LAW_WINDOW: Final = 10  # words between a law's kind and its "№" ("Указ Президента РК от … года №")
QUOTED_AHEAD: Final = re.compile(r"\s*(?:(?:«[^»]{0,300}»|“[^”]{0,300}”|\"[^\"]{0,300}\")\s*)?")
GAZETTE: Final = re.compile(r"№\s*+\d+[.,]\s*$")  # a gazette's issue just before an article
BREAK: Final = re.compile(rf"//|\.\s+(?=[\d{CAPITAL}«“\"])|;")


def _alternation(words: Iterable[str], *, edge: bool = True) -> str:
    """Words as one alternation, longest first, none glued to a letter after it, nor before
    it with `edge` (else the caller checks)."""
    ordered = sorted(set(words), key=len, reverse=True)
    # grouped by first character, each group's words in that order: at any position only
    # the words of one group can match, tried in the same order as in a flat alternation (the
    # same match), but re compares the first character once per group, not once per word
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[:1], []).append(word)
    pieces = []
    for first, group in groups.items():
        rests = [re.escape(w[1:]) + (rf"(?!{_LETTER})" if w[-1:].isalnum() else "") for w in group]
        pieces.append(
            re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        )
    alternatives = f"(?:{'|'.join(pieces) or '(?!)'})"
    return rf"(?<!{_LETTER}){alternatives}" if edge else alternatives


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    """Every shipped language's ``[legal]`` words, by key."""
    found: dict[str, list[str]] = {key: [] for key in LEGAL_KEYS}
    for code in available_languages():
        for key, words in language(code).legal.items():
            found.setdefault(key, []).extend(words)
    return {key: tuple(dict.fromkeys(words)) for key, words in found.items()}


class Guarded:
    """A pattern that holds one of a list of words, run only where one of the words stands:
    the words alone are an alternation re skips to at once, while the pattern, whose digits
    or look-behind come first, is tried at every position (most notes hold none)."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, pattern: str, words: Iterable[str]) -> None:
        self._pattern = re.compile(pattern)
        self._words = re.compile(_alternation(words, edge=False))

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's first match in `text`."""
        return self._pattern.search(text) if self._words.search(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches in `text` from `pos` to `endpos`."""
        if self._words.search(text) is None:
            return iter(())
        return self._pattern.finditer(text, pos, endpos)


class _Patterns:
    """The legal and archival rules' patterns and word tables, built once (`patterns`)."""

    # a plain class, not an attrs one: mypyc compiles it to a native class
    __slots__ = (
        "after",
        "archive_word",
        "gazette",
        "gazette_issue_first",
        "law",
        "leaf_tail",
        "levels",
        "number",
        "number_after",
        "part",
        "section",
        "section_after",
        "strong",
        "suffix_hint",
        "suffixed",
    )
    law: re.Pattern[str]
    number: re.Pattern[str]
    number_after: Guarded
    section: re.Pattern[str]
    section_after: Guarded
    part: re.Pattern[str]
    suffixed: re.Pattern[str]
    suffix_hint: Guarded
    gazette: Guarded
    gazette_issue_first: Guarded  # `Resmî Gazete, Sayı: 25611, Tarih: 12.10.2004`
    levels: dict[str, int]  # each level's label word, and the level
    after: dict[str, int]  # each level's word written after its number ("5-қ.")
    leaf_tail: re.Pattern[str]  # what a leaf's number may have after it ("об.", ", 5")
    archive_word: re.Pattern[str]
    strong: frozenset[str]  # number labels that name a law themselves ("Pub. L. No.")

    def __init__(
        self,
        *,
        law: re.Pattern[str],
        number: re.Pattern[str],
        number_after: Guarded,
        section: re.Pattern[str],
        section_after: Guarded,
        part: re.Pattern[str],
        suffixed: re.Pattern[str],
        suffix_hint: Guarded,
        gazette: Guarded,
        gazette_issue_first: Guarded,
        levels: dict[str, int],
        after: dict[str, int],
        leaf_tail: re.Pattern[str],
        archive_word: re.Pattern[str],
        strong: frozenset[str],
    ) -> None:
        self.law = law
        self.number = number
        self.number_after = number_after
        self.section = section
        self.section_after = section_after
        self.part = part
        self.suffixed = suffixed
        self.suffix_hint = suffix_hint
        self.gazette = gazette
        self.gazette_issue_first = gazette_issue_first
        self.levels = levels
        self.after = after
        self.leaf_tail = leaf_tail
        self.archive_word = archive_word
        self.strong = strong


# a gazette's date, in figures or with its month's name (`12.10.2004`, `10 Temmuz 2018`)
_GAZETTE_DATE: Final = r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+[^\W\d_]{3,12}\s+\d{4}"


@functools.cache
def patterns() -> _Patterns:
    w = _words()
    levels: dict[str, int] = {}
    after: dict[str, int] = {}
    for i, level in enumerate(LEVELS):
        for word in w[level]:
            levels.setdefault(word, i)
        for word in w[f"{level}_after"]:
            after.setdefault(word, i)
    # no look-behind first: re then skips to a label's first letter or a digit at once, and
    # `_parts` checks what stands before each hit
    # a colon may stand between a level's word and its number (`Dosya: 12`)
    part = rf"(?P<label>{_alternation(levels, edge=False)})\s*+(?::\s*+)?(?P<value>{_CODE})"
    # "5-қ.": from a number's first digit only (a long run of digits is tried once), and only
    # in a note where a digit stands right before such a word
    # … or an ordinal's, its suffix glued (`1-nji fond, 2-nji ýazgy, 33-nji iş`)
    ordinal = rf"(?:-(?:{_alternation(shipped_words('ordinal_suffixes'))})\s)?"
    number = rf"(?<![\d\w])(?P<number>\d+(?:[-–—]\d+)?){ordinal}"
    suffixed = rf"{number}\s*+-?\s*+(?P<after>{_alternation(after)})"
    suffix_hint = rf"\d{ordinal}\s*+-?\s*+{_alternation(after)}"
    verso = _alternation(w["verso"])
    law_words = re.compile(_alternation(w["law"], edge=False))
    gazette = (
        rf"(?P<g>{_alternation(w['gazette'])})[,:]?\s*+(?:{_alternation(w['gazette_date'])}\s*+:?\s*+)?"
        rf"(?P<d>{_GAZETTE_DATE})\s*+[/,;]?\s*+"
        rf"(?:(?:{_alternation(w['gazette_issue'])})\s*+:?\s*+)?(?P<n>\d{{3,6}})(?!\d)"
    )
    gazette_issue_first = (
        rf"(?P<g>{_alternation(w['gazette'])})[,:]?\s*+"
        rf"(?:{_alternation(w['gazette_issue'])})\s*+:?\s*+(?P<n>\d{{3,6}})(?!\d)\s*+[/,;]?\s*+"
        rf"(?:{_alternation(w['gazette_date'])}\s*+:?\s*+)?(?P<d>{_GAZETTE_DATE})"
    )
    return _Patterns(
        law=law_words,
        number=re.compile(
            rf"(?P<label>{_alternation(w['number'], edge=False)})\s*+(?P<n>{_LAW_NUMBER})"
        ),
        number_after=Guarded(
            rf"(?<![\w.,/])(?P<n>\d+(?:[-/]\d+)?)\s(?P<label>{_alternation(w['number_after'])})",
            w["number_after"],
        ),
        section=re.compile(
            rf"(?P<label>{_alternation(w['section'], edge=False)})\s*+(?P<n>{_SECTION})"
        ),
        section_after=Guarded(
            rf"(?<![\w.,])(?P<n>\d+)\s*+-\s*+(?P<label>{_alternation(w['section_after'])})",
            w["section_after"],
        ),
        part=re.compile(part),
        suffixed=re.compile(suffixed),
        suffix_hint=Guarded(suffix_hint, after),
        gazette=Guarded(gazette, w["gazette"]),
        gazette_issue_first=Guarded(gazette_issue_first, w["gazette"]),
        levels=levels,
        after=after,
        # "7 об.–8": a range's first leaf on its other side
        leaf_tail=re.compile(
            rf"{_SIDES}(?:\s*+{verso}(?:\s*+[-–—]\s*+\d+(?:\s*+{verso})?)?)?"
            rf"(?:,\s*+{_LEAF}(?:\s*+{verso})?)*"
        ),
        archive_word=re.compile(_alternation(w["archive"])),
        strong=frozenset(label for label in w["number"] if law_words.search(label)),
    )


def free(spans: Sequence[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether no span found so far overlaps `start`…`end`."""
    return not any(s < end and start < e for s, e, _l in spans)


@functools.cache
def gazettes() -> frozenset[str]:
    """The names of official gazettes (`[legal] gazette`: "Resmî Gazete", "RG"), casefolded."""
    return frozenset(word.casefold() for word in _words().get("gazette", ()))


@functools.cache
def code_series() -> frozenset[str]:
    """The names of statute books, codes and registers (`[legal] code_series`: "U.S.C.",
    "Stat."), casefolded, each also without its closing period (a host's is dropped)."""
    words = [word.casefold() for word in _words().get("code_series", ())]
    return frozenset(words + [word.rstrip(".") for word in words])


@functools.cache
def law_kinds() -> frozenset[str]:
    """The one-word kinds of acts and documents (`[legal] law`: "Письмо", "Kanun"), casefolded."""
    return frozenset(word.casefold() for word in _words().get("law", ()) if " " not in word)


@functools.cache
def document_kinds() -> frozenset[str]:
    """The words that name a letter, a deed or a register by its kind (`[legal] document`:
    "Телеграмма", "Лист", "Vakfiyesi"), with the one-word kinds of acts, casefolded."""
    return law_kinds() | frozenset(word.casefold() for word in _words().get("document", ()))


@functools.cache
def number_labels() -> frozenset[str]:
    """The labels of a document's number (`[legal] number`: "№", "No:"), without their colon or
    period, casefolded."""
    return frozenset(word.rstrip(".:").casefold() for word in _words().get("number", ()))


@functools.cache
def named_numbers() -> frozenset[str]:
    """The number labels whose number is part of the act's name (`[legal] named_number`:
    "Resolution"), casefolded: the number is the act's, the words stay in its title."""
    return frozenset(word.casefold() for word in _words().get("named_number", ()))


@functools.cache
def number_words_after() -> frozenset[str]:
    """The words written after a law's number (`[legal] number_after`: "sayılı"), casefolded."""
    return frozenset(word.casefold() for word in _words().get("number_after", ()))


def legal_words(key: str) -> tuple[str, ...]:
    """Every shipped language's `[legal] key` words."""
    return _words().get(key, ())
