"""RIS through rispy: the tagged format reference managers import and export."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import rispy

from citekit.interop._common import CiteKeys, Loss, format_name, parse_iso_date, parse_name
from citekit.model import Citation, PartialDate

__all__ = ["dumps_ris", "loads_ris"]

_TYPES = {
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "book": "BOOK",
    "chapter": "CHAP",
    "paper-conference": "CPAPER",
    "report": "RPRT",
    "thesis": "THES",
    "webpage": "ELEC",
    "post-weblog": "BLOG",
    "entry-encyclopedia": "ENCYC",
    "motion_picture": "VIDEO",
    "legislation": "STAT",
    "manuscript": "MANSCPT",
    "patent": "PAT",
    "map": "MAP",
    "dataset": "DATA",
    "standard": "STAND",
    "personal_communication": "PCOMM",
    "document": "GEN",
}
_BACK = {v: k for k, v in _TYPES.items()} | {
    "WEB": "webpage",
    "GEN": "document",
    "CONF": "paper-conference",
}


# a whole work's SP is its number of pages (RIS spec: BOOK and THES "SP: Number of Pages"; EndNote
# and Zotero write and read it so), a part's SP its first page
_WHOLE = frozenset({"book", "thesis"})
_COUNT = re.compile(r"\s*\d{1,5}\s*")
_ISSN = re.compile(r"\s*\d{4}-?\d{3}[\dXx]\s*")
_RECORD_START = re.compile(r"^TY  - ", re.MULTILINE)


class _PlainRisWriter(rispy.RisWriter):  # type: ignore[misc]
    """rispy's writer without its "1." counter lines, which other importers do not expect."""

    def set_header(self, count: int) -> str:
        return ""


def _date(date: PartialDate) -> str:
    parts = [
        f"{date.year:04d}",
        f"{date.month:02d}" if date.month else "",
        f"{date.day:02d}" if date.day else "",
    ]
    return "/".join(parts) + "/"


_RANGE = re.compile(r"([^\s,;\-–—]+)\s*[-–—]+\s*([^\s,;\-–—]+)")  # one first-last range


def dumps_ris(items: Sequence[Citation]) -> tuple[str, list[Loss]]:
    """RIS text for the citations, and what it could not hold."""
    entries: list[dict[str, Any]] = []
    losses: list[Loss] = []
    keys = CiteKeys()
    for citation in items:
        key = keys.make(citation)
        entry: dict[str, Any] = {"type_of_reference": _TYPES.get(citation.type, "GEN"), "id": key}
        if citation.type not in _TYPES:
            losses.append(Loss(key, "type", f"CSL type {citation.type!r} is written as GEN"))
        if citation.title:
            entry["title"] = citation.title
        if citation.authors:
            entry["authors"] = [format_name(n) for n in citation.authors]
        if citation.editors:
            entry["secondary_authors"] = [format_name(n) for n in citation.editors]
        if citation.translators:
            entry["subsidiary_authors"] = [format_name(n) for n in citation.translators]
        whole = citation.type in _WHOLE
        if citation.number_of_pages and not whole:
            losses.append(Loss(key, "number_of_pages", "RIS has no field for a total extent"))
        elif citation.number_of_pages:  # the RIS spec's, EndNote's and Zotero's SP of a book
            entry["start_page"] = citation.number_of_pages
        if citation.page and whole:
            reason = "a book's or thesis's SP is its number of pages in RIS"
            losses.append(Loss(key, "page", reason))
        for attr in ("number", "section", "archive", "archive_location"):
            if getattr(citation, attr):
                losses.append(Loss(key, attr, "RIS has no field for this value"))
        if citation.container:
            entry["secondary_title"] = citation.container
        for attr, tag in (
            ("publisher", "publisher"),
            ("publisher_place", "place_published"),
            ("volume", "volume"),
            ("issue", "number"),
            ("doi", "doi"),
            ("language", "language"),
            ("edition", "edition"),
            ("isbn", "issn"),
            ("collection_title", "tertiary_title"),
            ("genre", "type_of_work"),
        ):
            value = getattr(citation, attr)
            if value:
                entry[tag] = value
        if citation.url:
            entry["urls"] = [citation.url]
        if citation.page and not whole:
            span = _RANGE.fullmatch(citation.page.strip())  # "10-20", "10–20", "10 — 20"
            entry["start_page"] = span.group(1) if span else citation.page.strip()
            if span:
                entry["end_page"] = span.group(2)
        if citation.issued:
            entry["date"] = _date(citation.issued)
            entry["year"] = str(citation.issued.year)
            if citation.issued.season is not None:
                losses.append(Loss(key, "issued", "RIS has no field for a date's season"))
        if citation.accessed:
            entry["access_date"] = _date(citation.accessed)
        if citation.issn:
            if citation.isbn:
                losses.append(Loss(key, "ISSN", "RIS has one SN field, taken by the ISBN"))
            else:
                entry["issn"] = citation.issn
        if citation.note:
            entry["notes"] = [citation.note]
        for name, text in citation.extra:
            value = json.loads(text)
            if name == "citation-key" and value == key:
                continue  # the entry's key says it
            if name == "abstract" and isinstance(value, str):
                entry["abstract"] = value
            elif name == "keyword" and isinstance(value, str):  # CSL's one string, RIS's KW lines
                entry["keywords"] = [k.strip() for k in value.split(",") if k.strip()]
            else:
                losses.append(Loss(key, name, "RIS has no field for this value"))
        entries.append({tag: _one_line(value) for tag, value in entry.items()})
    return rispy.dumps(entries, implementation=_PlainRisWriter), keys.losses + losses


