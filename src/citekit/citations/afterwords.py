"""A note's discussion after the source it cites. Once the cited page closes a sentence
(`…, 1993, s. 44-46.`), a sentence that opens with the cited author's family name again
(`Saray, Göktürk kitabelerine dayanarak …`, `Edgar argues …`, `Абылхожин отмечает …`,
`Hopkirk's account …`) or reads as a sentence of prose (`Yazarın bu görüşü sonraki
çalışmalarda eleştirilmiştir.`) talks about the source: it is the note's prose (or the same
author's next work), never the first source's title or imprint. A page with no label closes a
short form's last comma (`Hopkirk, The Great Game, 45.`). The tagger reads the note up to that
page's period. So with a clause after `;` that points at the same source again (`…, 88–90; on
Turkmenistan specifically, see ibid., 112.`): the source ends at the `;`."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import unmixed
from citekit.citations._words import EdgedPattern, literal_alternation, patterns
from citekit.citations.legal_words import legal_words
from citekit.citations.predicates import (
    closes_on_predicate,
    closes_on_verb,
    holds_finite_verb,
    holds_verb,
)
from citekit.citations.prose import reads_as_prose
from citekit.citations.sources import PROSE_SHARE
from citekit.citations.written_near import whole_word_in
from citekit.languages import shipped_words

__all__ = ["before_discussion"]

_FAMILY_MIN: Final = 3  # letters of a family name at least (`Li` may be any word)
_IBID_MIN: Final = 4  # characters of an ibid word at least (`Ibid`, `a.y.`, `Там же`)
# a page with no label after a comma (a quoted title's, inside its quotes: `…," 104.`), closing
# a sentence (`…, The Great Game, 45. Hopkirk's`),
# then a capitalised word; a year is no page (`…, London, 1990. Second …`)
_BARE_CLOSING: Final = re.compile(
    r",[”\"’]?\s*(?!1[5-9]\d\d|20\d\d)(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)\.\s+([^\W\d_][^\W\d_]+)"
)
# a family name's possessive or case ending after an apostrophe (`Hopkirk's`, `Saray'ın`)
_POSSESSIVE: Final = re.compile(r"['’][^\W\d_]{1,4}")


_NO_YEAR: Final = r"(?!(?:1[5-9]|20)\d\d\.)"  # a year closing its sentence is no page nor leaf


@functools.cache
def _closing_page() -> EdgedPattern:
    """A page's label and its number or range closing a sentence, then a capitalised word (the
    label after no word character: an `EdgedPattern`, which re finds by the label's letters)."""
    words = sorted({w for w in shipped_words("page") if w.endswith(".")}, key=len, reverse=True)
    # a year is no page: Harvard's `Müller, S. 2022. Title …` writes an initial before it
    return EdgedPattern(
        r"(?:" + literal_alternation(words) + r")\s*" + _NO_YEAR + r"\d+(?:\s*[-–—]\s*\d+)?"
        r"\.\s+([^\W\d_][^\W\d_]+)(?=[\s,])"
    )


@functools.cache
def _closing_extent() -> re.Pattern[str]:
    """A book's extent, its number and its unit word, closing a sentence (`… 1991. 156 с.`,
    `240 б.`, `304 pp.`), then a capitalised word: the extent is an imprint's last area."""
    words = sorted({w for w in shipped_words("extent") if w.endswith(".")}, key=len, reverse=True)
    return re.compile(
        r"(?<![\w.])" + _NO_YEAR + r"\d+\s*-?\s*(?:" + literal_alternation(words) + r")"
        r"\s+([^\W\d_][^\W\d_]+)(?=[\s,])"
    )


@functools.cache
def _closing_leaf() -> EdgedPattern:
    """An archive's leaf and its number closing a sentence (`Л. 34 об.`: `[legal] leaf`,
    `verso`), then a capitalised word: the sentence after it counts only as prose (a second
    archive's name after a leaf is another source, no author named again)."""
    words = sorted({w for w in legal_words("leaf") if w.endswith(".")}, key=len, reverse=True)
    # the leaf's verso mark before the period (`Л. 34 об.`): its own period closes the sentence
    backs = sorted({w.rstrip(".") for w in legal_words("verso")}, key=len, reverse=True)
    verso = rf"(?:\s*(?:{literal_alternation(backs)}))?" if backs else ""
    return EdgedPattern(
        r"(?:"
        + literal_alternation(words)
        + r")\s*"
        + _NO_YEAR
        + r"\d+(?:\s*[-–—]\s*\d+)?"
        + verso
        + r"\.\s+([^\W\d_][^\W\d_]+)(?=[\s,])"
    )


