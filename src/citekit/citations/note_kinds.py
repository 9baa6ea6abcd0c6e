"""What kind of note a note is: a citation, an ibid, an op. cit. or a comment (`classify`),
told from its words and marks before any field is read."""

from __future__ import annotations

import functools
import re
from typing import Final, Protocol

from citekit.citations._words import patterns
from citekit.citations.archives import shelf_marked
from citekit.citations.bare_pages import repeats_before
from citekit.citations.dated_events import states_dated_event
from citekit.citations.editorial_history import gives_editorial_history
from citekit.citations.examples import names_an_example
from citekit.citations.funding import funded
from citekit.citations.glosses import gloss
from citekit.citations.predicates import closes_on_predicate, holds_finite_verb
from citekit.citations.prose import (
    cites_after_see,
    cross_reference,
    labelled_number,
    opens_with_name,
    reads_as_prose,
    years_in_prose,
)
from citekit.citations.quoted_prose import glosses_a_term, quoted_in_prose
from citekit.citations.remarks import compiled_line, remark, without_label
from citekit.citations.shortforms import LOCATOR_OR_END as _LOCATOR_OR_END
from citekit.citations.shortforms import SHORT_FORM as _SHORT_FORM
from citekit.citations.shortforms import oscola_pointer
from citekit.citations.sources import SOURCE as _SOURCE
from citekit.citations.sources import YEAR as _YEAR
from citekit.citations.sources import closing_ibid
from citekit.citations.sources import initials as _initials
from citekit.citations.sources import split_sources as _split_sources
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.unreachable import says_unreachable
from citekit.languages import shipped_words
from citekit.model import NoteKind

__all__ = ["DECIMAL", "Found", "Searcher", "classify", "names_work_again"]

_MAX_SHORT: Final = 120  # letters of the longest note read as an op. cit.
# a quote or GOST's "//", not "https://" (`/(?<!:/)/` is `(?<!:)//` opening on its literal,
# which re skips to at once)
_QUOTE_OR_GOST: Final = re.compile(r"“|«|„|\"|/(?<!:/)/")
# a decimal digit (told at C speed)
DECIMAL: Final = re.compile(r"\d")
# the end of a note, or a locator: "s. 52", ", 2015, s. 5", "vol. II", "– С. 5", a Roman
# volume and its page ("II, 45", "II/45": İSNAD's short form)
_MARKER: Final = re.compile(r"\[\d{1,4}\]")  # the note's own marker (`[5] Ibid.`)
_MARKS_BEFORE: Final = ",.:;،([{—–-*_>^↑"  # what may stand just before an ibid word inside a note


class Found(Protocol):
    """A match's span and text (`re.Match`, `regex.Match`)."""

    def start(self) -> int: ...
    def end(self) -> int: ...
    def group(self) -> str: ...


class Searcher(Protocol):
    """A pattern that searches a text (`re.Pattern`, `EdgedPattern`)."""

    def search(self, text: str, /) -> Found | None: ...


# GOST's access area: a sentence's end, its dash, a label of three words at most and a colon
# before an address (`. – URL:`, `. – Режим доступа:`): no prose writes one, whatever its words
_ACCESS_AREA: Final = re.compile(
    r"[.)\]]\s*[–—-]\s*[^\W\d_][\w.]*(?:\s[\w.]+){0,2}:\s*(?:https?://|www\.)"
)
# a code's capitals and a period right before a word (`DH.İD.`): the word is the code's
_GLUED_CODE: Final = re.compile(r"[A-ZÇĞİÖŞÜ]\.\Z")


def _one_source(text: str, ibid: Searcher) -> bool:
    """Whether the note names one source: its parts after the first, if any, are each a bare
    ibid of it (`Якубов Ш. Указ. соч. – С. 14; Там же. – С. 19–20.`: one work, two pages)."""
    parts = _split_sources(text)
    return len(parts) < 2 or all(
        (found := ibid.search(part.strip())) is not None and found.start() == 0
        for part in parts[1:]
    )


