"""Chinese characters given beside their romanisation. English scholarship on China writes a
Chinese name, title or host in pinyin, then in characters, then (for a title) its translation
in brackets (`Wang Jisi 王缉思, “‘Xijin’ …” “西进”：中国地缘战略的再平衡 [“Marching West” …],
Huanqiu Shibao 环球时报, October 17, 2012.`, the Chicago form). The characters repeat the
pinyin before them, in another script, and the model, which reads Latin and Cyrillic notes,
loses its bounds over them: in a note written in the Latin alphabet they are read apart,
before the note's fields are, and given back afterwards to the field whose words they follow,
as Chicago writes them (`Zhongguo yu haiwai huaren 中国与海外华人`; a name's as written:
`Wang Gungwu 王赓武`). Characters that follow no field stay a piece no field holds
(`Citation.unparsed`), never dropped. A note written in the characters themselves is read by
`east_asian.py`; characters inside another script's words (`고려인(高麗人)`) are left alone."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from attrs import evolve

from citekit.model import Name

__all__ = ["Gloss", "glossed", "without_han"]

_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # the CJK ideographs' blocks
_KANA: Final = "\u3040-\u30ff"  # Japanese kana, written among the characters (`日本の思想`)
_WIDE: Final = "\u3000-\u303f\uff00-\uffef"  # CJK punctuation and full-width forms
# a run of characters after a space: an opening quote may come first, and inside it the
# characters' own punctuation, quotes, dashes and spaces; it ends on a character (or its
# closing quote) before a mark that closes the value (a comma, a period, a bracket's opening)
_GLOSS: Final = re.compile(
    rf"\s+[“‘\"]?[{_HAN}{_KANA}](?:[{_HAN}{_KANA}{_WIDE}“”‘’\"—–·\s]*[{_HAN}{_KANA}{_WIDE}])?[”’\"]?"
    r"(?=\s*(?:[,.;:\[]|$))"  # before the value's end: no title goes on after it (`of 天下 in`)
)
_ANY_HAN: Final = re.compile(f"[{_HAN}]")
_LATIN: Final = re.compile(r"[A-Za-z]")
# what a gloss follows: a romanised word or its title's closing quote, never a period, a comma
# or a bracket (`Wang Y. 中国外交 [Chinese diplomacy]`: the characters are the title itself)
_AFTER: Final = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][”’\"]?$")
_CLOSERS: Final = ' ”’"»'
Gloss = tuple[str, str, str]  # the text before the characters, the characters, the text after


def without_han(text: str) -> tuple[str, tuple[Gloss, ...]]:
    """`text` without the runs of Chinese characters that gloss its romanised words, and
    each run with the text before it; `text` as it is when its letters are not mostly Latin."""
    if _ANY_HAN.search(text) is None:
        return text, ()  # no character at all (nearly every note): one scan
    if len(_LATIN.findall(text)) <= 2 * len(_ANY_HAN.findall(text)):
        return text, ()  # a note in the characters themselves, a Latin word or two in it
    glosses: list[Gloss] = []
    kept: list[str] = []
    at = 0
    for found in _GLOSS.finditer(text):
        before = text[: found.start()]
        if _AFTER.search(before) is None:
            continue  # `고려인(高麗人)`: inside another script's words
        glosses.append((before, found.group().strip(), text[found.end() :]))
        kept.append(text[at : found.start()])
        at = found.end()
    if not glosses:
        return text, ()
    kept.append(text[at:])
    return "".join(kept), tuple(glosses)


_GLOSSED: Final = (
    "title",
    "container-title",
    "collection-title",
    "publisher",
    "publisher-place",
)
_PERSONS: Final = ("author", "editor", "translator")


def glossed(
    fields: Mapping[str, object], glosses: tuple[Gloss, ...]
) -> tuple[dict[str, object], tuple[str, ...]]:
    """`fields` with each gloss given back to the value its text follows, and the glosses
    that follow none (see the module's doc)."""
    out = dict(fields)
    left: list[str] = []
    for before, characters, after in glosses:
        ending = before.rstrip(_CLOSERS)
        if not _give(out, ending, characters) and not _insert(out, before, characters, after):
            left.append(characters)
    return out, tuple(left)


def _give(fields: dict[str, object], ending: str, characters: str) -> bool:
    """Whether a value the text `ending` closes on took the characters after it."""
    for key in _GLOSSED:
        value = fields.get(key)
        if isinstance(value, str) and value and ending.endswith(value):
            fields[key] = f"{value} {characters}"
            return True
    for key in _PERSONS:
        names = fields.get(key)
        if not isinstance(names, tuple):
            continue
        for i, name in enumerate(names):
            if not isinstance(name, Name):
                continue
            written = _written(name, ending)
            if written is not None:
                named = evolve(name, written=f"{written} {characters}")
                fields[key] = (*names[:i], named, *names[i + 1 :])
                return True
    return False


_LAST_WORD: Final = re.compile(r"[^\W_][\w’'-]*[”’\"]?$")
_HEAD: Final = 3  # characters of the text after the gloss a value must go on with


def _insert(fields: dict[str, object], before: str, characters: str, after: str) -> bool:
    """Whether a value holding the gloss's last word before it and the text after it, in a
    row (`Laozi, Daodejing` of `Laozi 老子, Daodejing`), took the characters between them."""
    word = _LAST_WORD.search(before.rstrip())
    head = after.lstrip()[:_HEAD]
    if word is None or not head:
        return False
    joined = word.group() + after[: len(after) - len(after.lstrip())] + head
    for key in _GLOSSED:
        value = fields.get(key)
        if not isinstance(value, str):
            continue
        at = value.find(word.group() + head) if not after[:1].isspace() else value.find(joined)
        if at < 0:
            continue
        cut = at + len(word.group())
        fields[key] = f"{value[:cut]} {characters}{value[cut:]}"
        return True
    return False


def _written(name: Name, ending: str) -> str | None:
    """How the text `ending` writes `name` at its end, or None."""
    forms = [name.written, name.literal]
    if name.family and name.given:
        forms += [f"{name.family} {name.given}", f"{name.given} {name.family}"]
    return next((f for f in forms if f and ending.endswith(f)), None)