@functools.cache
def _ibid_clause() -> re.Pattern[str]:
    """A `;` and a clause after it that points at the same source again: an ibid word opens
    it or follows its see-word, a few words after the `;` and in its sentence (`; see also
    ibid., 112`, `; on X, see ibid.`, `; см. там же`)."""
    # as written, periods kept; none shorter than `Ib.` (`ay.`, `Id.` are words as well); a
    # see-word with its "also" is the language file's (`See also`, `см. также`)
    found = {w.rstrip(",") for w in shipped_words("ibid")}
    ibid = literal_alternation(sorted((w for w in found if len(w) >= _IBID_MIN), key=len)[::-1])
    see = literal_alternation(sorted(shipped_words("see"), key=len, reverse=True))
    return re.compile(
        r";(?:[^;.\d]{0,60}?(?<!\w)(?:" + see + r")[\s:]*)?\s*(?:" + ibid + r")"
        r"(?!\w)[^;]*$",
        re.IGNORECASE,
    )


# the cited page's number, maybe its period, or a number's unit word after it (`304 с.`,
# `45-б.`), or an address, then a spaced dash, then a word
_DASHED_AFTER_PAGE: Final = re.compile(
    r"(\d\.?|\d[ -]?[^\W\d_]{1,3}\.|\S)[ \t\u00a0]+[—–][ \t\u00a0]+(?=[^\W\d_])"
)
_CLOSER_REACH: Final = 8  # characters before the dash a closing number stands within
_REMARK_WORDS: Final = 3  # words of a remark after a dash, at least
_SENTENCE_WORDS: Final = 4  # words of a remark in a sentence of its own, at least
_ANY_YEAR: Final = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![\d.,]\d)")
_CITING: Final = re.compile(r"[:«»“”„\"/]|https?://|www\.")  # an imprint, quote or address


def _dashed_remark(text: str) -> int | None:
    """Where a remark after the cited page (or the extent, or the address) and a spaced dash
    starts (`…, s. 33-34 — metin Latin harflerine tarafımızca aktarılmıştır.`, `…, 115 — the
    figure is probably exaggerated.`, `… 304 с. – Здесь, впрочем, приводятся иные данные.`):
    a sentence to the note's end, mostly of small letters, no abbreviation's period inside
    it, and either in small letters with no digit or a sentence of prose (a verb of the
    language files, or eight words), its numbers only years, no access label in it. GOST's
    areas after a dash are no sentence (`– 320 с.`, `– (Труды …)`, `– пер. с англ.`, `– Текст
    : электронный`); a title's year before its dash closes no source (`Казахстан 2030 – …`)."""
    # a remark closes the note: only the last spaced dashes are weighed (no quadratic scan)
    for found in list(_DASHED_AFTER_PAGE.finditer(text))[-_LAST_DASHES:]:
        tail = text[found.end() :].strip()
        words = tail.rstrip(".!").split()
        if len(words) < _REMARK_WORDS or any(w.endswith(".") for w in words):
            continue
        if sum(1 for w in words[1:] if w[:1].islower()) < PROSE_SHARE * (len(words) - 1):
            continue
        closer = found.group(1)
        # the page's number, or its unit word after it (`45-б.`, `304 pp.`), stays the source's
        cut = found.end(1) if any(c.isalpha() for c in closer) else found.start() + 1
        small = tail[:1].islower() and not any(c.isdigit() for c in tail)
        if small and closer[:1].isdigit():
            return cut
        if len(words) < _SENTENCE_WORDS or _CITING.search(tail) or _access_label(tail):
            continue
        if any(c.isdigit() for c in _ANY_YEAR.sub("", tail)):
            continue
        if not _closes_source(text[: found.end(1)]):
            continue  # `Казахстан – страна, которая изменилась.`: a title's dash
        if holds_verb(tail) or closes_on_predicate(tail) or reads_as_prose(tail):
            return cut
    return None