_NAME_WORDS: Final = 4  # words of the author's name before "the same work" at most
_FULL_NAME: Final = 3  # capitalised words of a name written out in full at most


@functools.cache
def _work_words() -> frozenset[str]:
    """The languages' words for "the same work" (`[words] work_again`), casefolded."""
    return frozenset(w.casefold() for w in shipped_words("work_again"))


def _work_again(text: str, ibid: Found) -> bool:
    """Whether the ibid word found is "the same work" after its author's name alone
    (`Orazowa G. Şol eser, 48 sah.`): that author's work cited before, an op. cit."""
    if ibid.group().casefold().rstrip(".") not in _work_words():
        return False
    head = text[: ibid.start()].strip(" ,.")
    words = head.split()
    if head.endswith(":") or patterns().see.match(head) is not None:
        return False  # `Seret: Şol eser`, `Bu barada giňişleýin: Şol eser`: a pointer, no author
    # a name with its initials (`Orazowa G.`); one word alone may be any word (`Meselem`, "for
    # example"): the note's resolution weighs it against the authors cited before
    initialled = any(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in words)
    full = 1 < len(words) <= _FULL_NAME and all(w[:1].isupper() and w.isalpha() for w in words)
    named = initialled or full  # `G. Orazowa`, `Orazowa G.`, `Gurbanguly Berdimuhamedow`
    return (
        named and 0 < len(words) <= _NAME_WORDS and head[:1].isupper() and not DECIMAL.search(head)
    )


# what ends a title's first words after "the same author"
_HEAD_END: Final = re.compile(r"[,.;]")
# an imprint's year as a part of its own after the title and the place (`İstanbul, Ötüken,
# 1985`, `(Ankara: Kripto, 2019)`), not a year inside a phrase (`Section 3 of the … Act 1998`,
# `26 October 2003`: Bluebook's `Id.` repeats the authority)
_IMPRINT_YEAR: Final = re.compile(r"[12]\d{3}\)?")
_IDEM_TITLE_WORDS: Final = 2  # `Id., Türk-İslam Sentezi, …`: no one word (`Id., Art. 5`)


def _idem_before_title(text: str, ibid: Found) -> bool:
    """Whether the ibid word opening the note is also "the same author" (`[words] idem`:
    French `Id.`) and a title follows it: that author's other work, cited in full. The title
    is quoted, or is words before the imprint's year, a part of its own after the place (`Id.,
    Türk-İslam Sentezi, İstanbul, Ötüken, 1985, pp. 22-24.`); a locator after the word (`Id.,
    p. 45`, `Id. at 45`) or an authority's name (`Id., Section 3 of the … Act 1998.`) is an
    ibid's."""
    if patterns().idem.match(ibid.group()) is None:
        return False
    rest = text[ibid.end() :].lstrip(" ,.:")
    if patterns().opcit.search(rest) is not None:
        return False  # `art. cité`
    if rest[:1] in OPENING_MARKS:
        return True
    return (
        rest[:1].isupper()
        and _LOCATOR_OR_END.match(rest) is None
        and len(_HEAD_END.split(rest, maxsplit=1)[0].split()) >= _IDEM_TITLE_WORDS
        and any(_IMPRINT_YEAR.fullmatch(part.strip()) for part in rest.split(",")[1:])
    )


def names_work_again(text: str) -> bool:
    """Whether `text` repeats a work by its author's name and "the same work" (`İnalcık, Şol
    eser, s. 61.`): the last source itself when that author wrote it (an ibid), else that
    author's work cited before (an op. cit.)."""
    found = patterns().ibid.search(text.strip())
    return found is not None and found.start() > 0 and _work_again(text.strip(), found)


_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_]+)\s")  # a word and the space after it: no address
_SENTENCE_WORD: Final = 4  # letters of a sentence's next word at least (a locator's are fewer)


