"""A host's name in `„…”` after an unquoted title's comma, as Polish notes write a journal or a
newspaper (`T. Umarov, Kazakhstan’s Tokayev Tries to Have It Both Ways on Russia, „Foreign
Policy”, 28.06.2022`): the model may run the title on into the quotes. A title run that opens on
no quote and holds, after its last comma, `„` opened there and `”` closed at the run's end, is
the title to that comma and the host inside the quotes. Other quotes after a comma hold a title
as often (`Names, «Title»`, German `„Title“`): they are left as read."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["quoted_host_after_title"]

_HOST_WORDS: Final = 6  # words of a quoted host's name at most


def quoted_host_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted host the title's run took read as the host (see the module)."""
    for label, a, b in found:
        if label != "title" or b - a < 4 or (a > 0 and tokens[a - 1].text in QUOTES):
            continue
        opening = next(
            (k for k in range(b - 2, a, -1) if tokens[k].text == "„" and tokens[k - 1].text == ","),
            None,
        )
        if opening is None:
            return found
        stop = min(b + 1, len(tokens))
        shut = next((k for k in range(opening + 1, stop) if tokens[k].text == "”"), None)
        if shut is None or shut < b - 1 or shut - opening - 1 > _HOST_WORDS or shut == opening + 1:
            return found
        if not tokens[opening + 1].text[:1].isupper():
            return found  # `Kazachstan, „kraj wielkiego stepu”`: a quoted phrase, no host's name
        if not _dated_after(tokens, shut + 1):
            return found  # `…, „Eurasische Union”, Berlin 2019`: a book's title, its imprint
        if any(t.text in QUOTES for t in tokens[a:opening]):
            return found  # a quote inside the title before: the title's own
        out = painted(found, ("title", a, opening - 1))
        out = painted(out, (OTHER, opening - 1, opening + 1))
        out = painted(out, ("container-title", opening + 1, shut))
        return painted(out, (OTHER, shut, shut + 1)) if shut < b else out
    return found


def _dated_after(tokens: list[Token], k: int) -> bool:
    """Whether the host's date, number or address follows its closing quote at `k` (after a
    comma): a periodical's (`„Foreign Policy”, 28.06.2022`, `„Komentarze OSW”, nr 432`)."""
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k >= len(tokens):
        return True
    text = tokens[k].text
    return text[:1].isdigit() or text.casefold() in _number_words() or "://" in text


@functools.cache
def _number_words() -> frozenset[str]:
    """The labels of a periodical's numbers (`[words] issue`, `volume`: `nr`, `vol`), their
    first words casefolded, without their period."""
    words = shipped_words("issue") | shipped_words("volume")
    return frozenset(w.split()[0].rstrip(".").casefold() for w in words if w.split())
