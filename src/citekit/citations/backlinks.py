"""Wikipedia's back links copied in front of a reference: a reference copied from a rendered
article keeps the arrow or caret that jumps back to the text (`↑`, `^`), and, for a source cited
more than once, one label per place it is cited (`↑ 1 2 3`, `^ a b`, `↑ а б`, `^ Jump up to:
a b`). They are the page's navigation, no part of the reference."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import shipped_words

_ARROWS: Final = "↑^"


@functools.cache
def _backlink() -> re.Pattern[str]:
    """The arrow, a wiki's "jump back" words, and two or more short labels (digits or one or
    two letters of a Latin or Cyrillic alphabet) before the reference."""
    words = sorted({w for w in shipped_words("backlink_words") if w.strip()}, key=len, reverse=True)
    jumps = "|".join(re.escape(w) for w in words) or "(?!)"
    label = r"(?:\d{1,2}|[a-zа-яёіїєґәғқңөұүһ]{1,2})"
    return re.compile(
        rf"^[ \t\u00a0]*[{_ARROWS}][ \t\u00a0]*(?:(?:{jumps})[ \t\u00a0]*)?"
        rf"(?:(?:{label}[ \t\u00a0]+){{2,}}(?=\S))?"
    )


def without_backlinks(text: str) -> str:
    """`text` without the back links a copied Wikipedia reference opens with (cheap for any
    other note: only one opening with an arrow or a caret is read)."""
    head = text.lstrip(" \t\u00a0")
    if not head or head[0] not in _ARROWS:
        return text
    return _backlink().sub("", text, count=1)