def _sentence_goes_on(text: str, at: int) -> bool:
    """Whether the ibid word ending at `at` runs straight on into a word of small letters no
    locator writes, a space after it (`Στο ίδιο πνεύμα βλ. …`, "in the same spirit, see"): a
    sentence opens (`Şol ýerde. https://…` is an ibid with its address)."""
    found = _NEXT_WORD.match(text, at)
    return found is not None and len(found[1]) >= _SENTENCE_WORD and found[1].islower()


def classify(text: str) -> NoteKind:
    """Whether a note cites, repeats the last source, repeats a named one, or comments."""
    p = patterns()
    stripped = text.strip().lstrip("*_ ")
    if not stripped or _heading(stripped):
        return NoteKind.COMMENT  # `İnternet Kaynakları`: a list's heading pasted as a note
    short = len(stripped) < 80
    # a long note is an ibid only when it opens with the word: match, do not search
    ibid = p.ibid.search(stripped) if short else p.ibid.match(stripped)
    if ibid is not None and not _in_place(stripped, ibid):
        ibid = None  # "Son Ay, İstanbul 2010": the word, no "ay." (aynı yer)
    if ibid is not None and _GLUED_CODE.search(stripped, 0, ibid.start()):
        ibid = None  # "BOA, DH.İD., nr. 87/12": a classification code's part, no "Id."
    if ibid is not None and ibid.start() == 0 and _sentence_goes_on(stripped, ibid.end()):
        ibid = None  # "Στο ίδιο πνεύμα βλ. …" ("in the same spirit, see"): a sentence opens
    if ibid is not None and (
        ibid.start() == 0 or (not _SOURCE.search(stripped) and len(_split_sources(stripped)) == 1)
    ):  # "Demir, Tarih, 2010; Şol ýerde, 25 s." cites, then repeats: not a bare ibid
        if ibid.start() == 0 and len(_split_sources(stripped)) > 1:
            return NoteKind.CITATION  # "Ibid., 7; Demir, Osmanlı, 45.": ibid, then a source
        if ibid.start() > 0 and _work_again(stripped, ibid):
            return NoteKind.OPCIT  # "Berdimuhamedow G. Şol eser. – S. 102."
        if ibid.start() == 0 and _idem_before_title(stripped, ibid):
            return NoteKind.CITATION  # "Id., « Le Turkménistan … », Politique étrangère, …"
        return NoteKind.IBID
    if closing_ibid(stripped):  # "… «степь никогда не была пустой» (там же, с. 47)."
        return NoteKind.IBID
    if repeats_before(stripped):  # "С. 47.", "Idem, p. 48.": the source before, again
        return NoteKind.IBID
    if len(stripped) < _MAX_SHORT:
        opcit = p.opcit.search(stripped)
        if opcit is not None and not _in_place(stripped, opcit):
            opcit = None  # "The Age of Revolution": the word, no "age" (a.g.e.)
        rest = stripped[opcit.end() :] if opcit is not None and opcit.start() == 0 else ""
        if rest and (reads_as_prose(rest) or closes_on_predicate(rest)):
            opcit = None  # "Аталған кітап 1995 жылы Алматыда қайта басылды.": a sentence
        if (
            opcit is not None
            and (not _SOURCE.search(stripped) or _LOCATOR_OR_END.match(stripped[opcit.end() :]))
            and _one_source(stripped, p.ibid)
        ):  # "Yılmaz, “Hazar”, a.g.m., s. 45.": a quoted short title before it
            return NoteKind.OPCIT  # "Иванов. Указ. соч. С. 5; Петров. Там же. С. 7." cites two
    if short and oscola_pointer(stripped) is not None:  # "Bowring (n 7) 115.": a short form
        return NoteKind.CITATION
    if _short_form_first(stripped):  # "Karaca, Stratejik Denge, 90. Karaca’s argument …"
        return NoteKind.CITATION
    if gloss(stripped):  # "Ныне — Алматы.", "Şimdiki adı Türkmenbaşı."
        return NoteKind.COMMENT
    quoted = _quote_or_gost(stripped)
    if not quoted and remark(stripped):
        return NoteKind.COMMENT
    if says_unreachable(stripped):  # "Текст не найден.", "Metne erişilemiyor."
        return NoteKind.COMMENT
    if quoted and quoted_in_prose(stripped):  # "Мақала 2019 жылы «Жас ғалым» конкурсында …"
        return NoteKind.COMMENT
    if quoted and glosses_a_term(stripped):  # "Араб. «новый».", "Farsça “yeni”."
        return NoteKind.COMMENT
    if cross_reference(stripped):  # "См. примеч. 12.", "See note 4 above."
        return NoteKind.COMMENT
    if not quoted and names_an_example(stripped):  # "Örneğin, 1916 ayaklanması."
        return NoteKind.COMMENT
    # a year, a quote or GOST's "//" cites: the words are counted only when none stands, or
    # when each year stands inside a sentence ("В 1916 году восстание охватило …")
    if (
        not quoted
        and (not _YEAR.search(stripped) or years_in_prose(stripped))
        and reads_as_prose(stripped)
        and not cites_after_see(stripped)  # "On this point, see also Jones, Oil and Empire, 10"
        and not opens_with_name(stripped)  # "Иванов И. И. История казахского народа в …"
        and not labelled_number(stripped)  # "… в пяти томах. Т. 3.": a volume's number
        and _ACCESS_AREA.search(stripped) is None  # "Заявление … . – URL: http://…": GOST's
        and not _shelf_mark_first(stripped)  # "TsGA RK, f. 5, op. 15, d. 6312, l. 3. The …"
    ):
        return NoteKind.COMMENT
    if _points_at_nothing(stripped):
        return NoteKind.COMMENT
    if not quoted and "://" not in stripped and compiled_line(stripped):  # "Kaynak: TÜİK …"
        return NoteKind.COMMENT  # "… verilerinden derlenmiştir."
    if "://" not in stripped and funded(stripped):  # "… tarafından desteklenmiştir"
        return NoteKind.COMMENT
    if gives_editorial_history(stripped):  # "Статья поступила в редакцию 12.03.2021."
        return NoteKind.COMMENT
    prose = without_label(stripped)  # "Not: Tarihler Rumi takvime göre verilmiştir."
    if closes_on_predicate(prose) or holds_finite_verb(prose):  # "… okunmuştur."
        return NoteKind.COMMENT  # "The Treaty of Kiakhta was signed … in 1727."
    if states_dated_event(stripped):  # "Договор был подписан 15 мая 1992 г."
        return NoteKind.COMMENT
    return NoteKind.CITATION


