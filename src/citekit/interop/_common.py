"""What the format modules share: losses, keys, name and date forms."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from attrs import frozen

from citekit.citations.fields import to_name
from citekit.languages import available_languages, language
from citekit.model import Citation, Name, PartialDate
from citekit.romanize import romanizable, romanize

__all__ = ["CiteKeys", "Loss", "cite_key", "format_name", "parse_iso_date", "parse_name"]

# Latin letters NFKD does not take apart, written as ASCII readers expect (Yılmaz -> yilmaz)
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ə": "e",
        "Ə": "e",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)
_ISO = re.compile(r"^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?[/\s]*$")


@frozen
class Loss:
    """A value a format cannot hold, reported instead of silently dropped."""

    item: str
    field: str
    reason: str


class CiteKeys:
    """Unique cite keys for a list of items, in linear time.

    An item keeps the key it came with (its CSL ``id`` or BibTeX key, `Citation.id`) when the
    target can write it and no earlier item has it; otherwise a key is made from the first
    author's family name, the year and the first title word, with a suffix counted per base
    (``a``, ``b`` … then numbers) instead of searched for.
    """

    def __init__(self, *, allowed: re.Pattern[str] | None = None) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}
        self._allowed = allowed
        self.losses: list[Loss] = []  # an item's own key another item had taken

    def make(self, citation: Citation) -> str:
        """The key for `citation`, never one given before."""
        own = citation.id
        if (
            own
            and own not in self._taken
            and (self._allowed is None or self._allowed.fullmatch(own))
        ):
            self._taken.add(own)
            return own
        base = _base_key(citation)
        n = self._next.get(base, 1)
        key = base
        while key in self._taken:  # each step moves this base's counter on for good
            n += 1
            key = f"{base}{chr(ord('a') + n - 2)}" if n <= 27 else f"{base}{n}"
        self._next[base] = n
        self._taken.add(key)
        if own and own in self._taken:  # two items with one id: said, not silently renamed
            self.losses.append(Loss(key, "id", f"{own!r} is an earlier item's; written as {key!r}"))
        return key


def _base_key(citation: Citation) -> str:
    first = citation.authors[0] if citation.authors else None
    who = (first.family or first.literal or "") if first else ""
    title_word = next(iter((citation.title or "").split()), "")
    year = str(citation.issued.year) if citation.issued else ""
    lang = citation.language
    return _ascii(who, lang)[:20] + year + _ascii(title_word, lang)[:12] or "item"


def cite_key(citation: Citation, taken: set[str]) -> str:
    """A stable ASCII key not in `taken` (which it extends); prefer `CiteKeys` for many."""
    base = _base_key(citation)
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}{chr(ord('a') + n - 2)}" if n <= 27 else f"{base}{n}"
    taken.add(key)
    return key


@functools.cache
def _cyrillic_romanizer(letters: frozenset[str]) -> str | None:
    """The language whose Cyrillic alphabet (language data) best covers these letters, among
    those citekit romanizes: Тоқаев reads as Kazakh, Иванов as the higher-prior language."""
    best: tuple[int, int, str] | None = None
    for code in available_languages():
        alphabet = language(code).alphabets.get("Cyrl")
        if not alphabet or not romanizable(code, "ala-lc"):
            continue
        lang = language(code)
        rank = (len(letters & set(alphabet)), lang.script_priors.get("Cyrl", lang.prior), code)
        best = rank if best is None or rank > best else best
    return best[2] if best else None


def _latin(text: str, lang: str | None) -> str:
    """Cyrillic read as words (Тоқаев -> toqaev): by the citation's language when citekit
    romanizes it, else by the language whose alphabet fits the word; a letter that language's
    table lacks (Bashkir ҡ, Tatar җ) by the Russian letter it is built on."""
    if lang is not None and romanizable(lang, "ala-lc"):
        latin = romanize(text, lang, "ala-lc")
    else:
        letters = frozenset(c for c in text.lower() if "\u0400" <= c <= "\u04ff")
        code = _cyrillic_romanizer(letters) if letters else None
        latin = romanize(text, code, "ala-lc") if code else text
    return "".join(_base_letter(c) for c in latin)


@functools.cache
def _base_letter(char: str) -> str:
    """A Cyrillic letter no table has, as the Russian letter its Unicode name builds it on, in
    Latin (ҡ BASHKIR KA -> k, җ ZHE WITH DESCENDER -> zh, ў SHORT U -> u); any other as it is."""
    name = unicodedata.name(char, "")
    if not name.startswith("CYRILLIC ") or " LETTER " not in name:
        return char
    head = name.split(" WITH ")[0].split()
    case = "SMALL" if "SMALL" in head else "CAPITAL"
    try:
        base = unicodedata.lookup(f"CYRILLIC {case} LETTER {head[-1]}")
    except KeyError:
        return char  # a letter of its own (ә SCHWA, ө BARRED O): ICU's rules read it
    return romanize(base, "ru", "ala-lc") if base != char else char


@functools.cache
def _transliterator() -> Any:
    """ICU's transliteration of any script to Latin, then to ASCII (CLDR's rules: محمد ->
    mhmd, ქართული -> kartuli, 毛泽东 -> mao ze dong)."""
    import icu  # type: ignore[import-untyped]  # PyICU ships no type information

    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def _ascii(text: str, lang: str | None = None) -> str:
    """`text` as a key's lower-case ASCII letters and digits: Cyrillic by the language's
    romanization, Latin letters without their marks (Yılmaz -> yilmaz), any other script
    (Arabic, Georgian, Greek, Han …) by ICU's transliteration, readable and the same each run."""
    latin = _latin(text, lang)
    decomposed = unicodedata.normalize("NFKD", latin.translate(_FOLD))
    if any(c.isalnum() and not c.isascii() for c in decomposed):  # a script left as written
        decomposed = unicodedata.normalize("NFKD", str(_transliterator().transliterate(latin)))
    kept = "".join(c for c in decomposed if c.isascii() and c.isalnum())
    if kept:
        return kept.lower()
    # a script nothing romanizes: the code points, still stable
    return "".join(f"{ord(c):x}" for c in text if c.isalnum())[:12]


def format_name(name: Name) -> str:
    """ "Family, Given" (or the literal), as BibTeX and RIS write names; "Family," alone keeps
    a family name without a given one from reading back as a literal."""
    if name.literal is not None:
        return name.literal
    return f"{name.family or ''}, {name.given or ''}".rstrip()


def parse_name(text: str, *, bare_is_literal: bool = False) -> Name:
    """A name written "Family, Given", "Given Family" or as a literal.

    RIS always writes "Family, Given", so there a name without a comma is an organisation
    (`bare_is_literal`); BibTeX also writes "Given Family".
    """
    text = " ".join(text.split())
    if bare_is_literal and "," not in text:
        return Name(literal=text)
    if text.endswith(","):
        return Name(family=text[:-1].strip() or None)  # "Family,": no given name
    return to_name(text)


def parse_iso_date(text: str) -> PartialDate | None:
    """'2021', '2021-10', '2021-10-25' (or with slashes, as RIS writes) as a `PartialDate`."""
    match = _ISO.match(text or "")
    if match is None:
        return None
    parts = [int(p) for p in match.groups() if p]
    try:
        return PartialDate.from_parts(parts)
    except ValueError:
        return None
