"""Dates: access dates that do not parse, lie in the future, precede publication or follow the
article by far; ambiguous numeric dates; several date formats in one article."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from citekit.checks._registry import Context, Hit, find_label, rule
from citekit.dates import read_date
from citekit.languages import Language, available_languages, format_day, language
from citekit.model import Citation, Document, Edit, Note, NoteKind, PartialDate, Severity

_SHAPE_DIGIT = re.compile(r"\d")
_SHAPE_LETTERS = re.compile(r"[^\W\d_]+")
# Numeric shapes whose CLDR pattern is unambiguous, so a fix toward them is safe.
_PATTERNS = {"99.99.9999": "dd.MM.yyyy", "9999-99-99": "yyyy-MM-dd"}
_FAR_AFTER = dt.timedelta(days=30)
_MARK = re.compile(r"\d([./-])\d")  # the mark between a numeric date's parts


def _accessed(doc: Document) -> Iterator[tuple[Note, Citation, PartialDate]]:
    for note in doc.notes:
        for citation in note.citations:
            if citation.accessed is not None:
                yield note, citation, citation.accessed


@rule("access-date-invalid", Severity.ERROR, "an access date that does not parse")
def access_date_invalid(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note in doc.notes:
        if note.kind is not NoteKind.CITATION or not note.citations:
            continue
        if any(c.accessed is not None for c in note.citations):
            continue
        label = find_label(note.text)
        if label is None:
            continue
        after = note.text[note.text.find(label) + len(label) :][:60]
        reading = read_date(after)
        if reading.date is None:
            reason = reading.reason or "no date"
            yield Hit(
                note,
                f"{note.label}: the access date after {label!r} cannot be read ({reason})",
                "write it as DD.MM.YYYY",
            )


@rule("access-date-in-future", Severity.ERROR, "an access date after today")
def access_in_future(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, _citation, date in _accessed(doc):
        if date.earliest() > ctx.today:
            yield Hit(
                note,
                f"{note.label} was accessed on {date.isoformat()}, which is in the future",
            )


@rule("access-before-publication", Severity.ERROR, "a source read before it was published")
def access_before_publication(doc: Document, ctx: Context) -> Iterator[Hit]:
    for note, citation, date in _accessed(doc):
        issued = citation.issued
        if issued is not None and date.latest() < issued.earliest():
            yield Hit(
                note,
                (
                    f"{note.label} was accessed on {date.isoformat()}, before the source "
                    f"was published ({issued.isoformat()})"
                ),
                "one of the two dates is wrong",
            )


@rule("access-after-article", Severity.WARNING, "an access date long after the article's own")
def access_after_article(doc: Document, ctx: Context) -> Iterator[Hit]:
    article = ctx.config.article_date
    if article is None:
        return
    for note, _citation, date in _accessed(doc):
        if date.earliest() > article + _FAR_AFTER:
            yield Hit(
                note,
                (
                    f"{note.label} was accessed on {date.isoformat()}, long after the "
                    f"article's date {article.isoformat()}"
                ),
                "check the year",
            )


@rule("ambiguous-date", Severity.WARNING, "a numeric date that reads both day- and month-first")
def ambiguous_date(doc: Document, ctx: Context) -> Iterator[Hit]:
    house = ctx.config.date_format
    for note in doc.notes:
        for citation in note.citations:
            for date in (citation.accessed, citation.issued):
                if date is None or not date.ambiguous:
                    continue
                # The house format settles the order: a date written exactly as the house
                # pattern renders its reading was written in that order.
                if house and _render(date, house, ctx.edition) == (date.raw or "").strip():
                    continue
                if _order_fixed(date, (ctx.edition, citation.language)):
                    continue
                yield Hit(
                    note,
                    (
                        f"{note.label}: {date.raw!r} could be day- or month-first; "
                        f"read as {date.isoformat()}"
                    ),
                    "write the month in words or use YYYY-MM-DD",
                )


def _order_fixed(date: PartialDate, langs: tuple[Language | str | None, ...]) -> bool:
    """Whether the family of the note's edition or of the cited work writes a date with the
    mark `date` has only in its own order (`fixed_separators`: GOST's and Turkish notes write
    `05.03.2020` day first, never month first), so the order is known. An English or unknown
    family fixes no order: `03/04/2021` and `03.04.2021` stay ambiguous."""
    mark = _MARK.search(date.raw or "")
    if mark is None:
        return False
    for lang in langs:
        if isinstance(lang, str):
            lang = language(lang) if lang in available_languages() else None
        if lang is not None and mark.group(1) in lang.fixed_separators:
            return True
    return False


def shape(raw: str) -> str:
    """The written form of a date with its values blanked: '25.10.2021' -> '99.99.9999'."""
    return _SHAPE_LETTERS.sub("a", _SHAPE_DIGIT.sub("9", raw.strip()))


def _render(date: PartialDate, pattern: str, edition: Language | None) -> str | None:
    if date.precision != "day" or date.month is None or date.day is None:
        return None
    return format_day(dt.date(date.year, date.month, date.day), pattern, edition)


@rule("mixed-date-formats", Severity.WARNING, "access dates written in more than one format")
def mixed_date_formats(doc: Document, ctx: Context) -> Iterator[Hit]:
    dates = [(n, d) for n, _c, d in _accessed(doc) if d.raw]
    house = ctx.config.date_format
    shapes = Counter(shape(d.raw or "") for _n, d in dates)
    if house is None and len(shapes) < 2:
        return
    ranked = shapes.most_common(2)
    common = ranked[0][0] if ranked else ""
    clear = len(ranked) < 2 or ranked[0][1] > ranked[1][1]  # a tie has no "usual" format
    target = house or (_PATTERNS.get(common) if clear else None)
    for note, date in dates:
        raw = date.raw or ""
        wanted = _render(date, target, ctx.edition) if target else None
        if house is not None:
            if wanted is None or wanted == raw.strip():
                continue
        elif shape(raw) == common:
            continue
        fixes = (
            (Edit(note.number, raw.strip(), wanted, note.section),)
            if wanted and not date.ambiguous
            else ()
        )
        if house:
            form = f"not in the house format {house!r}"
        elif clear:
            usual = next(d.raw or "" for _n, d in dates if shape(d.raw or "") == common).strip()
            form = f"while the article writes dates as {usual!r}"
        else:  # no format is the usual one: name them all, and let the editor choose
            seen: dict[str, str] = {}
            for _n, d in dates:
                seen.setdefault(shape(d.raw or ""), (d.raw or "").strip())
            form = (
                f"one of {len(seen)} formats in the article ({', '.join(map(repr, seen.values()))})"
            )
        yield Hit(
            note,
            f"{note.label} writes its access date as {raw.strip()!r}, {form}",
            f"write {wanted!r}"
            if wanted
            else None
            if house or clear
            else "pick one; a house date-format in citekit.toml lets citekit fix write it",
            fixes,
        )
