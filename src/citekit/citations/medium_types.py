"""Items whose form, not their fields, tells what they are (the language files' `[types]`
patent, map_scale, dataset, map, film, unpublished and presentation words). One meaning per
key, for every language:

- A standard: its designation opens the note (`ГОСТ Р 7.0.5–2008. Библиографическая
  ссылка…`, `ISO 690:2021. Information and documentation…`; the `[legal] standard` words,
  found by the legal rules).
- A patent: a `patent` word opens the note or one of its parts, its number right after it
  (`Патент № 2345678 Российская Федерация`, `Пат. 2345678 Рос. Федерация`, `…. US Patent
  7,654,321`): a patent's number has four digits or more.
- A map: a `map_scale` word before a scale `1:N` (`Масштаб 1:1 500 000`, `Scale 1:500,000`,
  `Ölçek 1:25.000`).
- A description in brackets right after the title (APA's `[Data set]`, `[Map]`, `[Video]`,
  `[Unpublished manuscript]`, `[Paper presentation]`, `[Blog post]`; `Шал (фильм, реж. Ермек
  Турсунов, 2012)`): its first words name the medium (`dataset`, `map`, `film`, `unpublished`: a
  manuscript, `presentation`: a paper given at a meeting, `[Sözlü bildiri]`), unless a
  periodical's numbers print the work (a review of a film is an article).

- A law's number in the title of a work a person signed (`Yılmaz, E. (2018). … ve 6360 Sayılı
  Kanun. Ankara: Seçkin Yayıncılık.`, `Akıncı, M. 5237 Sayılı Türk Ceza Kanunu Şerhi. …`): a
  work on the law, no law (a law is signed by no person); the type rules type it.

The record gives each of them the annotation's type, `document` (`listed_type`): the closed
list of types in `tests/data/corpus/README.md` ("`document` (anything else)") names no patent,
standard, map or data set; the form still keeps such an item from passing for a book or a
newspaper's article.

A court's decision, an archival document, a thesis, an encyclopedia's or a dictionary's entry
and a video keep their type, and so does a law but against a patent's word (a patent's number
is no law's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import casefold, has_cue, type_cues
from citekit.languages import shipped_type_words, shipped_words

__all__ = [
    "designated_title",
    "law_in_title",
    "listed_type",
    "medium_type",
    "patent_designation",
    "read_description",
    "read_kind_word",
    "subject_title",
]

# what the rules told by their own words and addresses (the `worded_types` kept ones)
_KEPT: Final = frozenset(
    {"legal_case", "manuscript", "thesis", "motion_picture"}
    | {"entry-encyclopedia", "entry-dictionary"}
)
# CSL types the annotation's closed list of types does not name: its `document`
_UNLISTED: Final = frozenset({"patent", "standard", "map", "dataset", "software"})
_NUMBERS: Final = ("volume", "issue", "DOI")  # a periodical's numbers
_DESCRIBED: Final = (
    ("dataset", "dataset"),
    ("software", "software"),
    ("map", "map"),
    ("film", "motion_picture"),
    ("unpublished", "manuscript"),
    ("presentation", "paper-conference"),
    ("blog_post", "post-weblog"),
)
_DAY_DATED: Final = frozenset({"paper-conference", "post-weblog"})  # dated to the day unprinted
_DESCRIBED_KEYS: Final = frozenset(key for key, _kind in _DESCRIBED)
_DESCRIPTION: Final = 80  # characters of a description in brackets, at most
_NEAR: Final = 2  # characters between the title's end and its description's bracket, at most
_PART_OPENS: Final = r"(?:^|(?<=[.,;:/”»\"])\s+)"  # a note's start, or a part's after its mark
_FIRST_WORD: Final = re.compile(r"[^\W\d_]+")
# what joins a number the legal rules took to the title it opens: a space, or one word
# (`5237 Sayılı Türk Ceza Kanunu Şerhi`, `ГОСТ Р 7.0.5–2008 в практике …`)
_JOIN: Final = re.compile(r"\s+(?:[^\W\d_]+\s+)?")
_ALONE: Final = frozenset(")],;.:")  # what closes a description's medium word, standing alone
# a year, no patent's number, when no `№`/`No.` marks it (`Патент 2030: как изменится …`)
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d(?![\d ,.]*\d)")


def _alternation(key: str) -> str:
    words = sorted(shipped_type_words(key), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) or "(?!)"


@functools.cache
def _patent() -> re.Pattern[str]:
    """A patent's word opening the note, a part or a bracket (APA's `(KZ Patent No. 35124)`),
    a country's two letters before it or not, then its number (four digits or more, after `№`,
    `No.`, `:` or a country's two letters)."""
    return re.compile(
        rf"(?:{_PART_OPENS}|(?<=\())(?:[A-Z]{{2}}\s)?(?:{_alternation('patent')})\s*"
        r"(?P<mark>№|No\.?|Nr\.?|:)?\s*"
        r"(?:[A-Z]{2}\s?)?(?P<number>\d[\d ,.]{3,})"
    )


