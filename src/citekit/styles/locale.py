"""CSL locales: terms, date formats and options, merged the way CSL 1.0.2 says.

A style's own ``<locale>`` elements win over the locale file for its language, which wins over
the file for the language's default region, which wins over en-US (CSL's fallback for every
term). Locale files ship in ``data/locales`` (CC BY-SA 3.0, see ``data/README.md``).
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

from attrs import frozen
from babel import Locale, UnknownLocaleError
from lxml import etree

from citekit.documents.safe_xml import safe_parser
from citekit.errors import CitekitError

__all__ = [
    "CslLocale",
    "StyleError",
    "available_locales",
    "fallback_locale",
    "known_locale",
    "load_locale",
    "localname",
]

NS = "{http://purl.org/net/xbiblio/csl}"
# a language's default region when only the language is named ("fr" -> fr-FR): the official
# locales' own table (locales.json "primary-dialects"), plus the locales citekit writes itself
_OWN_REGIONS = {"kk": "kk-KZ", "tk": "tk-TM"}


@functools.cache
def _default_regions() -> dict[str, str]:
    resource = resources.files("citekit.styles") / "data" / "locales" / "locales.json"
    table = json.loads(resource.read_text(encoding="utf-8")).get("primary-dialects", {})
    return {**{str(k): str(v) for k, v in table.items()}, **_OWN_REGIONS}


_FALLBACK_FORMS = {
    "verb-short": ("verb-short", "verb", "long"),
    "symbol": ("symbol", "short", "long"),
    "short": ("short", "long"),
    "verb": ("verb", "long"),
    "long": ("long",),
}


class StyleError(CitekitError):
    """A CSL style or locale file is malformed (names the file and the element)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


def localname(el: etree._Element) -> str:
    """The element's tag without the CSL namespace."""
    tag: object = el.tag  # a function for comments and processing instructions
    return _localname(tag) if isinstance(tag, str) else str(tag)


@functools.lru_cache(maxsize=512)
def _localname(tag: str) -> str:
    return tag.split("}", 1)[1] if "}" in tag else tag


