"""Formatting with CSL styles: bibliographies, reference lists and notes.

`format_bibliography(items, style="apa")` renders CSL-JSON items (or `Citation` values) with a
built-in style or any ``.csl`` file, as text, HTML or Markdown.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from citekit.csl import to_csl
from citekit.langid import detect_language
from citekit.languages import shipped_words
from citekit.model import Citation, Note
from citekit.romanize import SCHEMES, romanizable
from citekit.romanize import romanize as romanize_text
from citekit.styles.csl import Cite, Registry, Style
from citekit.styles.csl.collation import list_language
from citekit.styles.items import check_item
from citekit.styles.locale import StyleError
from citekit.styles.output import render

__all__ = [
    "BUILTIN_STYLES",
    "Cite",
    "Registry",
    "Style",
    "StyleError",
    "format_bibliography",
    "format_notes",
    "load_style",
    "render",
]

_DATA = resources.files("citekit.styles") / "data" / "styles"
BUILTIN_STYLES = tuple(sorted(p.name[:-4] for p in _DATA.iterdir() if p.name.endswith(".csl")))
_OUTPUTS = ("text", "html", "markdown")


@functools.cache
def _builtin(name: str, lang: str | None, item_terms: bool | None, corrected: bool) -> Style:
    resource = _DATA / f"{name}.csl"
    return Style(
        resource.read_bytes(),
        name=f"{name}.csl",
        lang=lang,
        item_terms=item_terms,
        corrections=corrected,
    )


def load_style(
    style: str | Path,
    *,
    locale: str | None = None,
    item_terms: bool | None = None,
    corrections: bool = True,
) -> Style:
    """A built-in style by name ("apa", "chicago-notes-bibliography", …) or a ``.csl`` file.

    `item_terms`: each item's terms in its own language (see `Style`); GOST styles by default.
    `corrections`: citekit's corrections of the official data (see `Style`).
    """
    text = str(style)
    if text in BUILTIN_STYLES:
        return _builtin(text, locale, item_terms, corrections)
    path = Path(style)
    if not path.is_file():
        raise StyleError(text, f"no such style (built in: {', '.join(BUILTIN_STYLES)})")
    return Style(
        path.read_bytes(),
        name=str(path),
        lang=locale,
        item_terms=item_terms,
        corrections=corrections,
    )


def format_bibliography(
    items: Sequence[Citation | Mapping[str, Any]],
    *,
    style: str | Path = "chicago-notes-bibliography",
    locale: str | None = None,
    output: str = "text",
    romanize: str | None = None,
    item_terms: bool | None = None,
) -> list[str]:
    """The items as bibliography entries in `style`, sorted as the style sorts them.

    `romanize` ("ala-lc", "bgn", "iso9", "gost779", "kazakh-latin") writes Russian and Kazakh
    titles in Latin letters with the original in brackets, and names in Latin letters.
    `item_terms` gives each item the terms of its language ("et al.", "P." for an English item
    in a Russian list); by default GOST styles do, others keep the list's language.
    """
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}")
    data = _once(_items(items, romanize))
    engine = load_style(style, locale=locale, item_terms=item_terms)
    # no locale asked for: the items' own language's alphabet orders them
    collation = list_language(data, engine.lang) if locale is None else None
    entries = engine.bibliography_entries(data, collation=collation)  # the bibliography alone
    return [render(entry, output) for entry in entries if entry]


def _items(
    items: Sequence[Citation | Mapping[str, Any]], romanize: str | None = None
) -> list[dict[str, Any]]:
    """CSL-JSON items with ids. An item without one gets the id of an earlier item that is the
    same source (`_identity`), else a new one."""
    if romanize is not None and romanize not in SCHEMES:
        raise ValueError(f"romanize must be one of {', '.join(SCHEMES)}")
    data: list[dict[str, Any]] = []
    given = {str(item["id"]) for item in items if isinstance(item, Mapping) and item.get("id")}
    ids: dict[str, str] = {}
    owners: dict[str, tuple[int, Mapping[str, Any]]] = {}  # each given id's first item
    for n, item in enumerate(items, 1):
        if not isinstance(item, (Citation, Mapping)):
            raise ValueError(f"item {n} must be a CSL-JSON object, not {type(item).__name__}")
        csl = _for_styles(to_csl(item)) if isinstance(item, Citation) else dict(item)
        if csl.get("id"):
            _own_id(csl, n, owners)
        check_item(csl, n)
        if isinstance(csl.get("edition"), str) and (number := _edition_number(csl["edition"])):
            csl["edition"] = number
        if not csl.get("id"):
            key = _identity(csl, parsed=isinstance(item, Citation))
            if key not in ids:
                new = len(ids) + 1
                while f"item{new}" in given:
                    new += 1
                ids[key] = f"item{new}"
                given.add(ids[key])
            csl["id"] = ids[key]
        data.append(_romanized(csl, romanize) if romanize else csl)
    return data


def _own_id(
    item: Mapping[str, Any], n: int, owners: dict[str, tuple[int, Mapping[str, Any]]]
) -> None:
    """Refuse a second, different source under an id already given: styles take one id for
    one source, so it would leave the bibliography and be written "Ibid." in notes."""
    key = str(item["id"])
    first, earlier = owners.setdefault(key, (n, item))
    if first != n and dict(earlier) != dict(item):
        raise ValueError(
            f"items {first} and {n} are different sources with the same id {key!r}: "
            "give each source its own id"
        )


def _for_styles(csl: dict[str, Any]) -> dict[str, Any]:
    """A record's CSL item as the styles read it: a report's number, which records keep as its
    issue (`Asia Report No. 59`, as the corpus writes it), is the report's CSL `number` (an
    issue is a serial's; styles print a report's number after its series)."""
    if csl.get("type") == "report" and "issue" in csl and "number" not in csl:
        csl["number"] = csl.pop("issue")
    return csl


@functools.cache
def _ordinal_edition() -> re.Pattern[str]:
    suffixes = sorted(shipped_words("ordinal_suffixes"), key=len, reverse=True)
    return re.compile(rf"(\d+)(?:-?(?:{'|'.join(map(re.escape, suffixes))})|\.)", re.IGNORECASE)


def _edition_number(edition: str) -> str | None:
    """The number of an edition written as an ordinal in its language (`3-е`, `2-ге`,
    `5-nji`, `3.`): the style writes ordinals its own way (`3rd ed.`, `3. Bs.`), as it does
    for an edition given as a number."""
    found = _ordinal_edition().fullmatch(edition.strip())
    return found.group(1) if found else None


def _identity(csl: Mapping[str, Any], *, parsed: bool) -> str:
    """What makes two items one source: the same fields; for citations parsed from notes, the
    same address, else the same fields but the page cited and the access date."""
    if parsed and csl.get("URL"):
        return "url " + str(csl["URL"]).rstrip("/").lower()
    ignored = {"id", "page", "accessed"} if parsed else {"id"}
    same = {k: v for k, v in csl.items() if k not in ignored}
    return json.dumps(same, sort_keys=True, default=str, ensure_ascii=False)


def _once(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each source once (its first occurrence): a bibliography lists a repeated source once."""
    seen: set[str] = set()
    out = []
    for item in items:
        if str(item["id"]) not in seen:
            seen.add(str(item["id"]))
            out.append(item)
    return out


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TITLES = ("title", "container-title", "collection-title")
_PLAIN = ("publisher", "publisher-place", "event-place")


