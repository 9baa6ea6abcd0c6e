"""A person's name before a quoted title is its author. Hand-written notes in Kazakh and
Russian name the writer as one says it, given name first, and quote the work right after with
no mark between: `Мұхтар Әуезов «Абай жолы». – Алматы: Жазушы, 2004.`, `Лев Гумилёв «Древняя
Русь и Великая степь». М.: Мысль, 1989.`, `Абай «Қара сөздер». Алматы, 1993.` The name opens
with a given name the language files know (`[names] given`), so a document's kind before its
quoted name stays the title's (`Стратегия «Казахстан-2050»`, `Указ Президента «О …»`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["name_before_quote"]

_NAME_MAX: Final = 3  # words of a name at most
_ENDS: Final = frozenset({".", ","})  # what follows the quoted title's close


def name_before_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title's run that opens the note with a name before a quoted title cut
    at the quote: the name the author, the quoted words the title."""
    if not found or found[0][:2] != ("title", 0):
        return found  # no title opening the note (most notes)
    _, _a, b = found[0]
    q = next((k for k in range(1, min(b, _NAME_MAX + 1)) if tokens[k].text in QUOTES), None)
    if q is None or tokens[0].text.casefold() not in given_names():
        return found
    if not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[:q]):
        return found
    closer = QUOTES[tokens[q].text]
    c = next((k for k in range(q + 1, len(tokens)) if tokens[k].text == closer), None)
    if c is None or c < b or c + 1 >= len(tokens) or tokens[c + 1].text not in _ENDS:
        return found  # the quote must close the title's run, the sentence's mark after it
    return [("author", 0, q), (OTHER, q, q + 1), ("title", q + 1, b), *found[1:]]