_SENTENCE_END: Final = re.compile(r"\.\s+(?=[^\W\d_])")
# a first sentence that closes on a page after a comma, then a capitalised word
_FIRST_SENTENCE: Final = re.compile(r"(.{5,120}?\d)\.\s+(?=[^\W\d_])")


def _short_form_first(text: str) -> bool:
    """Whether `text` opens with a short form closed by its page (`Karaca, Stratejik Denge,
    90.`, `Kaliyeva, "Gazovaya politika," 104.`) and goes on with its own prose: it cites."""
    first = _FIRST_SENTENCE.match(text)
    short = _SHORT_FORM.fullmatch(first.group(1)) if first is not None else None
    return short is not None and _YEAR.fullmatch(short.group("page")) is None


def _shelf_mark_first(text: str) -> bool:
    """Whether a sentence that is a whole shelf mark and no prose opens `text`, before a
    sentence of prose (`TsGA RK, f. 5, op. 15, d. 6312, l. 3. The file is dated …`); a shelf
    mark inside a sentence (`Unfortunately the file GARF, f. 5446, … could not be …`) is none."""
    for end in _SENTENCE_END.finditer(text):
        head = text[: end.start()]
        if text[end.end()].isupper() and shelf_marked(head) and not reads_as_prose(head):
            return True
    return False