_LAST_DASHES: Final = 8  # the spaced dashes nearest the note's end that may open a remark


@functools.cache
def _access_labels() -> re.Pattern[str]:
    """The access labels of the language files (`accessed`, `дата обращения`), whole words."""
    labels = sorted({w.casefold().rstrip(":") for w in shipped_words("accessed")}, key=len)
    return re.compile(r"(?<!\w)(?:" + literal_alternation(labels[::-1]) + r")(?!\w)")


def _access_label(tail: str) -> bool:
    """Whether `tail` holds an access label with a number after it (`last accessed on … in
    March 2020`): a date, no remark (`This letter is cited in …` is one)."""
    found = _access_labels().search(tail.casefold())
    return found is not None and any(c.isdigit() for c in tail[found.end() :])


def _closes_source(head: str) -> bool:
    """Whether `head` closes as a source does: on an address, or on a number closed by its
    period or bracket (a page, a year, an extent and its unit: `45-б.`, `2011.`, `(2018)`); a
    title's year before its dash closes nothing (`Казахстан 2030 – …`)."""
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    if "://" in last or last.startswith("www.") or last.casefold().startswith("doi"):
        return True
    if head[-1:] in ".)" and any(c.isdigit() for c in head[-_CLOSER_REACH:]):
        return True
    return _BARE_CLOSER.search(head) is not None  # `…, 2010, 45 –`, `… pp. 45–47 –`


# a page or a year after its comma or a short label, closing the head (`, 45`, `pp. 45–47`)
_BARE_CLOSER: Final = re.compile(r"(?:,|(?<!\w)[^\W\d_]{1,3}\.)\s*\d+(?:\s*[-–]\s*\d+)?$")


def before_discussion(text: str) -> str:
    """`text` up to the cited page's period when the sentence after it opens with the name of
    an author the note named before the page (`Hopkirk's` too) or is prose (`_discusses`), up
    to a remark after the page and a spaced dash (`_dashed_remark`), or up to a `;` whose
    clause points at the same source again, else `text` itself."""
    if "—" in text or "–" in text:
        remark = _dashed_remark(text)
        text = text if remark is None else text[:remark].rstrip()
    clause = _ibid_clause().search(text) if ";" in text else None
    if clause is not None and text[: clause.start()].strip():
        text = text[: clause.start()]
    elif ";" in text and (prose := _prose_clause(text)) is not None:
        text = text[:prose]  # `…, 87-90; yazar burada … aktarmaktadır.`: the author's remark
    # (where the sentence after it starts, whether the page had its label)
    closings = [(m.start(1), True) for m in _closing_page().finditer(text)]
    closings += [(m.start(1), False) for m in _closing_leaf().finditer(text)]
    # after an extent, a sentence with a verb only: a second source's title reads as prose too
    # (`… 156 с. Казахстан в годы войны: сборник документов. Алматы, 1995.`)
    extents = {m.start(1) for m in _closing_extent().finditer(text)}
    closings += [(at, False) for at in extents]
    if "," in text:  # an ordinal's period (`34. Cilt`) as often: the sentence must be prose
        closings += [(m.start(2), False) for m in _BARE_CLOSING.finditer(text)]
    for after, labelled in sorted(closings):
        word = _WORD.match(text, after)
        if word is None or len(word.group()) < _FAMILY_MIN or not word.group()[0].isupper():
            continue
        named = labelled and whole_word_in(word.group(), text[:after])
        if not named and not _discusses(text[after:]):
            continue
        if after in extents and not _verbed(text[after:]):
            continue
        if _IMPRINT_TAIL.match(text, after) or _IDENTIFIER.match(text, after):
            continue  # `pp. 112–121. IEEE, Osaka (2022)`, `p. 54. ISBN …`: the source's own
        if _ADDRESS.search(text, after, after + _LABEL_REACH):
            continue  # `559–580. Erişim tarihi: 12.01.2019, http://…`: the access label's
        return text[:after].rstrip()
    return text


