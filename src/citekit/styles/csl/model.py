"""The engine's values: a cite, the registry of one run, the rendering context, the marks of
instrumented output, and what every part of the engine reads of a style.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from lxml import etree

from citekit.model import LabelledSpan, LabelledText
from citekit.styles.csl.nameparts import parsed_names
from citekit.styles.csl.notefields import note_variables
from citekit.styles.items import DATE_VARIABLES, NAME_VARIABLES
from citekit.styles.locale import CslLocale, localname

# the checked input's name and date variables, plus the list names.py makes of an editor who
# is also the translator
_NAME_VARIABLES = NAME_VARIABLES | {"editortranslator"}
_DATE_VARIABLES = DATE_VARIABLES
_INHERITABLE = frozenset(
    [
        "and",
        "delimiter-precedes-et-al",
        "delimiter-precedes-last",
        "et-al-min",
        "et-al-use-first",
        "et-al-use-last",
        "et-al-subsequent-min",
        "et-al-subsequent-use-first",
        "initialize",
        "initialize-with",
        "name-as-sort-order",
        "sort-separator",
        "name-form",
        "name-delimiter",
        "names-delimiter",
    ]
)


# variables of the cite and the run, not of the item
_RUN_VARIABLES = frozenset(
    ["locator", "first-reference-note-number", "year-suffix", "citation-number"]
)
_PAGE_SPLIT = re.compile(r"\s*(?:[-–—,&]|\\-)\s*")  # what ends a page range's first page
_MAX_MACRO_CALLS = 100_000  # distinct macro renderings one entry may need
_MAX_ENTRY_CHARS = 1_000_000  # what a macro may write for one entry

# Instrumented rendering (`Style.render_labelled`) writes each variable's output between marks
# from the supplementary private use area: an opening mark (which variable) and a closing one.
# The finishing regexes (punctuation, quotes, spaces) look through them as through tags.
_MARK_BASE = 0x100000
_MARK_END_CODE = 0x10FFFD
_MARK_END = chr(_MARK_END_CODE)
_MARK_CLASS = "\U00100000-\U0010fffd"
_MARKS = re.compile(f"[{_MARK_CLASS}]")


def _labelled(text: str, labels: Sequence[str]) -> LabelledText:
    """Text with marks as plain text and spans: the innermost variable wins, and spans are
    trimmed of the spaces at their edges."""
    out: list[str] = []
    stack: list[int] = []  # indexes of the open marks, into `opened`
    opened: list[str] = []
    runs: list[list[Any]] = []  # [start, end, label, mark index]
    for char in text:
        code = ord(char)
        if code == _MARK_END_CODE:
            if stack:
                stack.pop()
            continue
        if _MARK_BASE <= code < _MARK_END_CODE:
            index = code - _MARK_BASE
            opened.append(labels[index] if index < len(labels) else "")
            stack.append(len(opened) - 1)
            continue
        at = len(out)
        out.append(char)
        if not stack or not opened[stack[-1]]:
            continue
        if runs and runs[-1][1] == at and runs[-1][3] == stack[-1]:
            runs[-1][1] = at + 1
        else:
            runs.append([at, at + 1, opened[stack[-1]], stack[-1]])
    plain = "".join(out)
    spans = []
    for start, end, label, _mark in runs:
        while start < end and plain[start].isspace():
            start += 1
        while end > start and plain[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(LabelledSpan(start, end, label))
    return LabelledText(plain, tuple(spans))


# Styles are read many times and never changed: an element's attributes and children are
# worked out once. The caches hold the elements, so lxml hands back the same objects.
_ATTRS: dict[etree._Element, dict[str, str]] = {}
_CHILDREN: dict[etree._Element, list[etree._Element]] = {}
_NAMED: dict[etree._Element, list[tuple[str, etree._Element]]] = {}
_CACHED = 200_000  # elements; a program reading style after style starts again past this


def _attrs(el: etree._Element) -> dict[str, str]:
    """An element's attributes as plain strings (do not change the dict)."""
    found = _ATTRS.get(el)
    if found is None:
        if len(_ATTRS) > _CACHED:
            _ATTRS.clear()
        found = _ATTRS[el] = {str(k): str(v) for k, v in el.attrib.items()}
    return found


def _elements(parent: etree._Element) -> list[etree._Element]:
    """The child elements (comments and processing instructions left out)."""
    found = _CHILDREN.get(parent)
    if found is None:
        if len(_CHILDREN) > _CACHED:
            _CHILDREN.clear()
        # comments, PIs: their tags are functions
        found = _CHILDREN[parent] = [child for child in parent if not callable(child.tag)]
    return found


def _named(parent: etree._Element) -> list[tuple[str, etree._Element]]:
    """The child elements with their names without the namespace (do not change the list)."""
    found = _NAMED.get(parent)
    if found is None:
        if len(_NAMED) > _CACHED:
            _NAMED.clear()
        found = _NAMED[parent] = [(localname(child), child) for child in _elements(parent)]
    return found


