"""A note's sources: where `;` parts two whole citations (never inside brackets, quotes, a
GOST host's description or a statement of responsibility), and the page an ibid points at."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import unmixed
from citekit.citations._words import and_words, literal_alternation, lower, patterns
from citekit.citations.archives import shelf_marked
from citekit.citations.date_clauses import dated_clause
from citekit.citations.editor_lists import editors_go_on
from citekit.citations.locators import locator
from citekit.citations.name_sets import family_particles
from citekit.citations.place_names import place_names
from citekit.citations.shortforms import SHORT_FORM, oscola_pointer
from citekit.citations.source_forms import (
    PROSE_SHARE,
    and_after_imprint,
    heading_name,
    heading_short_form,
    prose,
    see_after_lead,
    short_form_then_prose,
)
from citekit.citations.structure import opens_with_identifier
from citekit.langid_profiles import script_of
from citekit.languages import shipped_words

__all__ = [
    "PROSE_SHARE",
    "SOURCE",
    "YEAR",
    "bare_ibid",
    "closing_ibid",
    "initials",
    "split_sources",
    "translating",
]

# a year no digit touches: its first digit is found by re's fast scan, the digit before it is
# checked after (what a leading (?<!\d) says)
YEAR: Final = re.compile(r"([12](?<!\d[12])(?:(?<=1)[5-9]|(?<=2)0)\d\d)(?!\d)")
# each alternative opens on a literal, so that re skips at once to one of their first
# characters (an alternative opening on a class is tried at every position)
SOURCE: Final = re.compile(r"“|«|„|\"|https?://|www\.|//")


_OPEN, _CLOSE = "([{«“„", ")]}»”"
_GROUPS: Final = frozenset({"[]", "()"})  # a note wholly in brackets: author-date references
# Greek's semicolon: the ano teleia (U+0387), typed as the middle dot (U+00B7) as often
_ANO_TELEIA: Final = "\u0387\u00b7"
_CUT_MARKS: Final = re.compile(f'[{re.escape(_OPEN + _CLOSE)};"{_ANO_TELEIA}]')
_GREEK_SEMICOLONS: Final = re.compile(f"[{_ANO_TELEIA}]\\s")
_GREEK: Final = "Grek"  # the script `langid_profiles.script_of` names Greek letters by
_GREEK_SHARE: Final = 3  # a Greek note: a third of its letters Greek at least
_NEAR: Final = 12  # characters before a raised dot a Greek page's label stands in (`σσ. 119–125·`)
_STARTS: Final = re.compile(r"[^\W\d_]|[«“„\"']|https?://|www\.")
# an imprint's next place up to its publisher's colon: `New York:`, `Л.:`, `Tonbridge, KY, USA:`
# (a period only after an abbreviation of three letters at most: `St.`, `СПб.`, not `Очерки.`)
_PLACE_WORD: Final = r"(?:[^\W\d_]{1,3}\.|[^\W\d_][^\W\d_'’-]*)"
# … or up to the year when no publisher is named (GOST's `М.; Л., 1947`, `Київ; Чернівці, 2007`)
_PLACE_ON: Final = re.compile(
    rf"\s*{_PLACE_WORD}(?:[ ,]{{1,2}}{_PLACE_WORD}){{0,3}}(?:\s?:\s|,\s?[12]\d{{3}}(?!\d))"
)
_PLACE_WORDS: Final = 3  # words of one place at most (`Boca Raton`, `St. Petersburg`)
# an imprint's place and publisher closing what went before (`. М.: Новое литературное
# обозрение`), and the next publisher with the year after `;` (`ВЦИОМ-А, 2004. 816 с.`)
_PUBLISHED_BY: Final = re.compile(
    rf"(?:^|[.)]\s){_PLACE_WORD}(?:[ ,]{{1,2}}{_PLACE_WORD}){{0,3}}\s?:\s[^.;:]+$"
)
_NEXT_PUBLISHER: Final = re.compile(r"\s*[^\W\d_][^.,;:]*,\s*(?:1[5-9]|20)\d\d(?!\d)")


# an address alone after `;`, maybe its access date in brackets: the source's own address
_BARE_ADDRESS: Final = re.compile(r"\s*(?:https?://|www\.)\S+\s*(?:\([^()]*\))?[\s.]*")


def _numbered(piece: str) -> bool:
    """Whether `piece` opens on a catalogue or database number (`PMCID: PMC5012345`): the
    source's own, no source of its own."""
    return opens_with_identifier(piece)