@functools.cache
def _designation() -> re.Pattern[str]:
    """A patent's designation whole: its word, a country's two letters or not, its number
    and its kind code (`Patent RU 2654321 C1`, `US Patent 7,654,321`)."""
    return re.compile(
        rf"(?:[A-Z]{{2}}\s)?(?:{_alternation('patent')})\s*(?:№|No\.?|Nr\.?|:)?\s*"
        r"(?:[A-Z]{2}\s?)?\d[\d ,.]{3,}\d(?:\s?[A-Z]\d?)?"
    )


def patent_designation(host: str) -> bool:
    """Whether `host` is a patent's designation and nothing else (`Patent RU 2654321 C1`)."""
    return _designation().fullmatch(host) is not None


def _patented(text: str) -> bool:
    """Whether a patent's word opens the note or a part with its number after it: a number
    no mark names, a year alone (`Патент 2030: …`, a headline's), is none."""
    for found in _patent().finditer(text):
        if found.group("mark") or _YEAR.match(found.group("number").rstrip(" ,.")) is None:
            return True
    return False


@functools.cache
def _scale() -> re.Pattern[str]:
    """A map's scale word before its scale `1:N` (outside the title, see `_mapped`)."""
    return re.compile(rf"(?<!\w)(?:{_alternation('map_scale')})\s*[:.]?\s*1\s?:\s?\d")