_TRIGRAPH = ((4,), (2, 2), (2, 1, 1), (1, 1, 1, 1))  # letters of each name, by name count
_CREATORS = ("author", "editor", "translator", "recipient", "interviewer", "composer")


def _trigraph(item: Mapping[str, Any]) -> str:
    """A citation label made of the first names' letters and the year's last two digits
    ("Asth00", "BrCh98", "DEFG26"), as citeproc-js makes one when the item has none."""
    label = ""
    names: list[Any] = next(
        (item[v] for v in _CREATORS if isinstance(item.get(v), list) and item[v]), []
    )
    widths = _TRIGRAPH[min(len(names), len(_TRIGRAPH)) - 1] if names else ()
    for name, width in zip(names, widths, strict=False):
        if not isinstance(name, Mapping):
            continue
        text = str(name.get("family") or name.get("literal") or "")
        text = re.sub(r"^[\s'’a-z]+(?=[A-Z])|^[\s'’a-z]+\s+", "", text)  # "von", "de la"
        text = re.sub(r"^(?:a|an|the)\s+", "", text, flags=re.I)
        text = "".join(c for c in text if c.isalnum())[:width]
        label += text[:1].upper() + text[1:].lower()
    if not label:
        title = str(item.get("title") or "")
        label = "".join(title.split())[:4]
        label = label[:1].upper() + label[1:].lower()
    issued = item.get("issued")
    year = "0000"
    if isinstance(issued, Mapping):
        parts = issued.get("date-parts") or [[]]
        if parts and parts[0]:
            year = str(parts[0][0])
    return label + year[-2:]


class _StyleBase:
    """What every part of the engine reads of a style (set once by `Style.__init__`)."""

    name: str
    root: etree._Element
    lang: str
    locale: CslLocale
    macros: dict[str, etree._Element]
    citation: etree._Element | None
    bibliography: etree._Element | None
    demote: str
    page_range_format: str | None
    item_terms: bool
    corrections: bool  # citekit's corrections of the official CSL data
    _given_rule: str
    _uses_condition: bool
    _bib_disambiguates: bool  # the bibliography reaches a disambiguate="true" test
    _locales: dict[str, CslLocale]
    _explicit_suffix: bool
    _numeric_citation: bool
    _cites_number: bool  # citation-number appears anywhere in the style
    _dispatch: dict[str, Callable[[etree._Element, _Ctx], str]]

    def _options(self, section: etree._Element) -> dict[str, str]:
        options = {k: v for k, v in _attrs(self.root).items() if k in _INHERITABLE}
        options.update({k: v for k, v in _attrs(section).items() if k in _INHERITABLE})
        return options


class Cite:
    """One item cited, with where it is cited from."""

    def __init__(
        self,
        item: Mapping[str, Any],
        *,
        locator: str | None = None,
        label: str | None = None,
        position: str = "first",
        prefix: str = "",
        suffix: str = "",
        first_note: int | None = None,
        near_note: bool = False,
    ) -> None:
        self.item = item
        self.first_note = first_note  # the note that first cited the item (note styles)
        # cited before within the citation's near-note-distance notes (CSL's "near-note")
        self.near_note = near_note
        self.locator = locator
        # CSL 1.0.1's "sub verbo" is CSL 1.0.2's "sub-verbo" (the locator terms have no spaces)
        self.label = label.replace(" ", "-") if label else ("page" if locator else None)
        self.position = position
        self.prefix = prefix
        self.suffix = suffix
        self.looking = False  # rendered only to tell cites apart (disambiguation)


class Registry:
    """What one bibliography or notes run knows of its items, made by `Style.register`:
    citation numbers, year suffixes and the names shown to tell cites apart. A style keeps
    none of it, so two runs with one style never meet."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        # the language whose alphabet sorts the run, when not the style's locale's
        # (`citekit.styles.csl.collation.list_language`)
        self.collation: str | None = None
        self.suffixes: dict[str, str] = {}
        self.more_names: dict[str, int] = {}
        self.given: set[str] = set()
        # cites alike after names: how many disambiguate="true" tests hold for each, in the
        # order they are met (citeproc-js turns them on one at a time)
        self.flagged: dict[str, int] = {}
        self.expand: dict[tuple[str, str], int] = {}  # (family, given): 1 initials, 2 full
        self.given_names: dict[str, set[tuple[str, str]]] = {}  # by cite: names to expand
        self.full_given: set[str] = set()  # by cite: initials were not enough
        # sort keys of the registered items, per sort and mode: made once, not for each pass
        self.sort_keys: dict[
            tuple[Any, ...], dict[int, tuple[Mapping[str, Any], list[tuple[int, Any]]]]
        ] = {}
        # the names of `expand` by each word of them, made once for each `expand` (_alike)
        self.expand_words: tuple[tuple[int, int], dict[tuple[str, str], frozenset[Any]]] = (
            (0, 0),
            {},
        )
        # first cites rendered while registering, by the item's registry state (_alike)
        self.first_cites: dict[tuple[Any, ...], str] = {}
        # each item's content (all but its id), by the item's identity: a source given twice
        # under two ids renders the same and is rendered once (_first_cite)
        self.contents: dict[int, tuple[Mapping[str, Any], str]] = {}

    def citation_number(self, item: Mapping[str, Any]) -> int | None:
        """The item's number: its place in the order registered, or in the sorted list."""
        return self.numbers.get(str(item.get("id")))

    def year_suffix(self, item: Mapping[str, Any]) -> str | None:
        """The year suffix ("a", "b", …) the item was given, if any."""
        return self.suffixes.get(str(item.get("id")))