def split_sources(text: str) -> list[str]:
    """The sources a note cites, split at `;` (Greek's `·`) where each side holds a whole
    citation.

    Never inside brackets or quotes, before a page list (`s. 4; 7`), a lower-case
    responsibility (GOST's `/ пер. …; под ред. …`) or a database export's `Title;Author`.
    A "see also" or an ibid word after `;` starts a source of its own.
    """
    cuts = _cuts(text) if ";" in text or _GREEK_SEMICOLONS.search(text) else []
    if not cuts and ";" in text and text[:1] + text[-1:] in _GROUPS and _cuts(text[1:-1]):
        # `[Сулейменов, 2004, с. 17; Нысанбаев, 2008, с. 34]`: an in-text group as the note,
        # its sources without the brackets
        text = text[1:-1]
        cuts = _cuts(text)
    if not cuts:
        at = _see_after_ibid(text)
        at = _quoted_from(text) if at is None else at
        if at is None and (joined := and_after_imprint(text)) is not None:
            return [text[: joined[0]].strip(), text[joined[1] :].strip()]  # `…), 84–97, and …`
        if at is None and (lead := _quoting_lead(text)) is not None:
            return [text[lead:].strip()]  # `… layihasından aktaran: İlber Ortaylı, …`
        if at is None and (edition := _translated_edition(text)) is not None:
            return edition  # `… 1997. 223 p. (Russ. ed.: Bzhezinskii Z. …)`
        return [text] if at is None else [text[:at].strip(" ,("), text[at:].strip()]
    starts, ends = [0, *(c + 1 for c in cuts)], [*cuts, len(text)]
    pieces = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    marks = [text[c] for c in cuts]  # the separator after each piece but the last, as written
    for k in range(len(pieces) - 1, 0, -1):
        if _BARE_ADDRESS.fullmatch(pieces[k]) or dated_clause(pieces[k]) or _numbered(pieces[k]):
            # `…, s. 450-462; https://… (Erişim: …)`, `Опубл. 12 янв. 2024; обновлено 04.03.2024`,
            # `… 2016;116(5):78-84. PMID: 27331234; PMCID: PMC5012345.`
            pieces[k - 1 : k + 1] = [pieces[k - 1] + marks.pop(k - 1) + pieces[k]]
    if all(SOURCE.search(p) and YEAR.search(p) for p in pieces):
        return [p.strip() for p in pieces if p.strip()]
    # `…; Малов С. Е. Памятники. М.; Л., 1951`: one source
    pieces, marks = _places_joined(pieces, marks)
    sources = [pieces[0]]
    for piece, mark in zip(pieces[1:], marks, strict=True):
        if _starts_source(sources[-1], piece):
            sources.append(piece)
        else:
            sources[-1] += mark + piece
    at = _see_after_ibid(text) if len(sources) == 1 else None  # `…. Ср.: …; Л., 1947`
    at = _quoted_from(text) if len(sources) == 1 and at is None else at
    if at is not None:  # the comma (or bracket) before a quoting word is no part of the page
        return [text[:at].strip(" ,("), text[at:].strip()]
    return [s.strip() for s in sources]


def _places_joined(pieces: list[str], marks: list[str]) -> tuple[list[str], list[str]]:
    """`pieces` with each that goes on an imprint's places (`М.; Л., 1951`) joined to the one
    before: a source is judged whole, its places and year with it, before `;` may part it
    from the source before (`… 1964. 215 с.; Малов С. Е. Памятники. М.; Л., 1951.`); and the
    separators left between them (`marks`)."""
    joined, kept = [pieces[0]], []
    for piece, mark in zip(pieces[1:], marks, strict=True):
        before = joined[-1][-_LONG_SOURCE:]  # the tail alone: linear in a note of many `;`
        if (len(before) >= _LONG_SOURCE or not bare_ibid(before)) and _places_go_on(before, piece):
            joined[-1] += mark + piece
        else:
            joined.append(piece)
            kept.append(mark)
    return joined, kept


def _see_after_ibid(text: str) -> int | None:
    """Where a "see" word opens a second source after an ibid and its page (`Там же. С. 45.
    Ср.: Петров П. П. Степь. М., 1999.`, `Ibid., 12. See also Jones, Oil, 2001, 10.`) or after
    a whole citation (`…, 2007. С. 89. Ср.: Вяткин М. П. Батыр Срым. М.; Л., 1947.`): the
    page ends a sentence, the "see" word opens the next, and a whole citation follows. A few
    words of prose may open that sentence before the "see" word (`…, 2006, p. 31. For the
    frame narrative, see also Whitcombe, …`)."""
    p = patterns()
    reading = unmixed(text)
    ibid = p.ibid.match(reading) is not None
    if not ibid and not _see_opens().search(text) and not _led_see(text):
        return None  # no sentence opens with a "see" word (`. Ср.:`, `. See also`)
    leads = 0
    for see in p.see.finditer(reading):
        head = text[: see.start()].rstrip()
        start = see.start()
        if not head.endswith("."):  # `Ibid., 95. For a different view, see …`
            if not ibid and not text[see.start()].islower():
                continue  # `(Kars: …`: a place's name, no lead's "see" word
            leads += 1
            if not ibid and leads > _LEADS:
                return None  # a few leads tried at most: the work stays linear in the note
            start = _lead_start(head)
            head = text[:start].rstrip()
        if not head.endswith(".") or not (bare_ibid(head) if ibid else _whole(head)):
            continue
        rest = text[see.end() :].lstrip(" .,:")
        if _holds(rest) and (ibid or rest[:1].isupper() or rest[:1] in _QUOTE_OPENERS):
            return start
    return None


_LEADS: Final = 2  # "see" words after a lead tried in a note with no ibid, at most
_MAX_LEAD_WORDS: Final = 8  # "For a different view,", "Bu konuda farklı bir görüş için"
_LEAD_MARKS: Final = frozenset('()[]«»“”„"/:')  # none stands in a lead's words


