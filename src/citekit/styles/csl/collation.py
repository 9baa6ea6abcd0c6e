"""Which alphabet orders a list when no locale is given: the language most of its items are
written in (a GOST list of Kazakh sources in the Kazakh alphabet: Ұ before Ү, І after Ы), with
the scripts in the style's order (Cyrillic before Latin in a GOST list, whatever the letters).
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["list_language", "scripts_ranked"]

# a letter of each script a list may mix, to ask a collation which script it puts first
_SAMPLES = {"LATIN": "a", "CYRILLIC": "а", "GREEK": "α", "ARABIC": "ا", "HEBREW": "א"}


def _primary(code: object) -> str | None:
    """The language subtag of an item's `language` ("kk-KZ": "kk"), or None."""
    if not isinstance(code, str):
        return None
    head = code.strip().replace("_", "-").split("-")[0].lower()
    return head if 2 <= len(head) <= 3 and head.isascii() and head.isalpha() else None


def list_language(items: Sequence[Mapping[str, Any]], style_lang: str) -> str | None:
    """The language whose alphabet orders `items`: the one more of them are in (by their
    `language`) than in any other, when that is not the style's own; None (the style's
    locale orders them) when the style's language is as common, or no item says its own."""
    counts = Counter(lang for item in items if (lang := _primary(item.get("language"))))
    if not counts:
        return None
    own = _primary(style_lang)
    ranked = [*counts.most_common(2), ("", 0)]
    (top, most), (_next, runner_up) = ranked[0], ranked[1]
    if top == own or most == runner_up:
        return None
    return top


def _script(text: str) -> str:
    """The script of the first letter of `text` ("" when it has none)."""
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0]
    return ""


@functools.cache
def scripts_ranked(
    style_key: Callable[[str], bytes],
) -> Callable[[str], int]:
    """Each text's script's place in the order `style_key` (the style locale's collation)
    gives the scripts: a GOST (Russian) list puts Cyrillic before Latin."""
    order = sorted(_SAMPLES, key=lambda name: style_key(_SAMPLES[name]))
    rank = {name: n for n, name in enumerate(order)}
    return lambda text: rank.get(_script(text), len(order))
