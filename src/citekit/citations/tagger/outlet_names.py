"""A news outlet's name as a note writes it when no list holds it: a site's name written as
its domain (`Газета.Ru`, `Lenta.ru`, `Kapital.kz`), or a listed outlet's edition in a
language, named by that language's own name (`BBC News Türkçe`, `BBC News Қазақша`). Neither
is a person's name."""

from __future__ import annotations

import functools
from collections.abc import Set
from typing import Final

from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, language

__all__ = ["named_outlet"]

_TLD: Final = 4  # letters of a domain's last label at most (`ru`, `kz`, `com`, `info`, `ру`)


@functools.cache
def _language_names() -> frozenset[str]:
    """Each shipped language's own name, folded (`türkçe`, `қазақша`, `русский`)."""
    return frozenset(language(code).name.casefold() for code in available_languages())


def _domain(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` close with a glued period and a domain's last label (`Газета.Ru`)."""
    while b > a and tokens[b - 1].text == ".":
        b -= 1  # the name's closing period, taken in with it
    if b - a < 3:
        return False
    name, dot, tld = tokens[b - 3], tokens[b - 2], tokens[b - 1]
    return (
        dot.text == "."
        and name.end == dot.start
        and dot.end == tld.start
        and name.text.isalpha()
        and len(name.text) > 2
        and tld.text.isalpha()
        and 2 <= len(tld.text) <= _TLD
        and not tld.text.isupper()
    )


def named_outlet(tokens: list[Token], a: int, b: int, known: Set[str]) -> bool:
    """Whether tokens `a`…`b` name an outlet: one of `known` (folded names), a domain, or a
    known outlet and a language's own name after it."""
    words = [t.text.casefold() for t in tokens[a:b] if t.text not in ".,"]
    name = " ".join(words)
    if name in known or name.replace(" .", ".") in known or _domain(tokens, a, b):
        return True
    return len(words) > 1 and words[-1] in _language_names() and " ".join(words[:-1]) in known
