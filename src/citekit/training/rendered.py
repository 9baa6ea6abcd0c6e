"""Training notes written by CSL styles: items rendered through the instrumented engine
(`Style.render_labelled`), which reports the variable behind each span.

Styles are read lazily, one per style and locale; a style the engine cannot read or render is
skipped and counted, never fatal.
"""

from __future__ import annotations

import random
import re
from collections import Counter, OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from citekit.model import LabelledText
from citekit.styles import BUILTIN_STYLES, Style, load_style
from citekit.training.items import TYPES, make_item
from citekit.training.pools import pools
from citekit.training.verify import problems, same_text

__all__ = ["LOCALES", "StyleSet"]

# the five languages' locales, and Ukrainian: Kazakh journals' OJS sites export citations in
# it ("Листопад 2015", "Процитовано")
LOCALES = ("en", "tr", "ru", "kk", "tk", "uk")
_STRINGS = (
    "title", "container-title", "collection-title", "publisher", "publisher-place", "genre",
    "edition", "issue", "volume",
)  # fmt: skip
_ROMAN = re.compile(r"[IVXLCDMİivxlcdm]+")
_KEPT = 400  # styles kept read at once (a style and locale each)
_PROBE = {
    "id": "probe",
    "type": "book",
    "title": "Аз и Я",
    "author": [{"family": "Сулейменов", "given": "Олжас"}],
    "publisher": "Жазушы",
    "publisher-place": "Алма-Ата",
    "issued": {"date-parts": [[1975]]},
}


class StyleSet:
    """The styles notes are rendered with, read on first use; `stats` counts what happened."""

    def __init__(
        self, sources: Sequence[str | Path] = BUILTIN_STYLES, *, locales: Sequence[str] = LOCALES
    ) -> None:
        self.sources = tuple(str(s) for s in sources)
        self.locales = tuple(locales)
        self.stats: Counter[str] = Counter()
        self.skipped: dict[str, str] = {}  # style -> why it was skipped
        # styles read, most recently used last; bounded, as a parsed style holds its XML tree
        self._styles: OrderedDict[tuple[str, str], Style | None] = OrderedDict()

    @classmethod
    def from_folder(cls, folder: str | Path, **kw: Any) -> StyleSet:
        """Every ``.csl`` file of `folder` (sorted, so the draw is the same on every machine)."""
        return cls(sorted(str(p) for p in Path(folder).glob("*.csl")), **kw)

    def style(self, source: str, locale: str) -> Style | None:
        """The style `source` in `locale`, or None when the engine cannot read or render it
        (then it is counted in `stats` and its reason kept in `skipped`)."""
        key = (source, locale)
        if key in self._styles:
            self._styles.move_to_end(key)
        else:
            if len(self._styles) >= _KEPT:
                self._styles.popitem(last=False)
            style: Style | None = None
            if source not in self.skipped:
                try:
                    # as other processors (OJS's citeproc-js) write with the official data
                    style = load_style(source, locale=locale, corrections=False)
                    probe = "bibliography" if style.bibliography is not None else "note"
                    style.render_labelled(_PROBE, mode=probe)
                except Exception as error:
                    self.skipped[source] = f"{type(error).__name__}: {error}"[:200]
                    self.stats["styles skipped"] += 1
                    style = None
            self._styles[key] = style
        return self._styles[key]

    def render(
        self, rng: random.Random, lang: str, *, dev: bool = False
    ) -> tuple[LabelledText, dict[str, Any], str] | None:
        """One item in language `lang` written by a style drawn at random, or None when that
        style could not write it (counted in `stats`)."""
        source = rng.choice(self.sources)
        locale = lang if lang in self.locales and rng.random() < 0.6 else rng.choice(self.locales)
        kind = rng.choice(TYPES)
        item = _enrich(rng, make_item(rng, lang, kind, dev=dev), lang)
        mode = "note" if rng.random() < 0.6 else "bibliography"
        style = self.style(source, locale)
        if style is None:
            return None
        if style.root.get("class") != "note":
            mode = "bibliography"  # an author-date style's citation is "(Ivanov 2015)", no note
        elif style.bibliography is None:
            mode = "note"
        item["id"] = "item1"
        try:
            text = style.render_labelled(item, mode=mode)
        except Exception:
            self.stats["render errors"] += 1
            return None
        del item["id"]
        _adopt_casing(text, item)
        if not text.spans or problems(text, [item]):
            self.stats["notes whose spans did not match"] += 1
            return None
        self.stats["notes rendered"] += 1
        name = Path(source).name.removesuffix(".csl")
        return text, item, f"csl:{name}:{locale}:{mode}"


def _enrich(rng: random.Random, item: dict[str, Any], lang: str) -> dict[str, Any]:
    """Give books and chapters more of what real notes carry and styles write when it is
    there: editions, translators, editors, volumes, series (the hand-written families cut
    what they do not write; a style writes what it has)."""
    if "page" in item and "number-of-pages" in item:
        # a part has its pages, a whole book its extent: a style given both may glue them
        # ("С. 26151 с.")
        whole = item["type"] in ("book", "report", "thesis") and rng.random() < 0.7
        del item["page" if whole else "number-of-pages"]
    if item["type"] not in ("book", "chapter", "report", "thesis"):
        return item
    p = pools(lang)
    if "edition" not in item and rng.random() < 0.3:
        item["edition"] = str(rng.randint(2, 7))
    if "translator" not in item and rng.random() < 0.25:
        item["translator"] = [p.person(rng) for _ in range(rng.choice((1, 1, 2)))]
    if "editor" not in item and rng.random() < 0.25:
        item["editor"] = [p.person(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
    if "volume" not in item and rng.random() < 0.25:
        item["volume"] = str(rng.randint(1, 12))
    if "collection-title" not in item and rng.random() < 0.15 and p.get("series"):
        item["collection-title"] = rng.choice(p.get("series"))
    return item


def _adopt_casing(text: LabelledText, item: dict[str, Any]) -> None:
    """A style may change a title's case, its apostrophes, or write an edition as an ordinal:
    the item keeps each value as written."""
    for span in text.spans:
        if span.label in _STRINGS and isinstance(item.get(span.label), str):
            written = text.text[span.start : span.end]
            value = item[span.label]
            if written == value:
                continue
            if (
                same_text(written.casefold(), value.casefold())
                or (span.label == "edition" and re.sub(r"\D", "", written) == value)
                or (span.label == "edition" and written.isalpha() and value.isdigit())
                or (span.label == "volume" and _ROMAN.fullmatch(written) and value.isdigit())
            ):
                item[span.label] = written  # "Вторая", "Fourth"; volume "iv", "XII"