class _Ctx:
    def __init__(
        self, style: _StyleBase, cite: Cite, mode: str, options: dict[str, str], run: Registry
    ) -> None:
        self.style = style
        self.run = run
        self.cite = cite
        self.item = cite.item
        self._noted: tuple[dict[str, Any], str | None] | None = None  # note_variables(item)
        self.mode = mode
        self.options = options
        self.called = 0
        self.rendered = 0
        self.substituted: set[str] = set()
        self.recording: set[str] | None = None  # variables read while a substitute renders
        self.sorting = False
        self.skip_names = False  # render all but the first <names> (collapsed cites)
        self.names_seen = False
        self.first_names: str | None = None  # what the first <names> rendered
        self.locale = style.locale
        # the notes area ("[Электронный ресурс]", "дата обращения") keeps the list's language
        # when each source speaks its own (GOST 7.1-2003, 4.10)
        self.notes_locale = style.locale if style.item_terms else None
        self.language = str(self.item.get("language") or style.lang)
        self.english = self.language.lower().startswith("en")
        self.corrections = style.corrections  # citekit's corrections of CSL data (`Style`)
        self.marks: list[str] | None = None  # labels of the variables marked (render_labelled)
        self.memo: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # macro outputs (Style._macro)
        self.met: set[tuple[Any, ...]] = set()  # macros rendered once already (Style._macro)
        self.suffixed = False  # the implicit year suffix is written (after the first year)
        # a term written before anything else takes a capital (as citeproc-js), but for an
        # in-text citation
        self.term_before = bool(cite.prefix)
        self.opens_with_term = mode != "citation" or style.root.get("class") != "in-text"
        self.tests = 0  # disambiguate="true" tests met so far (Registry.flagged)
        self.steps = 0  # macros rendered for this entry (bounded: _MAX_MACRO_CALLS)
        self.name_variable = ""  # the names variable being rendered, for its marks

    def mark(self, label: str, fragment: str) -> str:
        """The fragment between the marks of the variable that wrote it, when instrumenting."""
        if self.marks is None or not fragment:
            return fragment
        if label not in self.marks:
            if len(self.marks) >= _MARK_END_CODE - _MARK_BASE:
                return fragment
            self.marks.append(label)
        return chr(_MARK_BASE + self.marks.index(label)) + fragment + _MARK_END

    def peek(self, variable: str) -> Any:
        """The variable's value for a condition: reading it is not rendering it, and a
        variable a substitute already printed still counts (citeproc-js tests the item)."""
        if variable in _RUN_VARIABLES:
            return self._of_run(variable)
        return self._of_item(variable)

    def value(self, variable: str) -> Any:
        if variable in _RUN_VARIABLES:
            return self._of_run(variable)
        if variable in self.substituted:
            return None
        value = self._of_item(variable)
        if self.recording is not None and value not in (None, "", []):
            self.recording.add(variable)
        return value

    def _of_run(self, variable: str) -> Any:
        if variable == "locator":
            locator = self.cite.locator
            return locator.strip() if isinstance(locator, str) else locator
        if variable == "first-reference-note-number":
            return self.cite.first_note
        if variable == "year-suffix":
            return self.run.year_suffix(self.item)
        return self.run.citation_number(self.item)

    def _of_item(self, variable: str) -> Any:
        value = self.item.get(variable)
        if value is None or variable == "note":
            if self._noted is None:
                self._noted = note_variables(self.item)
            value = self._noted[1] if variable == "note" else self._noted[0].get(variable)
        if isinstance(value, list) and variable in _NAME_VARIABLES:
            value = parsed_names(value)  # "van der Vlist": the particle apart
        if value in (None, "") and variable == "citation-label":
            value = _trigraph(self.item)
        if value is None and variable == "container-title-short":
            value = self.item.get("journalAbbreviation")  # Zotero's name for it
        if value is None and variable == "page-first" and self.item.get("page") is not None:
            value = _PAGE_SPLIT.split(str(self.item["page"]).strip(), 1)[0] or None  # "22-45"
        return value