def _forms(item: Mapping[str, Any], variable: str) -> tuple[str | None, str | None]:
    """A CSL-M item's own transliterated and translated forms of a variable
    (``multi._keys[variable]``: a ``…-Latn…`` tag, and a tag with no script)."""
    keys = (item.get("multi") or {}).get("_keys") or {}
    forms = keys.get(variable) or {}
    latin = next((str(v) for tag, v in forms.items() if "-latn" in tag.lower()), None)
    translated = next((str(v) for tag, v in forms.items() if "-" not in tag), None)
    return latin, translated


def _romanized(item: dict[str, Any], scheme: str) -> dict[str, Any]:
    """The item with its Cyrillic romanized by `scheme`: titles as "Latin [Original]" (and a
    translation the item carries, in brackets after it), names and places in Latin letters."""
    lang = str(item.get("language") or "").split("-")[0].lower() or None
    texts = " ".join(str(item.get(v) or "") for v in _TITLES)
    if lang not in ("ru", "kk") and _CYRILLIC.search(texts):
        lang = detect_language(texts) if lang is None else lang
    if not romanizable(lang, scheme):
        return item
    assert lang is not None

    def latin(text: str) -> str:
        return romanize_text(text, lang, scheme) if _CYRILLIC.search(text) else text

    out = dict(item)
    for variable in _TITLES:
        value = item.get(variable)
        own, translated = _forms(item, variable)
        if not isinstance(value, str) or not (_CYRILLIC.search(value) or own):
            continue
        out[variable] = f"{own or latin(value)} [{value}]"
        if translated:
            out[variable] += f" [{translated}]"
    for variable in _PLAIN:
        if isinstance(item.get(variable), str):
            out[variable] = latin(item[variable])
    for role in ("author", "editor", "translator", "container-author"):
        names = item.get(role)
        if isinstance(names, list):
            out[role] = [
                {k: latin(v) if isinstance(v, str) else v for k, v in name.items()}
                if isinstance(name, Mapping)
                else name
                for name in names
            ]
    return out