class CslLocale:
    """Terms (by name, form, gender), date formats and style options, merged from layers."""

    def __init__(self) -> None:
        self.terms: dict[tuple[str, str], tuple[str, str]] = {}
        self.genders: dict[str, str] = {}
        # ordinal terms by (name, gender-form or ""): (text, match)
        self.ordinals: dict[tuple[str, str], tuple[str, str]] = {}
        self.dates: dict[str, etree._Element] = {}
        self.punctuation_in_quote = False
        self.limit_ordinals = False
        self.lang = "en-US"  # whose terms these are: they are cased by its rules

    def merge(self, element: etree._Element) -> None:
        """Lay a ``<locale>`` element over what is known (its values win)."""
        for child in element:
            name = localname(child)
            if name == "terms":
                replaced = False
                for term in child:
                    if localname(term) != "term":
                        continue
                    if _ORDINAL.fullmatch(term.get("name", "")):
                        if not replaced and term.get("name", "").startswith("ordinal"):
                            # CSL 1.0.2: ordinal terms given anew replace all the old ones
                            self.ordinals = {
                                k: v for k, v in self.ordinals.items() if k[0].startswith("long")
                            }
                            replaced = True
                        self._ordinal(term)
                        continue
                    key = (term.get("name", ""), term.get("form", "long"))
                    single = term.find(f"{NS}single")
                    multiple = term.find(f"{NS}multiple")
                    if single is not None or multiple is not None:
                        one = single.text or "" if single is not None else ""
                        many = multiple.text or "" if multiple is not None else one
                        self.terms[key] = (one, many)
                    else:
                        text = term.text or ""
                        self.terms[key] = (text, text)
                    if term.get("gender"):
                        self.genders[key[0]] = term.get("gender", "")
            elif name == "date":
                self.dates[child.get("form", "text")] = child
            elif name == "style-options":
                if child.get("punctuation-in-quote") is not None:
                    self.punctuation_in_quote = child.get("punctuation-in-quote") == "true"
                if child.get("limit-day-ordinals-to-day-1") is not None:
                    self.limit_ordinals = child.get("limit-day-ordinals-to-day-1") == "true"

    def _ordinal(self, term: etree._Element) -> None:
        name = term.get("name", "")
        default = "last-digit" if re.fullmatch(r"ordinal-0\d", name) else "last-two-digits"
        entry = (term.text or "", term.get("match", default))
        self.ordinals[(name, term.get("gender-form", ""))] = entry

    def ordinal(self, number: int, gender: str = "", *, long: bool = False) -> str | None:
        """The ordinal suffix for `number` ("st", "ᵉʳ"), or with `long` its word ("first");
        the variant of the counted thing's gender, else the neuter one (CSL 1.0.2)."""

        def variant(name: str) -> tuple[str, str] | None:
            return self.ordinals.get((name, gender)) or self.ordinals.get((name, ""))

        if long:
            found = variant(f"long-ordinal-{number:02d}") if 0 < number <= 10 else None
            return found[0] if found else None
        two, last = number % 100, number % 10
        candidates = [
            (f"ordinal-{two:02d}", ("last-two-digits", "whole-number")),
            (f"ordinal-{last:02d}", ("last-digit",)),
        ]
        for name, matches in candidates:
            found = variant(name)
            if found is None or found[1] not in matches:
                continue
            if found[1] == "whole-number" and number != int(name[-2:]):
                continue
            return found[0]
        found = variant("ordinal")
        return found[0] if found else None

    def term(self, name: str, form: str = "long", *, plural: bool = False) -> str | None:
        """A term's text, falling back through the forms CSL allows; None when undefined."""
        for candidate in _FALLBACK_FORMS.get(form, (form, "long")):
            found = self.terms.get((name, candidate))
            if found is not None:
                return found[1] if plural else found[0]
        return None

    def copy(self) -> CslLocale:
        """An independent copy to merge a style's overrides into."""
        other = CslLocale()
        other.terms = dict(self.terms)
        other.genders = dict(self.genders)
        other.ordinals = dict(self.ordinals)
        other.dates = dict(self.dates)
        other.punctuation_in_quote = self.punctuation_in_quote
        other.limit_ordinals = self.limit_ordinals
        other.lang = self.lang
        return other


def _locale_xml(folder: str, lang: str) -> etree._Element | None:
    """The root of `data/<folder>/locales-<lang>.xml`, None when there is no such file."""
    resource = resources.files("citekit.styles") / "data" / folder / f"locales-{lang}.xml"
    if not resource.is_file():
        return None
    try:
        return etree.fromstring(resource.read_bytes(), safe_parser())
    except etree.XMLSyntaxError as exc:
        raise StyleError(f"{folder}/locales-{lang}.xml", f"not valid XML: {exc}") from exc


def _file(lang: str) -> etree._Element | None:
    """The vendored CSL locale of `lang` (`data/locales/`), None when CSL ships none."""
    return _locale_xml("locales", lang)


@functools.cache
def available_locales() -> tuple[str, ...]:
    """The locales citekit ships a file for ("en-US", "ru-RU", "tr-TR", …)."""
    folder = resources.files("citekit.styles") / "data" / "locales"
    names = (p.name for p in folder.iterdir() if p.name.startswith("locales-"))
    return tuple(sorted(n[len("locales-") : -len(".xml")] for n in names if n.endswith(".xml")))


