"""An act's title is often followed by a bracket that says when and how it was adopted or
amended (`Конституция Российской Федерации (принята всенародным голосованием 12.12.1993 с
изменениями, …)`, `Қазақстан Республикасының Конституциясы (1995 жылғы 30 тамызда
республикалық референдумда қабылданған)`): words mostly in small letters about a date. The
bracket is no part of the title and names no host; its date is the act's only when the note
gives no other."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.tokens import Token

__all__ = ["adoption_bracket"]

_TITLE, _ISSUED = "title", "issued"
_OPENERS: Final = frozenset({_TITLE, "genre"})  # what the model read the act's name as
_MIN_WORDS: Final = 3  # words of a bracket that says how an act was adopted, at least
_SHARE: Final = 0.6  # of them in small letters
_LONGEST: Final = 40  # tokens of such a bracket at most


def adoption_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an act's adoption bracket after its opening name out of the title (see the
    module's doc)."""
    if not found or found[0][0] not in _OPENERS or found[0][2] < 2:
        return found
    p = next((k for k in range(1, min(len(tokens), _LONGEST)) if tokens[k].text == "("), None)
    if p is None or p > found[0][2] or not any(t.text[:1].isupper() for t in tokens[:p]):
        return found  # the bracket right after (or inside) the opening name
    q = next(
        (k for k in range(p + 1, min(len(tokens), p + _LONGEST)) if tokens[k].text == ")"), None
    )
    if q is None or not _adoption(tokens[p + 1 : q]):
        return found
    labels = labels_at(found, len(tokens))
    inside = labels[p + 1 : q]
    dated = _ISSUED in labels[:p] or _ISSUED in labels[q + 1 :]
    labels[:p] = [_TITLE] * p
    labels[p : q + 1] = [
        _ISSUED if (x == _ISSUED and not dated) else OTHER for x in ["", *inside, ""]
    ]
    if _TITLE in labels[q + 1 :]:
        return found  # the title goes on after the bracket: another form
    return runs(labels)


def _adoption(inside: list[Token]) -> bool:
    """Whether a bracket's tokens say how an act was adopted: a year, and words mostly in small
    letters."""
    words = [t.text for t in inside if t.text.isalpha()]
    if len(words) < _MIN_WORDS or not any(is_year(t.text) for t in inside):
        return False
    return sum(1 for w in words if w.islower()) / len(words) >= _SHARE
