"""Chinese characters given beside their romanisation. English scholarship on China writes a
Chinese name, title or host in pinyin, then in characters, then (for a title) its translation
in brackets (`Wang Jisi 王缉思, “‘Xijin’ …” “西进”：中国地缘战略的再平衡 [“Marching West” …],
Huanqiu Shibao 环球时报, October 17, 2012.`, the Chicago form). The characters repeat the
pinyin before them, in another script: in a note written in the Latin alphabet they are read
apart, before the note's fields are, and kept as a piece no field holds (`Citation.unparsed`),
never dropped. A note written in the characters themselves is read by `east_asian.py`."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["without_han"]

_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # the CJK ideographs' blocks
_WIDE: Final = "\u3000-\u303f\uff00-\uffef"  # CJK punctuation and full-width forms
# a run of characters: an opening quote may come first, and inside it the characters' own
# punctuation, quotes, dashes and spaces; it ends on a character (or its closing quote), or on
# a year written after them (`中国统计年鉴 2016`)
_GLOSS: Final = re.compile(
    rf"\s*[“‘\"]?[{_HAN}](?:[{_HAN}{_WIDE}“”‘’\"—–·\s]*[{_HAN}{_WIDE}])?[”’\"]?(?:\s\d{{4}}\b)?"
)
_ANY_HAN: Final = re.compile(f"[{_HAN}]")
_LATIN: Final = re.compile(r"[A-Za-z]")


def without_han(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the runs of Chinese characters that gloss its romanised words, and
    those runs as written; `text` as it is when its letters are not mostly Latin."""
    if _ANY_HAN.search(text) is None:
        return text, ()  # no character at all (nearly every note): one scan
    if len(_LATIN.findall(text)) <= 2 * len(_ANY_HAN.findall(text)):
        return text, ()  # a note in the characters themselves, a Latin word or two in it
    pieces = tuple(found.group().strip() for found in _GLOSS.finditer(text))
    if not pieces:
        return text, ()
    return _GLOSS.sub("", text), pieces