def _quote_or_gost(text: str) -> bool:
    """Whether `text` holds a quote mark or GOST's "//" (`_QUOTE_OR_GOST`), told by a look
    for each mark before any scan by the pattern (most notes have no "//")."""
    if "“" in text or "«" in text or "„" in text or '"' in text:
        return True
    return "//" in text and _QUOTE_OR_GOST.search(text) is not None


def _in_place(text: str, found: Found) -> bool:
    """Whether an ibid or op. cit. word found in `text` stands where one is written: at the
    note's start, or after an author's name, a "see" word or a mark (`Smith, ibid.`, `См. там
    же`, `(Там же. С. 5)`), not inside a title (`Kaya, Son Ay, İstanbul`). A word written
    without inner periods (`age`, `ay.`, `Sonda`) may be a title's word too (`The Age of
    Revolution`, `Ay Işığı`): it counts only with nothing or a locator after it."""
    start, end = found.start(), found.end()
    if _initials(text, start, end):
        return False  # "Kaya A.Y. Türk tarihi", "A.E. Smith": a name's initials, no "a.y."
    single = text[start:end].rstrip(".").isalpha()
    rest = text[end:]
    after = not single or _LOCATOR_OR_END.match(rest) is not None
    if start == 0:  # "Ibid. The author adds …", "Age, 45.", not "Ay Işığı"
        return after or "." in text[start:end] or not rest[:1].isspace()
    head = text[:start].rstrip()
    placed = (
        not single  # "Yılmaz a.g.e. s. 45": an abbreviation of periods is no title's word
        or not head
        or head[-1] in _MARKS_BEFORE
        or head[-1].isdigit()
        or _MARKER.fullmatch(head) is not None  # "[5] Ibid., 70.": the note's own marker
        or not any(len(w.strip(_MARKS_BEFORE)) > 1 for w in head.split())  # "^ a b Ibid."
        or _ends_with_see(head)
    )
    return placed and after


def _ends_with_see(head: str) -> bool:
    """Whether `head` ends with a "see" word (`For a fuller discussion see`)."""
    return any(m.end() == len(head) for m in patterns().see.finditer(head, overlapping=True))


@functools.cache
def _headings() -> frozenset[str]:
    """The notes' and the reference lists' headings of every shipped language, casefolded."""
    words = shipped_words("notes_heading") | shipped_words("bibliography_heading")
    return frozenset(w.casefold() for w in words)


def _heading(text: str) -> bool:
    """Whether a note is only a heading of notes or of a reference list (its colon too)."""
    return len(text) < _HEADING_CHARS and text.rstrip(" :.").casefold() in _headings()


_HEADING_CHARS: Final = 60  # a heading's characters at most


def _points_at_nothing(text: str) -> bool:
    """A "see" remark that names no work: "Bu konuda ayrıca bkz. yazarın diğer çalışmaları."

    Only when every word but the sentence's first is lower-case prose: no name, no title in
    capitals or quotes, no year, page or other number, no address.
    """
    if DECIMAL.search(text) is not None:
        return False  # a number (told at C speed; a decimal digit is a digit)
    see = patterns().see.search(text)
    if see is None or _SOURCE.search(text) or any(c.isdigit() for c in text):
        return False
    rest = (text[: see.start()] + " " + text[see.end() :]).split()
    words = [w.strip(".,:;!?()[]*_") for w in rest]
    words = [w for w in words if w]
    if not words or any(
        not w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words
    ):
        return False
    first = 1 if see.start() > 0 else 0  # the sentence's own capital before "see"
    return all(w[:1].islower() for w in words[first:])
