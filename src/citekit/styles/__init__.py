"""Formatting with CSL styles: bibliographies, reference lists and notes.

`format_bibliography(items, style="apa")` renders CSL-JSON items (or `Citation` values) with a
built-in style or any ``.csl`` file, as text, HTML or Markdown.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from citekit.csl import to_csl
from citekit.model import Citation
from citekit.styles.engine import Cite, Style
from citekit.styles.locale import StyleError

__all__ = [
    "BUILTIN_STYLES",
    "Cite",
    "Style",
    "StyleError",
    "format_bibliography",
    "format_notes",
    "load_style",
]

_DATA = resources.files("citekit.styles") / "data" / "styles"
BUILTIN_STYLES = tuple(sorted(p.name[:-4] for p in _DATA.iterdir() if p.name.endswith(".csl")))
_OUTPUTS = ("text", "html", "markdown")


@functools.cache
def _builtin(name: str, lang: str | None) -> Style:
    resource = _DATA / f"{name}.csl"
    return Style(resource.read_bytes(), name=f"{name}.csl", lang=lang)


def load_style(style: str | Path, *, locale: str | None = None) -> Style:
    """A built-in style by name ("apa", "chicago-notes-bibliography", …) or a ``.csl`` file."""
    text = str(style)
    if text in BUILTIN_STYLES:
        return _builtin(text, locale)
    path = Path(style)
    if not path.is_file():
        raise StyleError(text, f"no such style (built in: {', '.join(BUILTIN_STYLES)})")
    return Style(path.read_bytes(), name=str(path), lang=locale)


def render(fragment: str, output: str) -> str:
    """An engine HTML fragment as text, HTML or Markdown."""
    if output == "html":
        return fragment
    if output == "markdown":
        fragment = re.sub(r"</?i>", "*", fragment)
        fragment = re.sub(r"</?b>", "**", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def format_bibliography(
    items: Sequence[Citation | Mapping[str, Any]],
    *,
    style: str | Path = "chicago-notes-bibliography",
    locale: str | None = None,
    output: str = "text",
) -> list[str]:
    """The items as bibliography entries in `style`, sorted as the style sorts them."""
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}")
    data = _items(items)
    engine = load_style(style, locale=locale)
    engine.register(data)
    return [render(entry, output) for entry in engine.bibliography_entries(data) if entry]


def _items(items: Sequence[Citation | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """CSL-JSON items with ids; the same source (URL, or title) gets the same id."""
    data: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    for n, item in enumerate(items, 1):
        csl = to_csl(item) if isinstance(item, Citation) else dict(item)
        key = str(csl.get("URL") or csl.get("title") or f"item{n}")
        csl["id"] = csl.get("id") or ids.setdefault(key, f"item{len(ids) + 1}")
        data.append(csl)
    return data


def format_notes(
    notes: Sequence[Sequence[Citation | Mapping[str, Any]]],
    *,
    style: str | Path = "chicago-notes-bibliography",
    locale: str | None = None,
    output: str = "text",
    locators: Sequence[str | None] | None = None,
) -> list[str]:
    """One formatted note per entry of `notes` (the sources each note cites, in order).

    Positions are tracked as a reader meets them: a source's first note is full, later ones
    subsequent, and a note citing exactly the previous note's source is ibid (with its
    locator, from `locators`, when one is given).
    """
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}")
    engine = load_style(style, locale=locale)
    flat = _items([item for note in notes for item in note])
    engine.register(flat)
    seen: set[str] = set()
    previous: list[str] = []
    out, cursor = [], 0
    for n, note in enumerate(notes):
        items = flat[cursor : cursor + len(note)]
        cursor += len(note)
        ids = [str(item["id"]) for item in items]
        locator = locators[n] if locators and n < len(locators) else None
        cites = []
        for item in items:
            key = str(item["id"])
            position = "first" if key not in seen else "subsequent"
            if ids == previous and len(ids) == 1:
                position = "ibid-with-locator" if locator else "ibid"
            seen.add(key)
            cites.append(Cite(item, locator=locator, position=position))
        previous = ids
        out.append(render(engine.citation_text(cites), output) if cites else "")
    return out
