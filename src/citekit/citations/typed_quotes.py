"""Quotation marks typed with the keys at hand: a low opening quote typed as two commas
(`ALTUN,,Türkistan Cemiyeti’’`, `Kaya, ,,Göç ve Kimlik'', Bilig`) and a closing double quote
typed as two apostrophes or two single closing quotes (`’’`, `''`) open and close a quoted
title as the marks they stand for do (`„`, `”`, `"`); two commas glued to the name before
also part it from the title (`ALTUN, „Türkistan …”`)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["typed_quotes"]

# two commas right before a word or a quote's first letter, no number's (`1,,5` is a slip)
_LOW_OPENER: Final = re.compile(r"(?<!\d),,(?=[^\W\d_]|[\"“‘'])")
_APOSTROPHES_OPEN: Final = re.compile(r"(?<![\w'’])''(?=[^\W\d_])")  # `''Title''`
_CLOSER: Final = re.compile(r"(?<=[\w.?!)])(?:’’|'')(?=[\s,.;:)]|$)")


def typed_quotes(text: str) -> str:
    """`text` with the typed quotation marks read as the marks they stand for (see the
    module's doc): a title opened by two commas, or closed by two apostrophes with no pair
    of single opening quotes (`‘‘…’’`, already a pair) before."""
    if ",," not in text and "’’" not in text and "''" not in text:
        return text
    opened = _LOW_OPENER.search(text)
    if opened is None and "‘‘" in text:
        return text
    out = _LOW_OPENER.sub(
        lambda m: "„" if text[m.start() - 1 : m.start()].isspace() else ",„", text
    )
    if "``" in text:  # TeX's quotes (```…''`): two apostrophes close what two backticks open
        return _CLOSER.sub(lambda m: "”" if m.group() == "’’" else m.group(), out)
    out = _APOSTROPHES_OPEN.sub('"', out)
    return _CLOSER.sub(lambda m: "”" if m.group() == "’’" else '"', out)