# an identifier after the pages (`p. 54. ISBN 978-…. For a more cautious view, see …`): the
# source goes on past the page's period
_IDENTIFIER: Final = re.compile(r"(?:(?:ISBN|ISSN|DOI|EDN|URL)(?![^\W\d_])|https?://|www\.)")
_ADDRESS: Final = re.compile(r"https?://|www\.")
_LABEL_REACH: Final = 40  # characters of an access label and its date before an address at most
# a short sentence that closes the note on a year: an imprint (`IEEE, Osaka (2022)`), no prose
_IMPRINT_TAIL: Final = re.compile(r"[^.;]{1,60}?\(?(?:1[5-9]\d\d|20\d\d)\)?\.?\s*$")


def _prose_clause(text: str) -> int | None:
    """Where the last `;` stands when the clause after it is the author's remark: it opens
    in small letters with no "see" word, cites nothing (no digit, quote or address) and reads
    as prose; or it opens with the name of an author the note named before it, holds a
    finite verb and no number but years (`…, 102-4; Dosanov was raikom secretary in …
    1930.`); None otherwise."""
    at = text.rfind(";")
    clause = text[at + 1 :].strip()
    if not text[:at].strip():
        return None
    if not clause[:1].islower():
        return at if _named_remark(text[:at], clause) else None
    if _CITES.search(clause) and not _counted_remark(clause):
        return None
    if patterns().see.search(unmixed(clause[:_SEE_LEAD])) is not None:
        return None  # `…; see also Smith, …`: a source of its own
    return at if reads_as_prose(clause) or closes_on_predicate(clause) else None


def _named_remark(head: str, clause: str) -> bool:
    """Whether `clause`, after a `;`, talks about an author `head` named: it opens with that
    name, holds a finite verb of the language files, and its numbers are only years."""
    word = _WORD.match(clause)
    if word is None or len(word.group()) < _FAMILY_MIN or not whole_word_in(word.group(), head):
        return False
    if re.search(r"[«»“”„\"]|https?://|www\.", clause):
        return False
    if any(c.isdigit() for c in _ANY_YEAR.sub("", clause)):
        return False
    return holds_verb(clause) or holds_finite_verb(clause) or closes_on_predicate(clause)


_CITES: Final = re.compile(r"\d|[«»“”„\"]|https?://|www\.")
_YEAR: Final = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![\d.,]\d)")  # a year's four digits
_COUNT: Final = re.compile(r"\d+(?:[.,]\d+)?%?\s+(\S+)")  # a number and the word after it


def _counted_remark(clause: str) -> bool:
    """Whether a clause with numbers is a remark all the same: it closes on a verb of the
    language files, holds no quote or address, and each number counts a word in small letters
    (`…; şirketin net kârı ilk kez 60 milyar TL’yi aşmıştır.`), no page's or year's."""
    if not closes_on_verb(clause) or re.search(r"[«»“”„\"]|https?://|www\.", clause):
        return False
    if _YEAR.search(clause):
        return False  # `aynı eserin 2010 baskısında`: a year dates an edition, no count
    counts = list(_COUNT.finditer(clause))
    digits = sum(1 for m in re.finditer(r"\d+(?:[.,]\d+)?", clause))
    return len(counts) == digits and all(m.group(1)[:1].islower() for m in counts)


_SEE_LEAD: Final = 40  # characters of a clause a "see" word opens within (`for the text, see`)


_WORD: Final = re.compile(r"[^\W\d_]+(?=[\s,'’])")  # a word, then a space, a comma or an apostrophe


def _discusses(sentence: str) -> bool:
    """Whether `sentence`, after a source's page, is the note's prose about it: it closes on
    a finite verb, or it is a sentence of prose with one (`Hopkirk's account is largely
    based on British sources.`), or it reads as prose (mostly small letters)."""
    return closes_on_predicate(sentence) or holds_finite_verb(sentence) or reads_as_prose(sentence)


def _verbed(sentence: str) -> bool:
    """Whether `sentence` holds or closes on a verb of the language files."""
    return closes_on_predicate(sentence) or holds_finite_verb(sentence) or holds_verb(sentence)
