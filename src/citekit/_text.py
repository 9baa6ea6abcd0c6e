"""Text helpers shared by the date, language and note parsers.

`fold` makes comparisons insensitive to case, diacritics and the Turkish dotless i, so that
``EKİM``, ``ekim`` and ``Ekım`` meet, and Kazakh Latin ``qyrkúıek`` meets ``qyrkuiek``. Letters
that are distinct in their alphabet without a combining mark (Kazakh ә қ, Turkmen ž after NFKD
is z) are kept or folded consistently on both sides of every comparison.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["TOKEN", "fold", "tokens", "visible"]

# Numbers, runs of letters, or any other single non-space character.
TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")


@functools.lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Case-, mark- and dotless-i-insensitive key for a word or phrase."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("ı", "i")


# characters that show nothing and join or split nothing a reader sees: the soft hyphen (`&shy;`,
# Word's optional hyphen), zero-width space, word joiner, byte-order mark, direction marks
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u2060\ufeff]")


def visible(text: str) -> str:
    """`text` without the characters that a reader does not see (`_INVISIBLE`): a soft
    hyphen inside a word leaves one word (`Hasan Ka\u00adya` reads `Hasan Kaya`)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Split text into (token, start, end) triples."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