def known_locale(lang: str) -> str | None:
    """The shipped locale `lang` names ("tr" and "tr_tr" are "tr-TR"), or None.

    A system locale's codeset and modifier are not part of it (``tr_TR.UTF-8``,
    ``kk_KZ@cyrillic``, as ``$LANG`` gives them), and a region citekit has no locale for is
    its language's own, as CSL processors fall back (``ru-KZ``, Russian in Kazakhstan, is
    ``ru-RU``; ``tr-CY`` is ``tr-TR``).
    """
    wanted = re.split(r"[.@]", lang.strip(), maxsplit=1)[0].replace("_", "-").lower()
    for code in available_locales():
        if code.lower() == wanted:
            return code
    region = _default_regions().get(wanted)
    if region in available_locales():
        return region
    language, _, place = wanted.partition("-")
    if re.fullmatch(r"[a-z]{2}|\d{3}", place):  # a region, not a script ("sr-latn")
        return known_locale(language)
    return None


FALLBACK = "en-US"  # CSL's fallback for every term


def fallback_locale(lang: str) -> tuple[str, str] | None:
    """The locale to use for a language citekit ships no CSL locale for, and the language's
    name: en-US, CSL's fallback for every term (citeproc-js falls back so, and says so), when
    `lang` names a language CLDR knows (``uz-UZ``, ``az``, ``ky-KG``); None for a code that
    names no language (a typo: it is refused)."""
    wanted = re.split(r"[.@]", lang.strip(), maxsplit=1)[0].replace("-", "_")
    try:
        name = Locale.parse(wanted).get_language_name("en")
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return (FALLBACK, str(name)) if name else None


def _correction(lang: str) -> etree._Element | None:
    """citekit's corrections of a vendored locale (`data/locale-corrections/`): a CSL
    ``<locale>`` of the terms the official file gets wrong (uk-UA's `зе ред.`), laid over it
    as a style's ``<locale>`` would be, the vendored file kept byte for byte; None when
    there are none."""
    return _locale_xml("locale-corrections", lang)


@functools.cache
def _base(lang: str, corrected: bool = True) -> CslLocale:
    locale = CslLocale()
    chain = ["en-US"]
    region = _default_regions().get(lang.split("-")[0], lang)
    chain += [region] if region != "en-US" else []
    chain += [lang] if lang not in chain else []
    for code in chain:
        for root in (_file(code), _correction(code) if corrected else None):
            if root is not None:
                locale.merge(root)
    return locale


def load_locale(
    lang: str, overrides: Iterable[etree._Element] = (), *, corrected: bool = True
) -> CslLocale:
    """The merged locale for `lang`, with a style's ``<locale>`` elements laid over it;
    `corrected`: with citekit's corrections of the vendored files (False: the official terms
    as other CSL processors write them, typos included)."""
    locale = _base(lang, corrected).copy()
    locale.lang = lang
    ordered = sorted(overrides, key=lambda el: 0 if not el.get(_XML_LANG) else 1)
    for element in ordered:
        wanted = element.get(_XML_LANG)
        if wanted is None or lang == wanted or lang.split("-")[0] == wanted:
            locale.merge(element)
    return locale


_ORDINAL = re.compile(r"(?:long-)?ordinal(?:-\d\d)?")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@frozen
class Conventions:
    """Bibliographic conventions read from ``data/conventions.toml``."""

    item_terms_title_words: tuple[str, ...]  # a style titled so describes sources in their language
    notes_area_terms: frozenset[str]  # terms always in the list's language


def _words(table: Any, key: str) -> tuple[str, ...]:
    value = table.get(key) if isinstance(table, dict) else None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise StyleError("conventions.toml", f"[item_terms] {key} must be a list of words")
    return tuple(value)


@functools.cache
def conventions() -> Conventions:
    """The conventions file, checked: each list a non-empty list of non-empty strings."""
    resource = resources.files("citekit.styles") / "data" / "conventions.toml"
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise StyleError("conventions.toml", f"not valid TOML: {exc}") from exc
    table = data.get("item_terms")
    return Conventions(
        item_terms_title_words=_words(table, "title_words"),
        notes_area_terms=frozenset(_words(table, "notes_area_terms")),
    )
