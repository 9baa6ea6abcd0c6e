"""The CSL 1.0.2 engine's facade: a style read once, bibliographies and citations as HTML
fragments, and one item labelled by the variables behind its text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from lxml import etree

from citekit.documents.safe_xml import declares_entities, safe_parser
from citekit.model import LabelledText
from citekit.styles.csl.disambiguate import _Disambiguating
from citekit.styles.csl.model import _MARKS, Cite, Registry, _Ctx, _labelled
from citekit.styles.csl.names import _NAMES_END, _inherit_substitutes
from citekit.styles.csl.punctuation import _tidy
from citekit.styles.csl.richtext import _escape, _format, _layout_affix
from citekit.styles.items import check_item
from citekit.styles.locale import (
    NS,
    CslLocale,
    StyleError,
    available_locales,
    conventions,
    known_locale,
    load_locale,
    localname,
)
from citekit.styles.output import render
from citekit.styles.validate import check_style

__all__ = ["Style"]


def _style_language(root: etree._Element) -> str:
    """The style's language: its ``default-locale``, else the one language other than English
    its own ``<locale>`` elements are written for (an İSNAD style's Turkish), else en-US."""
    declared = root.get("default-locale")
    if declared:
        return declared
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    terms: dict[str, int] = {}  # terms a style's <locale> elements define, by language
    for el in root.findall(f"{NS}locale"):
        code = el.get(xml_lang, "").split("-")[0].lower()
        terms[code] = terms.get(code, 0) + len(el.findall(f".//{NS}term"))
    others = {code for code in terms if code and code != "en"}
    # ... and writes at least as many terms for as for English (not an APA's one Spanish term)
    if len(others) == 1 and terms[next(iter(others))] >= terms.get("en", 0):
        found = known_locale(others.pop())
        if found is not None:
            return found
    return "en-US"


def _uses_variable(
    node: etree._Element, variable: str, macros: Mapping[str, etree._Element]
) -> bool:
    """Whether the node, or a macro it calls (at any depth), prints the variable as text."""
    seen: set[str] = set()
    todo = [node]
    while todo:
        for el in todo.pop().iter():
            if el.tag == f"{NS}text" and el.get("variable") == variable:
                return True
            name = el.get("macro")
            if name and name not in seen and name in macros:
                seen.add(name)
                todo.append(macros[name])
    return False


class Style(_Disambiguating):
    """A parsed CSL style, reusable for any number of items; it never changes once read."""

    def __init__(
        self,
        source: str | bytes,
        *,
        name: str = "<style>",
        lang: str | None = None,
        item_terms: bool | None = None,
        corrections: bool = True,
    ) -> None:
        """Parse a style. `item_terms`: each item's terms ("et al.", "P.") in its own language
        when citekit has a locale for it; by default only for GOST styles, whose standard
        describes every source in its language. `corrections`: citekit's corrections of what
        the official data and citeproc-js write (the vendored locales' typos, corrected in
        `data/locale-corrections/`; another language's words capitalised all through); False
        renders as other processors do (the training generator imitates them)."""
        data = source.encode() if isinstance(source, str) else source
        if declares_entities(data):
            raise StyleError(
                name, "declares XML entities (<!ENTITY …>), which a CSL style never needs"
            )
        try:
            root = etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError as exc:
            raise StyleError(name, f"not valid XML: {exc}") from exc
        if localname(root) != "style":
            raise StyleError(name, f"the root element is <{localname(root)}>, not <style>")
        self.name = name
        check_style(root, name)
        _inherit_substitutes(root)
        self.root = root
        if lang is not None:
            known = known_locale(lang)
            if known is None:
                locales = ", ".join(available_locales())
                raise StyleError(name, f"unknown locale {lang!r} (known: {locales})")
            lang = known
        self.lang = lang or _style_language(root)
        self.corrections = corrections
        self.locale: CslLocale = load_locale(
            self.lang, root.findall(f"{NS}locale"), corrected=corrections
        )
        self.macros = {m.get("name", ""): m for m in root.findall(f"{NS}macro")}
        self.citation = root.find(f"{NS}citation")
        self.bibliography = root.find(f"{NS}bibliography")
        self.demote = root.get("demote-non-dropping-particle", "display-and-sort")
        self.page_range_format = root.get("page-range-format")
        title = root.findtext(f"{NS}info/{NS}title") or ""
        if item_terms is None:
            words = conventions().item_terms_title_words
            item_terms = any(word.casefold() in title.casefold() for word in words)
        self.item_terms = item_terms
        self._given_rule = (
            self.citation.get("givenname-disambiguation-rule", "by-cite")
            if self.citation is not None
            else "by-cite"
        )
        self._uses_condition = any(
            el.get("disambiguate") == "true" for el in root.iter(f"{NS}if", f"{NS}else-if")
        )
        self._bib_disambiguates = self._reaches_disambiguate()
        self._locales: dict[str, CslLocale] = {}
        self._explicit_suffix = any(
            el.get("variable") == "year-suffix" for el in root.iter(f"{NS}text")
        )
        if self.citation is None:
            raise StyleError(name, "no <citation> element")
        self._numeric_citation = _uses_variable(self.citation, "citation-number", self.macros)
        self._cites_number = self._numeric_citation or any(
            "citation-number" in (el.get("variable") or "") for el in root.iter()
        )
        self._dispatch: dict[str, Callable[[etree._Element, _Ctx], str]] = {
            "text": self._text,
            "group": self._group,
            "choose": self._choose,
            "names": self._names,
            "date": self._date,
            "number": self._number,
            "label": self._label,
        }
        self._frozen = True

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_frozen", False):
            raise AttributeError(f"a Style does not change once read (setting {name!r})")
        super().__setattr__(name, value)

    def bibliography_entries(
        self,
        items: Sequence[Mapping[str, Any]],
        registry: Registry | None = None,
        *,
        collation: str | None = None,
    ) -> list[str]:
        """One HTML fragment per item, sorted by the bibliography's keys; `registry` from
        `register` (by default the items are registered as given, sorted in `collation`'s
        alphabet when one is given)."""
        return [
            entry for _item, entry in self.bibliography_items(items, registry, collation=collation)
        ]

    def bibliography_items(
        self,
        items: Sequence[Mapping[str, Any]],
        registry: Registry | None = None,
        *,
        collation: str | None = None,
    ) -> list[tuple[Mapping[str, Any], str]]:
        """Each item with its HTML fragment, in the bibliography's order."""
        run = (
            self._register(items, citations=False, collation=collation)
            if registry is None
            else registry
        )
        return self._bibliography_items(items, None, run)

    def render_labelled(
        self, item: Mapping[str, Any], *, mode: str = "bibliography"
    ) -> LabelledText:
        """One item as plain text, with the CSL variable behind each span of it.

        `mode` is "bibliography" (the entry `format_bibliography` prints for the item alone)
        or "note" (its first citation: a full note in a note style). Spans cover what a
        variable wrote (each name of a name variable on its own), not affixes, labels or terms;
        where variables nest, the innermost wins.
        """
        if mode not in ("bibliography", "note"):
            raise ValueError(f"mode must be 'bibliography' or 'note', not {mode!r}")
        data = {
            key: _MARKS.sub("", value) if isinstance(value, str) else value
            for key, value in item.items()
        }
        data["id"] = data.get("id") or "item1"
        check_item(data, 1)
        run = self.register([data])
        marks: list[str] = []
        if mode == "note":
            fragment = self._citation([Cite(data)], marks, run)
        else:
            if self.bibliography is None:
                raise StyleError(self.name, "no <bibliography> element")
            entries = self._bibliography_items([data], marks, run)
            fragment = "".join(entry for _item, entry in entries)
        return _labelled(render(fragment, "text"), marks)

    def _bibliography_items(
        self, items: Sequence[Mapping[str, Any]], marks: list[str] | None, run: Registry
    ) -> list[tuple[Mapping[str, Any], str]]:
        if self.bibliography is None:
            return []
        layout = self.bibliography.find(f"{NS}layout")
        if layout is None:
            raise StyleError(self.name, "<bibliography> has no <layout>")
        options = self._options(self.bibliography)
        ordered = self._sorted(items, self.bibliography, options, "bibliography", run)
        out: list[tuple[Mapping[str, Any], str]] = []
        substitute = self.bibliography.get("subsequent-author-substitute")
        previous_names: str | None = None
        for item in ordered:
            ctx = _Ctx(self, Cite(item), "bibliography", options, run)
            ctx.marks = marks
            chosen = self._layout_for(self.bibliography, item, ctx)
            if self.bibliography.get("second-field-align") in ("flush", "margin"):
                out.append((item, self._aligned(chosen, ctx)))
                continue
            body = self._children(chosen, ctx, chosen.get("delimiter", ""))
            names = ctx.first_names
            if substitute is not None and names and names == previous_names and names in body:
                body = body.replace(names, _escape(substitute), 1)  # "---. 1974b. …"
            body = body.replace(_NAMES_END, "")
            if substitute is not None and names == previous_names:
                body = body.replace('<div class="csl-block"></div>', "")  # a heading once
            previous_names = names
            if not body and not self._numeric_citation:
                continue  # citeproc-js leaves out an entry that prints nothing
            if not body:  # a numbered list keeps its numbers: the entry says what is wrong
                body = f"{len(out) + 1}. [CSL STYLE ERROR: reference with no printed form.]"
            out.append((item, _tidy(_layout_affix(chosen, _format(chosen, body)), ctx.locale)))
        return out

    def _aligned(self, layout: etree._Element, ctx: _Ctx) -> str:
        """An entry whose first field (its number) hangs in the margin: citeproc-js's
        ``csl-left-margin`` and ``csl-right-inline`` divisions."""
        parts = [p for p in self._parts(layout, ctx) if p]
        if not parts:
            return ""
        left = _escape(layout.get("prefix", "")) + parts[0]
        right = _escape(layout.get("delimiter", "")).join(parts[1:])
        right = _format(layout, right) + _escape(layout.get("suffix", "")) if right else ""
        # a space the entry ends with follows the division, as citeproc-js writes it
        stripped = right.rstrip()
        return _tidy(
            f'<div class="csl-left-margin">{left}</div>'
            f'<div class="csl-right-inline">{stripped}</div>{right[len(stripped) :]}',
            ctx.locale,
        )

    def _layout_for(
        self, section: etree._Element, item: Mapping[str, Any], ctx: _Ctx
    ) -> etree._Element:
        """The section's layout for the item: a CSL-M ``<layout locale="en">`` matching the
        item's language (whose terms it then uses), else the layout without a locale."""
        layouts = section.findall(f"{NS}layout")
        default = next((lay for lay in layouts if not lay.get("locale")), layouts[0])
        language = str(item.get("language") or "").split("-")[0].lower()
        if not language:
            return default
        for layout in layouts:
            wanted = (layout.get("locale") or "").split()
            if any(w.split("-")[0].lower() == language for w in wanted):
                ctx.locale = self._locale_for(wanted[0])
                return layout
        own = known_locale(language)
        if self.item_terms and own is not None and language != self.lang.split("-")[0].lower():
            ctx.locale = self._locale_for(own)  # an English source in a GOST list: "et al.", "P."
        return default

    def _locale_for(self, lang: str) -> CslLocale:
        if lang not in self._locales:
            self._locales[lang] = load_locale(
                lang, self.root.findall(f"{NS}locale"), corrected=self.corrections
            )
        return self._locales[lang]

    def citation_text(self, cites: Sequence[Cite], registry: Registry | None = None) -> str:
        """One citation (one or more cites) as an HTML fragment; `registry` from `register`
        for the whole document (by default the cites' items alone are registered)."""
        run = self.register([c.item for c in cites]) if registry is None else registry
        return self._citation(cites, None, run)