@functools.cache
def _small_see_words() -> re.Pattern[str]:
    """The language files' "see" words written in small letters, folded, without their
    closing marks (`see also`, `bkz`, `см`), as one literal alternation: a note holding none
    holds no such word."""
    words = {w.casefold().rstrip(".:,") for w in shipped_words("see") if w[:1].islower()}
    return re.compile(literal_alternation(sorted((w for w in words if w), key=len, reverse=True)))


def _led_see(text: str) -> bool:
    """Whether a sentence after the first opens with a few words and then a "see" word in small
    letters (`…, p. 31. For the frame narrative, see also …`, `… 201–219. Benzer bulgular için
    ayrıca bkz. …`): told by a look for `. ` and a "see" word after it."""
    period = text.find(". ")
    if period < 0:
        return False
    if _small_see_words().search(text[period:].casefold()) is None:
        return False  # no small-letter "see" word in the note (most notes): one scan
    return patterns().see.search(unmixed(text[period:])) is not None


def _lead_start(head: str) -> int:
    """Where a sentence of a few words of prose, no digit in them, opens before a "see" word
    that closes `head` (`For a different view,` of `Ibid., 95. For a different view, see`):
    after the last sentence's period; 0 when no such lead is written."""
    period = head.rfind(". ")
    lead = head[period + 2 :] if period > 0 else ""
    words = lead.split()
    if not words or len(words) > _MAX_LEAD_WORDS or not lead[:1].isupper():
        return 0
    if any(c.isdigit() or c in _LEAD_MARKS for c in lead):
        return 0  # `… Soylu (`: a citation's words, no prose
    return period + 2


@functools.cache
def _see_opens() -> re.Pattern[str]:
    """A sentence opened by a capitalised "see" word of the language files (`. Ср.:`)."""
    words = sorted((w for w in shipped_words("see") if w[:1].isupper()), key=len, reverse=True)
    # grouped by first character (one group tried a place): found where the flat one is
    return re.compile(r"\.\s+(?:{})".format(literal_alternation(words) or "(?!)"))