def format_notes(
    notes: Sequence[Sequence[Citation | Mapping[str, Any]]],
    *,
    style: str | Path = "chicago-notes-bibliography",
    locale: str | None = None,
    output: str = "text",
    locators: Sequence[str | Sequence[str | None] | None] | None = None,
    romanize: str | None = None,
    item_terms: bool | None = None,
) -> list[str]:
    """One formatted note per entry of `notes` (the sources each note cites, in order).

    Positions are tracked as a reader meets them: a source's first note is full, later ones
    subsequent, and a note citing exactly the previous note's source is ibid (with its
    locator, from `locators`, when one is given). A note's locator is one string for all its
    sources, or a list with one per source ("45" and "12" for a note citing two books).
    `romanize` and `item_terms` as in `format_bibliography`.
    """
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}")
    for n, note in enumerate(notes, 1):
        if isinstance(note, Note):
            raise ValueError(
                f"note {n}: format_notes takes the list of sources each note cites, not a "
                "Note (an ibid or op. cit. note cites the source of the note it refers_to)"
            )
        if isinstance(note, (Citation, Mapping, str)):
            raise ValueError(
                f"note {n} must be a list of the sources it cites ([item] for one), "
                f"not a {type(note).__name__}"
            )
    engine = load_style(style, locale=locale, item_terms=item_terms)
    flat = _items([item for note in notes for item in note], romanize)
    registry = engine.register(
        flat, collation=list_language(flat, engine.lang) if locale is None else None
    )
    seen: set[str] = set()
    first_notes: dict[str, int] = {}  # the note that first cited each source ("supra note 2")
    last_notes: dict[str, int] = {}  # the note that cited each source last (CSL's near-note)
    citation = engine.citation
    distance = int((citation.get("near-note-distance") if citation is not None else None) or 5)
    previous: list[str] = []
    out, cursor = [], 0
    for n, note in enumerate(notes):
        items = flat[cursor : cursor + len(note)]
        cursor += len(note)
        ids = [str(item["id"]) for item in items]
        given = locators[n] if locators and n < len(locators) else None
        each = [given] * len(items) if given is None or isinstance(given, str) else list(given)
        cites = []
        for k, item in enumerate(items):
            locator = each[k] if k < len(each) else None
            key = str(item["id"])
            position = "first" if key not in seen else "subsequent"
            if (ids == previous and len(ids) == 1) or (k and ids[k - 1] == key):
                # the last note's one source again, or a source right after itself in a note
                position = "ibid-with-locator" if locator else "ibid"
            seen.add(key)
            first_notes.setdefault(key, n + 1)
            near = key in last_notes and n + 1 - last_notes[key] <= distance
            last_notes[key] = n + 1
            cites.append(
                Cite(
                    item,
                    locator=locator,
                    position=position,
                    first_note=first_notes[key],
                    near_note=near,
                )
            )
        previous = ids
        out.append(render(engine.citation_text(cites, registry), output) if cites else "")
    return out