def _one_line(value: Any) -> Any:
    """A value on one line: RIS is one tag a line, so a title holding "\\nER  - \\nTY  - " ended
    the record there and began another (any line break splitlines knows, U+2028 too)."""
    if isinstance(value, str):
        lines = value.splitlines()
        return " ".join(lines) if len(lines) > 1 else value
    if isinstance(value, list):
        return [_one_line(v) for v in value]
    return value


_DATES = ("date", "year", "publication_year")


def _extra(entry: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The abstract and the keywords (CSL's `keyword`: one string, comma-separated)."""
    extra = []
    if isinstance(entry.get("abstract"), str):
        extra.append(("abstract", json.dumps(entry["abstract"], ensure_ascii=False)))
    keywords = [str(k).strip() for k in entry.get("keywords") or () if str(k).strip()]
    if keywords:
        extra.append(("keyword", json.dumps(", ".join(keywords), ensure_ascii=False)))
    return tuple(extra)


def loads_ris(text: str) -> list[Citation]:
    """Citations from RIS text; ValueError when it holds no record or an unfinished one."""
    try:
        entries = rispy.loads(text)
    except (ValueError, OSError, KeyError, IndexError) as exc:
        raise ValueError(f"not RIS: {exc}") from None
    starts = len(_RECORD_START.findall(text))
    if not entries:
        if starts:
            raise ValueError("a record (TY  - …) has no end (ER  - )")
        raise ValueError("no RIS records (TY  - … ER  - ) found")
    if starts > len(entries):
        raise ValueError(f"{starts - len(entries)} record(s) have no end (ER  - )")
    items = []
    for entry in entries:
        page = entry.get("start_page")
        if page and entry.get("end_page"):
            page = f"{page}-{entry['end_page']}"
        kind = _BACK.get(entry.get("type_of_reference", "GEN"), "document")
        extent = None
        if kind in _WHOLE and page and _COUNT.fullmatch(page):  # a whole book's SP: its pages
            extent, page = page.strip(), None
        issued = next(  # DA, then PY, then Y1 (EndNote's "2019/10/25/")
            filter(None, (parse_iso_date(entry.get(t, "")) for t in _DATES)), None
        )
        urls = entry.get("urls") or []
        serial = entry.get("issn") or ""  # SN holds an ISBN or an ISSN: told apart by shape
        items.append(
            Citation(
                type=kind,
                number_of_pages=extent,
                title=entry.get("title") or entry.get("primary_title"),
                authors=tuple(
                    parse_name(a, bare_is_literal=True)
                    for a in entry.get("authors", []) + entry.get("first_authors", [])
                ),
                editors=tuple(
                    parse_name(a, bare_is_literal=True) for a in entry.get("secondary_authors", [])
                ),
                translators=tuple(
                    parse_name(a, bare_is_literal=True) for a in entry.get("subsidiary_authors", [])
                ),
                edition=entry.get("edition"),
                isbn=None if _ISSN.fullmatch(serial) else serial or None,
                issn=serial.strip() if _ISSN.fullmatch(serial) else None,
                note="\n".join(entry.get("notes", [])) or None,
                id=entry.get("id"),
                extra=_extra(entry),
                collection_title=entry.get("tertiary_title"),
                genre=entry.get("type_of_work"),
                container=entry.get("secondary_title") or entry.get("journal_name"),
                publisher=entry.get("publisher"),
                publisher_place=entry.get("place_published"),
                url=urls[0] if urls else None,
                doi=entry.get("doi"),
                accessed=parse_iso_date(entry.get("access_date", "")),
                issued=issued,
                page=page,
                volume=entry.get("volume"),
                issue=entry.get("number"),
                language=entry.get("language"),
            )
        )
    return items
