"""Cleaning for the value pools: what `scripts/gather_pools.py` keeps of a raw value.

Pure functions over strings, so the rules are tested here and the script only reads sources:
spacing and TeX leftovers, length bounds, the script a language writes in, token lists joined
back into text, and the held-out filter that keeps every value of the dev corpora's gold out.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

__all__ = [
    "clean_value",
    "detokenize",
    "drop_held_out",
    "held_out_keys",
    "key",
    "person_key",
    "writes_in",
]

_SPACE = re.compile(r"\s+")
_URL = re.compile(r"\s*(?:https?://|www\.)\S*", re.IGNORECASE)
_EDGE = " \t\"'«»“”„‘’`.,;:·…-–—"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NO_SPACE_BEFORE = re.compile(r" ([.,:;!?)\]»”%])")
_NO_SPACE_AFTER = re.compile(r"([(\[«„“]) ")
_TEX = re.compile(r"\\[A-Za-z]+\*?|[{}$\\^_]")
# fields of a gold record that hold values a pool may also hold
_GOLD_FIELDS = ("title", "container", "publisher", "place")
_PEOPLE = ("author", "editor", "translator")


@functools.cache
def _not_letters(lang: str) -> frozenset[str]:
    """Letters a value of `lang` never holds (``[gather] not_letters`` of ``data/<lang>.toml``)."""
    path = resources.files("citekit.training") / "data" / f"{lang}.toml"
    if not path.is_file():
        return frozenset()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(str(data.get("gather", {}).get("not_letters", "")))


def _foreign(lang: str, text: str) -> bool:
    return not _not_letters(lang).isdisjoint(text)


def key(value: str) -> str:
    """The form two values are compared in: case-folded, NFC, spacing and edge quotes dropped."""
    text = unicodedata.normalize("NFC", value).casefold()
    return _SPACE.sub(" ", text).strip(_EDGE)


def clean_value(raw: str, *, lo: int = 3, hi: int = 200) -> str | None:
    """One value as a pool keeps it, or None: no URL, no TeX, single spaces, `lo`..`hi` long.

    >>> clean_value("Akşener bayramı kutladı http://x.tr/a …")
    'Akşener bayramı kutladı'
    """
    text = _URL.sub(" ", unicodedata.normalize("NFC", raw))
    text = _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()
    text = text.rstrip(" …").strip()
    while text.endswith((".", ",", ";", ":")) and not text.endswith(("..", " г.", " в.", " вв.")):
        text = text[:-1].rstrip()
    if _TEX.search(text) or any(ch in text for ch in "@#|\t\ufffd"):
        return None
    if not lo <= len(text) <= hi or not any(ch.isalpha() for ch in text):
        return None
    if text.count("«") != text.count("»") or text.count("(") != text.count(")"):
        return None
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return None
    return text


def writes_in(lang: str, text: str) -> bool:
    """Whether `text` is written in the script (and, for kk/tk, the letters) of `lang`.

    Russian, Ukrainian and Kazakh are Cyrillic (a Latin Kazakh string cannot be told from
    Turkmen or Turkish by letters alone, so it is not taken); Turkish, Turkmen and English are
    Latin, English with no Cyrillic letter at all. The letters a language never holds (Russian:
    Kazakh's own, Turkish: Turkmen's own) are data: ``[gather] not_letters`` of its TOML file.
    """
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if _foreign(lang, text):
        return False
    if lang in ("ru", "uk", "kk"):
        return cyr > 2 * lat
    if lang in ("tk", "tr"):
        return lat > 2 * cyr
    return cyr == 0 and lat > 0


def detokenize(tokens: Iterable[str]) -> str:
    """Tokens of a tokenised corpus joined back as the text was written: ``« Абай жолы »`` →
    ``«Абай жолы»``, ``сөз , сөз .`` → ``сөз, сөз.``."""
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def person_key(family: str, given: str) -> str:
    """A person as the held-out filter compares them: family name and first initial."""
    return f"{key(family)}|{key(given)[:1]}"


def _people(value: Any) -> Iterator[str]:
    for name in value if isinstance(value, list) else [value]:
        if isinstance(name, dict):
            family, given = str(name.get("family", "")), str(name.get("given", ""))
        else:
            text = str(name)
            if "," in text:
                family, _, given = text.partition(",")
            else:  # "G. Berdimuhamedow", "Halil İnalcık": the family name is written last
                *first, family = text.split() or [""]
                given = " ".join(first)
        if family.strip():
            yield person_key(family, given.strip())


def held_out_keys(golds: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The keys of every value the gold records hold: titles, containers, publishers, places,
    and people (``person_key``). A pool value with one of these keys is dropped."""
    keys: set[str] = set()
    for gold in golds:
        for name in _GOLD_FIELDS:
            value = gold.get(name)
            if isinstance(value, str) and value.strip():
                keys.add(key(value))
        for name in _PEOPLE:
            if gold.get(name):
                keys.update(_people(gold[name]))
    keys.discard("")
    return frozenset(keys)


def drop_held_out(values: Iterable[str], keys: frozenset[str]) -> list[str]:
    """`values` without those whose key (or, for ``name|domain`` sites, whose name's or
    domain's key) is held out; order kept, duplicates (by key) dropped."""
    kept: list[str] = []
    seen: set[str] = set()
    for value in values:
        parts = [key(part) for part in value.split("|")] if "|" in value else [key(value)]
        if "\t" in value:  # a person: family<TAB>given (the full name tells duplicates apart)
            family, _, given = value.partition("\t")
            parts = [key(f"{family} {given}"), person_key(family, given)]
        if any(part in keys for part in parts) or parts[0] in seen:
            continue
        seen.add(parts[0])
        kept.append(value)
    return kept