@functools.cache
def _descriptions() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each description's words, case-folded, and the type they name, keyed by their first
    word, longest first."""
    found: dict[str, set[tuple[str, str]]] = {}
    for key, kind in _DESCRIBED:
        for word in shipped_type_words(key):
            folded = casefold(word)
            if first := _FIRST_WORD.match(folded):
                found.setdefault(first.group(), set()).add((folded, kind))
    return {k: tuple(sorted(v, key=lambda pair: -len(pair[0]))) for k, v in found.items()}


def _mapped(fields: Mapping[str, object], text: str) -> bool:
    """Whether a scale stands in a part of its own, a map's (`… : физическая карта. – Масштаб
    1:2 500 000`): one the title goes on after (`Масштаб 1:100 000 в картографировании …`),
    or in a work a periodical's numbers print, is a subject."""
    if any(fields.get(k) for k in _NUMBERS):
        return False
    title = fields.get("title")
    title = title if isinstance(title, str) else ""
    for found in _scale().finditer(text):
        at = title.find(found.group().strip())
        if at < 0 or _FIRST_WORD.search(title, at + len(found.group().strip())) is None:
            return True
    return False


def _described(title: str, text: str) -> str | None:
    """The type a description in brackets right after the title names (its medium's word
    alone: `[Film]`, `(фильм, реж. …)`; `[Film review]`, `(map analysis)` name another
    genre), or None."""
    at = text.find(title) if title else -1
    if at < 0:
        return None
    # right after the title, or left open in it or closing it (the title read into its
    # description: `Шал (фильм`); the title's own brackets (`Kış Uykusu (film) üzerine`) are
    # its words
    end = _past_version(text, at + len(title))  # `Title (Version 2) [Data set]`
    stop = end + _NEAR + 1
    opens = [i for i in (text.find("(", end, stop), text.find("[", end, stop)) if i >= end]
    last = max(title.rfind("("), title.rfind("["))
    if last >= 0:
        close = ")" if title[last] == "(" else "]"
        if title.find(close, last) < 0 or title.endswith(close):
            opens.append(at + last)
    # … the first that names a medium: APA's version closing the title comes before the
    # description (`Survey 2019 (Version 2) [Data set]`)
    for start in sorted(set(opens)):
        if (kind := _medium_in(text[start + 1 : start + 1 + _DESCRIPTION].lstrip())) is not None:
            return kind
    return None


@functools.cache
def _versions() -> tuple[str, ...]:
    return tuple(sorted((casefold(w) for w in shipped_words("version")), key=len, reverse=True))


def read_description(
    fields: Mapping[str, object], text: str, lost: tuple[str, ...]
) -> tuple[str, ...]:
    """`lost` less the words of a description in brackets right after the title that names
    the work's medium (`[Sözlü bildiri]`, `[Data set]`): read as the type, not lost; its
    other words (`[Sözlü bildiri, Eğitim Fakültesi]`) stay lost."""
    title = fields.get("title")
    if not lost or not isinstance(title, str) or not title or _described(title, text) is None:
        return lost
    end = text.find(title) + len(title)
    opened = min((i for i in (text.find("[", end), text.find("(", end)) if i >= 0), default=-1)
    close = text.find("]" if text[opened : opened + 1] == "[" else ")", opened)
    if opened < 0 or close < 0:
        return lost
    inside = text[opened + 1 : close]
    words = _description_words()
    return tuple(
        p for p in lost if p.strip() not in inside or not set(casefold(p).split()) <= words
    )


@functools.cache
def _description_words() -> frozenset[str]:
    """The words of every medium's description (`sözlü`, `bildiri`, `data`, `set`)."""
    return frozenset(
        w for phrases in _descriptions().values() for p, _k in phrases for w in p.split()
    )


def read_kind_word(kind: str, lost: tuple[str, ...]) -> tuple[str, ...]:
    """`lost` less a piece that is one of the words naming a broadcast (`[types] broadcast`:
    `broadcast`, `aired`, `televizyon programı`): read as the type, which holds it whole."""
    if not lost or kind not in _AIRED:
        return lost  # … a broadcast's alone: others' words may be a genre (`Working Paper`)
    words = _kind_words(kind)
    return tuple(p for p in lost if casefold(p.strip(" .,;:()[]")) not in words)


_AIRED: Final = frozenset({"broadcast"})


@functools.cache
def _kind_words(kind: str) -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words(kind))


def _past_version(text: str, end: int) -> int:
    """Where a version's bracket right after the title's `end` closes (`(Version 2)`, `(R
    package version 1.1.4)`), or `end` when none stands there."""
    start = end + len(text[end:]) - len(text[end:].lstrip(" .,"))
    if text[start : start + 1] != "(" or (close := text.find(")", start)) < 0:
        return end
    inside = casefold(text[start + 1 : close])
    return close + 1 if any(inside.startswith(v) for v in _versions()) else end


def _medium_in(inside: str) -> str | None:
    """The type a bracket's words name when its medium's word stands alone in it, or None."""
    first = _FIRST_WORD.match(inside)
    candidates = _descriptions().get(casefold(first.group())) if first else None
    if not candidates:
        return None
    inside = " ".join(casefold(inside).split())  # `[Data\u00a0set]`, `el  yazması`: one space
    for words, kind in candidates:
        after = inside[len(words) : len(words) + 1]
        if inside.startswith(words) and (after in _ALONE or not after):
            return kind
    return None


def listed_type(kind: str) -> str:
    """`kind` as the annotation's list of types names it: `document` for a patent, a
    standard, a map or a data set (see the module's doc)."""
    return "document" if kind in _UNLISTED else kind


def medium_type(kind: str, fields: Mapping[str, object], text: str, standard: bool) -> str:
    """`kind`, or the type the note's form tells (see the module's doc); `standard`: the
    legal rules read a standard's designation opening the note."""
    if kind == "thesis" and _described_medium(fields, text) == "manuscript":
        return "manuscript"  # `(Yayımlanmamış el yazması, Trabzon, 1965)`: unpublished, no thesis
    if kind in _KEPT:
        return kind
    # the `[types]` words of the note, read once for the type rules (a note typed in one
    # alphabet, as most are, is its own unmixed text: remembered); most have none of these
    cues = type_cues(text)
    if "patent" in cues and _patented(text):
        return "patent"
    if kind == "legislation":
        return kind
    title = fields.get("title")
    if standard and not (isinstance(title, str) and title[:1].islower()):
        return "standard"  # a small letter after the designation: a sentence on it, a title's
    if "map_scale" in cues and _mapped(fields, text):
        return "map"
    if not cues.isdisjoint(_DESCRIBED_KEYS) or fields.get("genre"):
        described = _described_medium(fields, text)
        if described is not None and not _printed(fields, described):
            return described
    return kind


def _described_medium(fields: Mapping[str, object], text: str) -> str | None:
    """The type a description names: in brackets right after the title, or a manuscript's or a
    film's as the genre GOST writes after it (`Воспоминания : рукопись. 1987`, `… : худож.
    фільм`; a genre `доклад` is a report's, no talk's)."""
    title, genre = fields.get("title"), fields.get("genre")
    described = _described(title, text) if isinstance(title, str) else None
    genre_medium = _medium_in(genre) if described is None and isinstance(genre, str) else None
    if genre_medium in ("manuscript", "motion_picture"):
        return genre_medium  # `: рукопись`, `Тіні забутих предків : худож. фільм / реж. …`
    return described


def _printed(fields: Mapping[str, object], kind: str) -> bool:
    """Whether a periodical's numbers or a paper printed the work (a film's review); a data
    set's DOI is its repository's (Zenodo, Dryad, Figshare, a Dataverse mint one for each data
    set they hold), no periodical's."""
    numbers = tuple(k for k in _NUMBERS if not (kind == "dataset" and k == "DOI"))
    container = fields.get("container-title")
    if not (isinstance(container, str) and container):
        return any(fields.get(k) for k in numbers)
    issued = fields.get("issued")
    # a paper's day; a meeting's, for a talk given there (APA 7's `(2019, May 3)`)
    day = getattr(issued, "day", None) is not None and kind not in _DAY_DATED
    paper = day or news_outlet(container) or has_cue("newspaper", container)
    return paper or any(fields.get(k) for k in numbers)


def law_in_title(number: str | None, fields: Mapping[str, object], text: str) -> bool:
    """Whether the law's number the legal rules read stands in the title of a work a person
    signed, or in its own part of the note, before its host (the title cut at the number:
    `Закон РК «О языках» от … № 151-I: проблемы применения // Вестник …`; see the module's
    doc)."""
    title, authors = fields.get("title"), fields.get("author")
    if not (number and isinstance(authors, tuple) and isinstance(title, str) and title):
        return False
    if not any(getattr(n, "family", None) for n in authors):
        return False
    if number in title:
        return True
    at, container = text.find(number), fields.get("container-title")
    host = text.find(container) if isinstance(container, str) and container else -1
    end = host if host > 0 else text.find(title) + len(title)
    return 0 <= at < end and text.find(title) >= 0


def subject_title(number: str | None, fields: Mapping[str, object], text: str) -> dict[str, object]:
    """`fields` with the title given back the law's number or the standard's designation
    that opens it when the number is the work's subject, no law's or standard's (`Akıncı, M.
    5237 Sayılı Türk Ceza Kanunu Şerhi. …`: the legal rules took the number from the title)."""
    title = fields.get("title")
    if not (number and isinstance(title, str) and title) or number in title:
        return dict(fields)
    at = text.find(title)
    start = text.rfind(number, 0, at) if at > 0 else -1
    if start < 0 or _JOIN.fullmatch(text, start + len(number), at) is None:
        return dict(fields)
    return {**fields, "title": text[start : at + len(title)]}


def designated_title(fields: Mapping[str, object], designation: str) -> dict[str, object]:
    """`fields` with a standard's designation set off after its title (`IEEE Standard for …,
    IEEE Std 802.15.4-2020`) out of the title's run: the standard's number."""
    title = fields.get("title")
    out = dict(fields)
    if isinstance(title, str) and title.endswith(designation):
        kept = title[: -len(designation)].rstrip(" ,")
        if kept:
            out["title"] = kept
    out.setdefault("number", designation)
    return out
