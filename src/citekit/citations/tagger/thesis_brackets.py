"""APA's bracketed description of a thesis after its title (`Title [Doctoral dissertation,
University of Glasgow]. ProQuest Dissertations and Theses Global.`, `[Master's thesis,
Nazarbayev University]`, `[Yayımlanmamış doktora tezi, Ankara Üniversitesi]`): the words before
the bracket's comma name the thesis's kind (its genre; a thesis word of the language files,
`[words] thesis`, a one-word entry, among them), the name after it the university that granted
it (the publisher). A database or repository named after the bracket holds the thesis: its
host, no second publisher (an imprint's house after its place's colon stays one)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["thesis_bracket"]

_SPAN: Final = 16  # tokens of the bracket at most
_KIND: Final = 5  # words of the kind at most


@functools.cache
def _thesis_words() -> frozenset[str]:
    """The one-word thesis entries of every language (`[words] thesis`: `thesis`, `tezi`,
    `диссертация`), case-folded: a phrase's other words (`yüksek`, `master`) name no thesis
    alone."""
    words = (p.strip(".") for p in shipped_words("thesis") if " " not in p.strip())
    return frozenset(w.casefold() for w in words if len(w) > 3 and w.isalpha())


def _database(tokens: list[Token], label: str, a: int, close: int) -> bool:
    """Whether a publisher's run after the bracket names the database that holds the thesis:
    no place's colon before it (`Istanbul: Marmara University Press` is an imprint's)."""
    return label == "publisher" and a > close and tokens[a - 1].text != ":"


def thesis_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a thesis's bracketed kind and university read as its genre and publisher
    (see the module's doc)."""
    n = len(tokens)
    for i in range(1, n):
        if tokens[i].text != "[":
            continue
        close = next((k for k in range(i + 1, min(n, i + _SPAN)) if tokens[k].text == "]"), None)
        if close is None:
            return found
        comma = next((k for k in range(i + 1, close) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= close:
            continue
        kind = [t.text for t in tokens[i + 1 : comma] if t.text.isalpha()]
        if not kind or len(kind) > _KIND or _thesis_words().isdisjoint(w.casefold() for w in kind):
            continue
        if not tokens[comma + 1].text[:1].isupper():
            continue
        out = painted(found, ("genre", i + 1, comma))
        out = painted(out, (OTHER, comma, comma + 1))
        out = painted(out, ("publisher", comma + 1, close))
        return [
            ("container-title" if _database(tokens, label, a, close) else label, a, b)
            for label, a, b in out
        ]
    return found