@functools.cache
def _quoting() -> re.Pattern[str]:
    """A quoting word of the language files after a comma or a page's ablative (`23'ten`)."""
    words = sorted(shipped_words("quoting"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    # … or opening a bracket after the citation (`… С. 18–21. (Цит. по: …)`, `12 (aktaran: …)`)
    return re.compile(rf"(?:(?:,|\d[’']?[dt][ae]n)\s+|\.?\s*\()((?:{alternation})[:\s])")


@functools.cache
def _mentioned() -> re.Pattern[str]:
    """A quoting word after an author-date mention's bracketed year (`(2019) cited in`,
    `(1952), akt.`)."""
    words = sorted(shipped_words("quoting"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"\),?\s+((?:{alternation})[:\s])")


@functools.cache
def translating(head: str) -> bool:
    """Whether `head` closes on a translator's phrase that holds a quoting word (`Türkiye
    Türkçesine aktaran`: passed into Turkish, a translator's label, no quotation's)."""
    return any(head.endswith(phrase) for phrase in _translator_phrases())


@functools.cache
def _translator_phrases() -> tuple[str, ...]:
    """The language files' translator phrases of two words or more (`Türkçesine aktaran`)."""
    return tuple(phrase for phrase in shipped_words("translator") if " " in phrase)


def _quoting_words() -> tuple[str, ...]:
    """The language files' quoting words, one of which `_quoting` needs as written."""
    return tuple(shipped_words("quoting"))


def _quoted_from(text: str) -> int | None:
    """Where the work a quotation was taken from follows a whole citation (`Ziya Gökalp,
    Türkçülüğün Esasları, Ankara, 1976, s. 23'ten aktaran Taha Parla, …`, `Smith, Title
    (London, 1990), 12, quoted in Jane Doe, …`): the quoting word opens the second source."""
    if not any(word in text for word in _quoting_words()):
        return None  # no quoting word at all (most notes): the pattern's scan is slow
    for found in _quoting().finditer(text):
        head, rest = text[: found.start(1)], text[found.end(1) :].lstrip(" :")
        if _NAME_YEAR.match(head.rstrip(" ,(")):
            continue  # `Piaget (1952), akt. Yıldırım, M. (2014). …`: a mention, no source
        if _whole(head.rstrip(" ,(")) and _holds(rest) and rest[:1].isupper():
            return found.start(1)
    return None


@functools.cache
def _edition_opens() -> re.Pattern[str]:
    """A bracket opening a translation's words and their colon (`[words]
    translated_edition`: `(Russ. ed.:`, `(Рус. пер.:`, `(Türkçesi:`)."""
    words = sorted(shipped_words("translated_edition"), key=len, reverse=True)
    return re.compile(r"\((?:" + "|".join(re.escape(w) for w in words) + r")\s*:\s*")


def _translated_edition(text: str) -> list[str] | None:
    """The work and its translation when a bracket closing the note opens with a
    translation's words (`Brzezinski Z. The Grand Chessboard. New York: Basic Books, 1997.
    223 p. (Russ. ed.: Bzhezinskii Z. Velikaya shakhmatnaya doska. Moscow, 1998.)`): two
    sources, each a whole citation."""
    if "(" not in text:
        return None
    found = _edition_opens().search(text)
    if found is None:
        return None
    p = patterns()
    close = _closing_bracket(text, found.start())
    if close is None or text[close + 1 :].strip(" .") != "":
        return None  # the bracket must close the note
    head, inner = text[: found.start()].rstrip(" ,."), text[found.end() : close].strip()
    if _PLACE_ON.match(inner) or p.ibid.match(head) or p.opcit.search(head):
        return None  # `(Russ. ed.: Moscow, 1869.)`: an imprint alone; `Ibid., p. 45 (…)`
    # `(Türkçesi: Hakkı Dursun Yıldız, …)`: its translator; `(Türkçesi: Ankara 1990)`: no work
    if _NAMED_FIRST.match(inner) or not _SENTENCE.search(inner):
        return None
    if not (_whole(head) and _holds(inner) and inner[:1].isupper()):
        return None
    return [text[: found.start()].strip(), inner]


# a translator named first, given name first, before a comma (İSNAD's `Türkçesi: A. B., Title`)
_NAMED_FIRST: Final = re.compile(r"[^\W\d_][^\W\d_]+(?: [^\W\d_][^\W\d_]+){1,3},")
_SENTENCE: Final = re.compile(r"[^\W\d_]{3,}\.\s+[^\W\d_]")  # a work's sentence ends inside


def _closing_bracket(text: str, at: int) -> int | None:
    """Where the round bracket opened at `at` closes, or None."""
    depth = 0
    for i in range(at, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return None


def _quoting_lead(text: str) -> int | None:
    """Where the work quoted from starts after a quoting word and its colon that close a
    lead-in of prose, no whole citation (`Sadrazam Âli Paşa’nın 1867 tarihli layihasından
    aktaran: İlber Ortaylı, …`), or after a quoting word that follows an author-date mention
    (APA's `Nazarbayeva (2019) cited in Omarova, S. (2021). …`): the note cites that work
    alone."""
    if not any(word in text for word in _quoting_words()):
        return None
    for found in _mentioned().finditer(text):  # … or an author-date mention, APA's secondary
        head, rest = text[: found.start(1)], text[found.end(1) :].lstrip(" :")
        mention = _NAME_YEAR.match(head.rstrip(" ,")) and head[:1].isupper()
        if mention and _holds(rest) and rest[:1].isupper():  # `X (2019) cited in Y (2021) …`
            return len(text) - len(rest)
    for word in _quoting_words():
        at = text.find(word + ":")
        if at <= 0 or text[at - 1] != " " or translating(text[: at + len(word)]):
            continue
        head, rest = text[:at], text[at + len(word) + 1 :].lstrip()
        if not _whole(head.rstrip(" ,.")) and _holds(rest) and rest[:1].isupper():
            return len(text) - len(rest)
    return None


def _whole(head: str) -> bool:
    """A whole citation ended by its sentence's period, before a "see" word that opens the
    next source (`…, 2007. С. 89. Ср.: Вяткин М. П. …`): its year or address, never a
    sentence of prose."""
    words = head.split()
    lower = sum(1 for w in words if w[:1].islower())
    return _holds(head) and lower < PROSE_SHARE * len(words)


def _cuts(text: str) -> list[int]:
    """Where `;` and a space stand outside brackets and quotes."""
    cuts: list[int] = []
    depth, straight = 0, False
    for found in _CUT_MARKS.finditer(text):  # only these characters change anything
        i, char = found.start(), found.group()
        if char == '"':
            straight = not straight
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif not depth and not straight and _parts(text, i, char):
            cuts.append(i)
    return cuts


def _parts(text: str, i: int, char: str) -> bool:
    """Whether `;` at `i` before a space parts two sources, or a raised dot as Greek's
    semicolon does (`…, σ. 17· πρβλ. …`): a space after it, none before, in a Greek note."""
    if not text[i + 1 : i + 2].isspace():
        return False
    if char == ";":
        return True
    return i > 0 and not text[i - 1].isspace() and _greek_at(text, i)


def _greek_at(text: str, i: int) -> bool:
    """Whether the dot at `i` closes a Greek stretch (`σσ. 119–125·`) or stands in a note a
    third of whose letters are Greek: not in a Latin note quoting a Greek word (`S. 12· vgl. S.
    45 (βασιλεύς)`)."""
    if any(script_of(c) == _GREEK for c in text[max(0, i - _NEAR) : i] if c.isalpha()):
        return True
    letters = [c for c in text if c.isalpha()]
    greek = sum(script_of(c) == _GREEK for c in letters)
    return greek > 0 and _GREEK_SHARE * greek >= len(letters)


# a short form with no page: a name (three words at most) and a quoted title, closed there
# (`Umarov, “China Looms Large.”`): a web item's short form after a source and `;`
_QUOTED_SHORT: Final = re.compile(
    r"\s*[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’.-]*){0,2},\s*[«“„\"][^«»“”„\";]+[»”\"]\.?\s*$"
)
# … and one with its title in single quotes and its page (`Pianciola, ‘Collectivization
# Famine’, 240–44`): a British short form
_SINGLE_SHORT: Final = re.compile(r"[^\W\d_][^,;]*,\s*‘[^;]+’,\s*\d+(?:\s*[-–]\s*\d+)?\.?\s*$")
# an author-date mention: a name (a few words at most, no digit: `Journal 12 (2010)` is a
# volume's) and its year in brackets, maybe a page
_AUTHOR_DATE: Final = re.compile(
    r"\s*[^\W\d_][\w'’-]+(?:\s+[^\s()\d]+){0,4}\s\((?:1[5-9]|20)\d\d[a-z]?(?:,[^()]{1,20})?\)\.?\s*$"
)
# … an author's name alone and its year, APA's secondary citation's first half: a family and
# its initials, maybe a second (`Nazarbayeva, G. (2019)`, `Piaget (1952)`, `Kaya ve Ak (2010)`)
_NAME_YEAR: Final = re.compile(
    r"\s*[^\W\d_][\w'’-]+(?:,\s*(?:[^\W\d_]\.\s*){1,3})?"
    r"(?:\s+(?:and|&|ve|и|және)\s+[^\W\d_][\w'’-]+(?:,\s*(?:[^\W\d_]\.\s*){1,3})?)?"
    r"\s*\((?:1[5-9]|20)\d\d[a-z]?\)\s*$"
)


# GOST's short form: a family and its initials, the title, and the cited page after a dash,
# maybe after a lead word's colon (`Seret: Durdyýew T. Türkmenistanda suw … – 102 sah.`,
# `Иванов И. И. История Туркмении. – С. 12`)
_FAMILY_INITIALS: Final = r"[^\W\d_][\w'’-]+\s+(?:[^\W\d_]\.\s*){1,3}"  # `Ataýewa G. `
_GOST_SHORT: Final = re.compile(
    rf"\s*(?:[^\W\d_]+\.?:\s*)?{_FAMILY_INITIALS}[^\W\d_].*\.\s*[–—]\s*"
    r"(?:(?P<before>[^\W\d_]{1,5}\.)\s*)?\d+(?:\s*[-–]\s*\d+)?(?:\s*(?P<after>[^\W\d_]{1,5})\.?)?\s*"
)


@functools.cache
def _page_words() -> frozenset[str]:
    """The page's labels of every language (`[words] page`), folded, without their period."""
    return frozenset(w.casefold().rstrip(".") for w in shipped_words("page"))


def _gost_short(piece: str) -> bool:
    """Whether a piece is GOST's short form closed by its page (not a volume's or a part's
    number: `Сборник документов. – Вып. 3; Вып. 4. – Алматы, 1998` is one work)."""
    match = _GOST_SHORT.fullmatch(piece)
    if match is None:
        return False
    labels = [match[k].casefold().rstrip(".") for k in ("before", "after") if match[k]]
    return all(label in _page_words() for label in labels)


# a family and its initials opening a source (`Ataýewa G. Gurak …`)
_NAMED_HEAD: Final = re.compile(rf"{_FAMILY_INITIALS}[^\W\d_]")


def _short_then_named(before: str, piece: str) -> bool:
    """Whether GOST's short form closed by its page goes before a source that opens on a
    family and its initials, or on an ibid word (`Durdyýew T. Türkmenistanda suw. – 102 sah.;
    Ataýewa G. …`, `… – С. 12; Там же, с. 5`): the short form is a source of its own."""
    if not _gost_short(before):
        return False
    start = piece.lstrip()
    return bool(_NAMED_HEAD.match(start) or patterns().ibid.match(start))


def _holds(piece: str) -> bool:
    """A whole citation: a year or an address, a capitalised word of two letters or more and
    parts of its own ("Demir, Tarih, 2010", not one field of "Title 2019; Author; Journal"); a
    short form "Smith, Energy Politics, 50"; an author-date mention "Çelik (2019)"; or an
    archival shelf mark ("ЦГА РК. Ф. 5. Оп. 1.
    Д. 12. Л. 3")."""
    if SHORT_FORM.match(piece.strip()) or _repeat_with_page(piece) or bare_ibid(piece):
        return True
    if _SINGLE_SHORT.match(piece.strip()):
        return True  # `See Pianciola, ‘Collectivization Famine’, 240–44`
    if _author_page(piece):
        return True  # `Tekin, s. 70`: an author's one work, named by the author alone
    if _AUTHOR_DATE.match(piece) and piece.lstrip()[:1].isupper():
        return True  # `Çelik (2019).`, `Smith and Jones (2018, p. 4)`: an author-date mention
    if _QUOTED_SHORT.match(piece) and piece.lstrip()[:1].isupper():
        named = piece.split(",", 1)[0].strip()
        return lower(named) not in place_names()  # `Umarov, “China Looms Large.”` (no `Алматы`)
    if short_form_then_prose(piece) or heading_short_form(piece):
        return True
    if not (_dating_year(piece) or re.search(r"https?://|www\.", piece)):
        return shelf_marked(piece)  # an archive's papers are cited by their shelf mark alone
    if not re.search(r"[,.:]\s|//|[“«„\"]", piece.strip()):
        return False
    return any(_capital(w[:1]) and sum(c.isalpha() for c in w) >= 2 for w in piece.split())


def _capital(letter: str) -> bool:
    """Whether `letter` may open a name or a title: a letter in its title case (a capital; a
    letter of a script with no capitals, Arabic; Georgian's, whose title case is itself)."""
    return letter.isalpha() and letter.title() == letter


_TITLE_YEAR: Final = re.compile(r" ([^\W\d_]+)")  # `2021 Article IV`: a title's word after it


@functools.cache
def _year_words() -> frozenset[str]:
    """The words for a year written after its number (`1953 жыл`, `2010 yılında`)."""
    return frozenset(w.casefold() for w in shipped_words("year"))


def _dating_year(piece: str) -> bool:
    """Whether a year in `piece` may date it: not every one runs on into a title's capitalised
    word (`Republic of Kazakhstan: 2021 Article IV Consultation—Press Release; Staff Report`), a
    year's own word apart (`1953 Жыл`)."""
    for m in YEAR.finditer(piece):
        word = _TITLE_YEAR.match(piece, m.end())
        if word is None or not word.group(1)[:1].isupper():
            return True  # `1996 y.`, `1990 edition`: a year's word or a small one after it
        if word.group(1).casefold() in _year_words():
            return True
    return False


def bare_ibid(piece: str) -> bool:
    """An ibid word and at most a page: `Aynı yer`, `Ibid., 7`, `Там же. С. 5`."""
    piece = piece.strip()
    found = patterns().ibid.match(unmixed(piece))
    if found is None or initials(piece, found.start(), found.end()):
        return False
    rest = piece[found.end() :]
    return not rest.strip(" .,:;") or locator(rest) is not None


def closing_ibid(text: str) -> bool:
    """Whether `text` ends with a bracket that holds only an ibid word and a page (`Автор
    далее пишет, что «степь никогда не была пустой» (там же, с. 47).`): the prose quotes the
    work the note before cites, and the bracket says so."""
    end = text.rstrip(" .;")
    if not end.endswith(")"):
        return False  # most notes: one look at the last characters
    opening = end.rfind("(")
    return opening > 0 and bare_ibid(end[opening + 1 : -1])


_LETTERS_DOTTED: Final = re.compile(r"(?:[^\W\d_]\.\s?){2,}")  # `A.Y.`, `A. E.`: initials' shape


def initials(text: str, start: int, end: int) -> bool:
    """Whether the ibid or op. cit. word found at `start:end` of `text` is letters each with
    its period, all capitals (`A.Y.`, `A.E.`: the abbreviations `a.y.`, `a.e.` in a name's
    case) with a name right before it (`Kaya A.Y.`) or a capitalised word after it (`A.Y.
    Kaya`, `Kaya, A.Y. Türk tarihi`): a name's initials, no such word."""
    word = text[start:end].strip()
    if not word.isupper() or _LETTERS_DOTTED.fullmatch(word) is None:
        return False
    return text[:start].rstrip()[-1:].isalpha() or text[end:].lstrip()[:1].isupper()


@functools.cache
def _imprint() -> re.Pattern[str]:
    """A host's imprint after `//`: its year after a comma, colon, period or spaced dash (not
    a range's second year), or a number after a page's, volume's or issue's word of the
    language files (`С. 5`, `Vol. 3`, `№ 2`)."""
    words = {w.rstrip(".") for key in ("page", "volume", "issue") for w in shipped_words(key)}
    labels = "|".join(re.escape(w) for w in sorted(words - {""}, key=len, reverse=True))
    year = r"(?:[,.:]|\s[—–])\s*(?:1[5-9]|20)\d\d(?!\d)"
    return re.compile(rf"{year}|(?<!\w)(?:{labels})\.?\s*\d")


_QUOTE_OPENERS: Final = '«“„"'


_SLASHES: Final = re.compile(r"(?<![:/])//(?!/)")  # GOST's, not an address's `://`


_AREAS: Final = re.compile(r"(?<![:/])//(?!/)|\s/\s")  # a host's `//`, a responsibility's ` / `


def _open_host(before: str) -> bool:
    """Whether `before` ends inside a GOST host's description or a statement of
    responsibility: after its last `//` or ` / `, no year of an imprint and no page or issue
    number yet (`// Сибирь в XVII–XX веках: …: Бахрушинские чтения 1999–2000 гг.`, which
    `; Межвуз. сб. науч. тр. / Под ред. …` goes on; a thesis's `/ Иванов Игорь Петрович`,
    which `; Моск. гос. ун-т. М., 2015` goes on). A responsibility names no year: one after
    the ` / ` (`Ankara / 2010`, `Peace / War in 2001`) says the slash was no GOST area's."""
    last = next(reversed(list(_AREAS.finditer(before))), None)
    if last is None or _imprint().search(before, last.end()) is not None:
        return False
    return last.group().strip() == "//" or YEAR.search(before, last.end()) is None


_AUTHOR_PAGE: Final = re.compile(
    r"\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}),\s*(?=[^\W\d_])"
)


def _author_page(piece: str) -> bool:
    """A family name (up to three capitalised words) and a labelled page: the short form that
    names an author's only work by the author (`Tekin, s. 70`, `Hendrickson, p. 160`)."""
    see = patterns().see.match(piece.lstrip())
    if see is not None:  # `Aynı görüşte: Tekin, s. 70`
        piece = piece.lstrip()[see.end() :].lstrip(" :")
    found = _AUTHOR_PAGE.match(piece)
    words = found.group(1).split() if found is not None else []
    if words[:1] and words[0] in family_particles():
        words = words[1:]  # `von Tuhr, s. 236`: a family's particle in lower case
    if found is None or not words or not all(w[:1].isupper() for w in words):
        return False
    rest = piece[found.end() :]
    page = locator(rest)
    return page is not None and len(rest.strip(" .")) <= len(page) + _PAGE_LABEL


def _repeat_with_page(piece: str) -> bool:
    """An author, an op. cit. or ibid word and a page: `Иванов. Указ. соч. С. 5`."""
    p = patterns()
    piece = piece.strip()
    reading = unmixed(piece)
    found = p.opcit.search(reading) or p.ibid.search(reading)
    if found is None or found.start() == 0 or not piece[:1].isupper():
        return False
    return locator(piece[found.end() :]) is not None


_PAGE_LABEL: Final = 6  # characters of a page's label and its space at most (`s. `, `pp. `)
_LONG_SOURCE: Final = 2000  # characters: past this, what went before already holds a whole source


@functools.cache
def _also_words() -> tuple[str, ...]:
    """The language files' words that join one more source (`[words] also_joins`: `ayrıca`,
    `также`, `а также`), longest first, each with the space after it."""
    return tuple(sorted((w + " " for w in shipped_words("also_joins")), key=len, reverse=True))


def _past_and(start: str) -> str:
    """`start` past an "and" or "also" word that joins one more source: `and Anna Brown, …`,
    `ayrıca Zeki Velidi Togan, …`, `а также Иванов И. И. …`."""
    word, space, rest = start.partition(" ")
    if space and word in and_words():
        return rest.lstrip()
    also = next((w for w in _also_words() if start.startswith(w)), None)
    return start[len(also) :].lstrip() if also is not None else start


def _past_also(text: str) -> str:
    """`text` past an "also" word and the mark after it (`сонымен қатар: Құрманбайұлы Ш.`)."""
    for word in _also_words():
        bare = word.rstrip()
        if text.startswith(bare) and text[len(bare) : len(bare) + 1] in (" ", ":", ","):
            return text[len(bare) :].lstrip(" .,:")
    return text


def _places_go_on(before: str, piece: str) -> bool:
    """Whether `;` parts an imprint's places (`London; New York: I.B. Tauris`, `М.; Л.:
    Наука`): what went before ends in places after its last sentence, and the piece names one
    more place before its publisher's colon."""
    if _PLACE_ON.match(piece) is None:
        return False
    tail = re.split(r"[.)]\s", before.rstrip())[-1]  # ISBD's `М. ; Л.`: a space before `;`
    places = [t.strip(" —–-\u00a0") for t in tail.split(";")]  # GOST's `. — Київ; Чернівці`
    return all(
        t[:1].isupper() and not any(c.isdigit() for c in t) and len(t.split()) <= _PLACE_WORDS
        for t in places
    )


def _publishers_go_on(before: str, piece: str) -> bool:
    """Whether `;` parts an imprint's publishers (`М.: Новое литературное обозрение;
    ВЦИОМ-А, 2004`): what went before ends with a place and its publisher after the colon,
    and the piece names one more publisher, then the year after its comma."""
    return _NEXT_PUBLISHER.match(piece) is not None and _PUBLISHED_BY.search(before) is not None


# ACS's and MDPI's imprint after the parts' semicolon: a house, its colon, a city (its state
# and country after commas, `Berlin/Heidelberg`), and the year (`; USDA: Washington, DC, USA,
# 2021.`, `; Springer: Cham, Switzerland, 2019; pp. 45–67.`)
_HOUSE_PLACE: Final = re.compile(
    r"\s*[^\W\d_](?:[^:;.,()]|\.(?!\s)|\([^():;,]*\)){0,100}:\s+"
    r"[^\W\d_][^\W\d_ /().-]*(?:[ /.-]\(?[^\W\d_]+\)?){0,3}"
    r"(?:,\s+[^\W\d_][^\W\d_ .]*(?:\s[^\W\d_]+){0,2}\.?){0,2},\s+(?:1[5-9]|20)\d\d\b"
)


_NAMED: Final = 2  # the particle and the family


_CITED_END: Final = re.compile(r"\d\W*$")  # a piece closing on a number: a page, a volume


@functools.cache
def _numbered_end() -> re.Pattern[str]:
    """A piece closing on a report's number after its label (`[words] number_labels`: `GAIN
    Report No. KZ2021-0003`): no page."""
    words = sorted({w.rstrip(".") for w in shipped_words("number_labels")} - {""}, key=len)
    labels = "|".join(re.escape(w) for w in reversed(words))
    return re.compile(rf"(?:{labels})\.?\s*[\w-]+\W*$")


@functools.cache
def _cities() -> frozenset[str]:
    """The language files' cities, casefolded (no country: `Pipes: Russia, 1974`)."""
    return frozenset(w.casefold() for w in shipped_words("cities"))


_LONE_YEAR: Final = re.compile(r"(?<![\w/-])(?:1[5-9]|20)\d\d(?![\w/-])")  # not `KZ2021-0003`


def _house_place(before: str, piece: str) -> bool:
    """Whether the piece after `;` is ACS's and MDPI's imprint of the work before it: `House:
    City, …, Year`, the house one capitalised name with no comma and no period of its own
    before the colon (no `см.:`, `Larenz:`'s sentence), after a piece that names no year (the
    title and its series: a work's year stands in its imprint)."""
    found = _HOUSE_PLACE.match(piece)
    if found is None or _LONE_YEAR.search(before) or _HOUSE_PLACE.match(before):
        return False
    if patterns().ibid.match(before.strip()) or bare_ibid(before) or _author_page(before):
        return False  # `Ibid.; Kazakhstan: Past and Present, Almaty, 2005.`: a work of its own
    if _CITED_END.search(before) and not _numbered_end().search(before):
        return False  # `Yılmaz, Türk Tarihi, s. 45; Kaynak: …`: a whole citation, its page
    colon = piece.index(":")
    house, place = piece[:colon].strip(), piece[colon + 1 :].split(",")[0].split()
    if not house[:1].isupper() or house.endswith(".") or "," in house:
        return False
    # the place a city of the language files (`Washington`, `Berlin/Heidelberg`, `Halle
    # (Saale)`), no subtitle's words (`Kazakhstan: Documents and Materials, Almaty`)
    first = re.split(r"[/(]", place[0])[0] if place else ""
    return any(w.casefold() in _cities() for w in (first, " ".join(place[:2])) if w)


def _particle_opens(piece: str) -> bool:
    """Whether `piece` opens with a family's particle before a capitalised family and its
    comma (`von Tuhr, s. 236`, `de Gaulle, Mémoires`): a name's first word in lower case."""
    words = piece.split(maxsplit=2)
    if len(words) < _NAMED or words[0] not in family_particles():
        return False
    family = words[1]
    return family[:1].isupper() and family.endswith(",")


@functools.cache
def _interviewee_words() -> tuple[str, ...]:
    """The `[words] interviewee_before` phrases of two words or more in small letters
    (`interview with`, `беседа с`; a person's label alone, `информант`, may open a remark)."""
    return tuple(w for w in shipped_words("interviewee_before") if w[:1].islower() and " " in w)


def _interview_opens(piece: str) -> bool:
    """Whether `piece` opens on an interview's phrase in small letters and a capitalised name
    after it (`interview with Saule Zh., journalist, …`): a source of its own."""
    for phrase in _interviewee_words():
        if piece.startswith(phrase) and piece[len(phrase) : len(phrase) + 1] == " ":
            return piece[len(phrase) + 1 : len(phrase) + 2].isupper()
    return False


def _starts_source(before: str, piece: str) -> bool:
    p = patterns()
    if _house_place(before, piece):
        return False  # `…; USDA: Washington, DC, USA, 2021.`: the work's imprint
    # `Ibid.; see also …`: an ibid word is no place (a bare ibid is short: linear work)
    imprint = len(before) > _LONG_SOURCE or not bare_ibid(before)
    if imprint and (_places_go_on(before, piece) or _publishers_go_on(before, piece)):
        return False
    if editors_go_on(before, piece):  # `In Di Cosmo, Nicola; Frank, Allen J. (eds.).`
        return False
    if oscola_pointer(piece) is not None:  # `Rakhimov (n 2) 140; Tashkentov (n 28) 327.`
        return True
    whole = piece.lstrip()
    start = _past_and(whole)  # "…, 23; and Anna Brown, Steppe Empires, 2011, 5."
    piece = start
    # past a source's length, what went before holds one: judged by the piece alone, so the
    # work stays linear in a note of thousands of `;`
    short = len(before) <= _LONG_SOURCE
    if short and not _holds(before) and not _short_then_named(before, piece):
        return False
    # a "see" phrase that opens with an "also" word (`ayrıca bk.`, `а также см.`) as a whole
    see = p.see.match(start)
    if see is None and whole is not start and (see := p.see.match(whole)) is not None:
        start = whole
    if (
        short
        and _open_host(before)
        and not _SLASHES.search(piece)
        and not p.ibid.match(start)
        and not heading_name(start)
        and see is None  # `…: дис. … – 178 с.; ср. также: Масанов Н. Э. …`
    ):
        return False  # the host's own title information goes on after `;`
    if p.ibid.match(start) or p.idem.match(start):  # "…; Şol ýerde, 25 s.", "…; idem, …"
        return True
    if see is None and not prose(before):  # no lead-in after a sentence of prose
        see = see_after_lead(start)
    if see is not None:  # "…, 33–35; see also Smith, Energy Politics, 50."
        named = _past_also(start[see.end() :].lstrip(" .,:"))  # `қараңыз, сонымен қатар: …`
        if (again := p.see.match(named)) is not None:  # `aynı yönde bkz. AYM, …`: two leads
            named = named[again.end() :].lstrip(" .,:")
        if p.idem.match(unmixed(named)):  # `…; ayrıca bkz. aynı yazar, Osmanlı Nüfusu …`
            return True
        # a name, a quoted title or an address (`…, 33; see also https://…`)
        return named[:1].isupper() or named.startswith(("«", "“", "„", '"', "http", "www."))
    opens = not start[:1].islower() or _capital(start[:1])  # a capital, a quote, Georgian
    opens = opens or _particle_opens(start)  # `…, s. 540; von Tuhr, s. 236.`
    opens = opens or _interview_opens(start)  # `…, 12 May 2019; interview with Saule Zh., …`
    return bool(_STARTS.match(start)) and opens and _holds(piece)
