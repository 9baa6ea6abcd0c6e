"""A work cited by its leaf's side, or by a manuscript's label and shelf number, is a
manuscript, whatever the rules read its other parts as.

- A leaf's side: a printed work is cited by its pages; a manuscript, a court register or an
  archive's bound file by its leaves, each with two sides: the leaf word (`[legal] leaf`:
  `vr.`, `fol.`, `л.`, `арк.`, `varaq`) and its number with the side glued to it (`a`/`b` of
  the Ottoman and Arabic-script registers, `r`/`v` of the Latin `recto`/`verso`: `vr. 23b`,
  `fol. 45r`) or written after it (`[legal] verso`: `л. 14 об.`, `арк. 12 зв.`).
  `Konya Şer'iyye Sicili, No. 42, vr. 23b`, `Süleymaniye Ktp., Esad Efendi, nr. 2205, vr. 45a`,
  `British Library, Add. MS 23456, fol. 12v`.
- A manuscript's label before its shelf number (`[types] manuscript_label`: `Ms. Or. 123`,
  `MS 23456`, `рукопись B 2456`, `yazma nr. 118`): a library's manuscript, named by its
  collection's number; a host the label opens is the manuscript's holder, no periodical
  (`Навои А. Мухакамат ал-лугатайн. Рукопись ИВ АН РУз, инв. № 1235, л. 12а`).
- A register named as the cited work (`[types] register`: a kadı court's `Şer'iyye Sicili`, a
  chancery's `Mühimme Defteri`, a parish's `Метрическая книга`), with no place printing it
  and no person signing it: kept in one hand-written copy (`Konya Şer'iyye Sicili, No. 42, s. 12`).

A work with a book's imprint (a publisher, an ISBN, an extent) is a printed one, a facsimile
or an edition of the manuscript, and keeps its type; so do the kinds the rules tell by their
own words (a law, a case, a thesis, a film) and a periodical's part (a DOI, or a named host's
volume or issue: a register's own number, `Sicil No. 42`, is its shelf mark).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import has_type_cue
from citekit.languages import available_languages, language, shipped_type_words
from citekit.model import Name

__all__ = ["foliated_type"]

# what the leaf or the label may be read as: the rules' types of a work with no words of its own
_OPEN: Final = frozenset({"book", "document", "webpage", "report", "article-newspaper"})
_PRINTED: Final = ("publisher", "number-of-pages", "ISBN", "DOI")
_SERIAL: Final = ("volume", "issue")  # a periodical's numbers, with its name: a printed part's


# a leaf's side glued to its number: Latin recto/verso, the registers' first and second side
# (`a`/`b`, in Cyrillic `а`/`б`)
_SIDE: Final = "[abrvаб]"


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _sided() -> re.Pattern[str]:
    """A leaf word, its number and the side: glued (`23b`, `45r`) or a verso word after it."""
    codes = available_languages()
    leaves = {w for c in codes for w in language(c).legal.get("leaf", ())}
    leaves |= shipped_type_words("folio")
    after = {w for c in codes for w in language(c).legal.get("leaf_after", ())}
    versos = {w for c in codes for w in language(c).legal.get("verso", ())}
    glued = rf"\d{{1,5}}{_SIDE}(?!\w)"
    spaced = rf"\d{{1,5}}(?:\s*[-–]\s*\d{{1,5}})?\s+(?:{_alternation(versos)})(?!\w)"
    before = rf"(?<!\w)(?:{_alternation(leaves)})\s*(?:{glued}|{spaced})"
    # … or its number first, the leaf's word after it (`15а-парақ`, `23b-varaq`)
    first = rf"(?<![\w.])\d{{1,5}}{_SIDE}\s*-?\s*(?:{_alternation(after)})(?!\w)"
    return re.compile(rf"{before}|{first}")


@functools.cache
def _labelled() -> re.Pattern[str]:
    """A manuscript's label, up to two collection abbreviations (`Or.`, `Add.`, `nr.`), then a
    shelf number that may open with a capital (`B 2456`, `Or. 123`); or a label in small
    letters after a comma, then `№` and the number (`…, golýazma № 123`)."""
    labels = _alternation(set(_labels()))
    collection = r"(?:[^\W\d_]{1,6}\.\s*)"
    # a label in small letters inside a sentence, then `№` (`…, golýazma № 123`); not a title
    # opening on its label (`Рукопись № 13 // Известия`)
    small = _alternation({w for w in _labels() if w[:1].islower()})
    return re.compile(
        rf"(?<!\w)(?:{labels})\s+{collection}{{0,2}}(?:[A-ZА-Я]{{1,3}}[\s-]?)?\d"
        rf"|(?<=[,;]\s)(?:{small})\s+№\s*\d"
    )


def _opens_with_label(host: str) -> bool:
    """Whether a host's name opens with a manuscript's label (`Рукопись ИВ АН РУз`)."""
    first = host.split(maxsplit=1)
    return bool(first) and first[0] in _labels()


@functools.cache
def _labels() -> frozenset[str]:
    return frozenset(shipped_type_words("manuscript_label"))


def _personal(authors: object) -> bool:
    """Whether a person (a name with its family) is among the authors."""
    return isinstance(authors, tuple) and any(isinstance(a, Name) and a.family for a in authors)


def foliated_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`manuscript` for a work of an open kind (`_OPEN`) with no printed work's marks whose
    note cites a leaf by its side or names a manuscript by its label and number; else `kind`."""
    host = str(fields.get("container-title") or "")
    # a host its label opens holds the manuscript (`Рукопись ИВ АН РУз, инв. № 1235`), no serial
    held = _opens_with_label(host)
    # … and so does no host at all: an article is named in one (`…, MS Institute of Oriental
    # Studies, Tashkent, inv. no. 5364, fols. 112a–115b` read as no periodical's)
    if kind not in _OPEN and not ((held or not host) and kind == "article-journal"):
        return kind
    if any(fields.get(k) for k in _PRINTED):
        return kind
    if host and not held and any(fields.get(k) for k in _SERIAL):
        return kind
    if _sided().search(text) is not None or _labelled().search(text) is not None:
        return "manuscript"
    # a register named as the work, in the title or its host, with no place printing it
    named = str(fields.get("title") or "") + " " + host
    # … and no person's (`Akgündüz A., Şer'iyye Sicilleri, 1988`: a scholar's book on them)
    if fields.get("publisher-place") or _personal(fields.get("author")):
        return kind
    return "manuscript" if has_type_cue("register", named) else kind
