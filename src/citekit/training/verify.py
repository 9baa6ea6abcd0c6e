"""Check that a generated note is labelled right: each span is exactly the text of its value."""

from __future__ import annotations

import re
from typing import Any

from citekit.dates import parse_date
from citekit.model import LabelledText

__all__ = ["LABELS", "problems", "same_text"]

# the CSL variables the tagger learns; spans of other variables are not checked
LABELS = frozenset(
    (
        "author", "editor", "translator", "title", "container-title", "collection-title",
        "publisher", "publisher-place", "issued", "accessed", "volume", "issue", "page",
        "number-of-pages", "edition", "DOI", "ISBN", "URL", "genre",
    )
)  # fmt: skip

_NAMES = ("author", "editor", "translator")
_DATES = ("issued", "accessed")
_SPACE = re.compile(r"\s+")
_DASH = str.maketrans({"–": "-", "—": "-", "‒": "-"})
# a style sets its own quotes (and alternates nested ones): “a ‘b’ c” for “a “b” c”
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": "'", "”": "'", '"': "'", "«": "'", "»": "'"})


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def same_text(written: str, value: str) -> bool:
    """Equal up to spacing, dashes, quotes and apostrophes (which a style may set)."""
    return _norm(written).translate(_DASH).translate(_QUOTES) == _norm(value).translate(
        _DASH
    ).translate(_QUOTES)


def _name_matches(written: str, person: dict[str, str]) -> bool:
    # upper() rather than casefold(): Turkish FIRAT is Fırat upper-cased, and casefold loses ı
    written = written.upper().replace("İ", "I")  # a Turkish locale upper-cases i to İ
    if "literal" in person:
        return same_text(person["literal"].upper().replace("İ", "I"), written)
    family = person["family"].upper().replace("İ", "I")
    if family not in written:
        return False
    if written == family:
        return True  # a short note or an author-date cite writes the family name alone
    given = person.get("given", "")
    return not given or given[0].upper().replace("İ", "I") in written.replace(family, "", 1)


def _date_matches(written: str, date: dict[str, Any], lang: str) -> bool:
    """Every number written is a part of the date (a style may split a date in two spans:
    "2016" and "Nisan 22"), and a day is written only with its month."""
    parts = date["date-parts"][0]
    allowed = {str(parts[0]), str(parts[0])[2:]} | {f"{p}" for p in parts[1:]}
    allowed |= {f"{p:02d}" for p in parts[1:]}
    numbers = re.findall(r"\d+", written)
    if not numbers or not set(numbers) <= allowed:
        return False
    read = parse_date(written, lang)
    if read is None or read.ambiguous:  # 11/12/2021 may be read either way
        return True
    return read.parts()[: len(parts)] == tuple(parts)[: len(read.parts())]


def _page_matches(written: str, page: str) -> bool:
    """The page as written, up to its dash and a shortened second number ("405–7")."""
    written, page = written.translate(_DASH), page.translate(_DASH)
    if written == page:
        return True
    first, _, last = written.partition("-")
    page_first, _, page_last = page.partition("-")
    return bool(last) and first == page_first and page_last.endswith(last)


def _matches(written: str, label: str, item: dict[str, Any]) -> bool:
    value = item.get(label)
    if not value:
        return False
    if label in _NAMES:
        return any(_name_matches(written, p) for p in value)
    if label in _DATES:
        return _date_matches(written, value, item.get("language", "en"))
    if label == "page":
        return _page_matches(written, str(value))
    if label == "edition":  # a style may write the number as an ordinal: "4th", "5-е"
        digits = re.sub(r"\D", "", written)
        return same_text(written, str(value)) or digits == re.sub(r"\D", "", str(value)) != ""
    return same_text(written, str(value))


def problems(
    text: LabelledText, items: tuple[dict[str, Any], ...] | list[dict[str, Any]]
) -> list[str]:
    """What is wrong with `text` as a labelling of `items` (empty when it is right)."""
    found = []
    at = 0
    for span in text.spans:
        if span.label not in LABELS:
            continue
        if not at <= span.start < span.end <= len(text.text):
            found.append(f"span {span} is out of order, empty or out of the text")
        at = max(at, span.end)
        raw = text.text[span.start : span.end]
        if raw != raw.strip():
            found.append(f"span {span} has spaces at its edge")
        written = _norm(raw)
        if not any(_matches(written, span.label, item) for item in items):
            found.append(f"{span.label} span {written!r} is no value of the item")
    return found
